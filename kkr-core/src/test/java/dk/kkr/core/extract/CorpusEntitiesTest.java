package dk.kkr.core.extract;

import dk.kkr.core.shared.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extractor over the shared corpus (system property {@code kkr.shared}; skipped when absent),
 * prints the counts per kind per file and writes every mention to {@code target/entities/} for review.
 * The floors are loose: they catch a recogniser that stopped working, not a change in precision.
 */
class CorpusEntitiesTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    @Test
    void countsPerKindPerCorpusFile() throws IOException {
        Path corpus = corpus();
        Path out = Files.createDirectories(Path.of("target", "entities"));
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Entities entities = EXTRACTOR.extract(text);
                System.out.println(file.getFileName() + " " + counts(entities));
                Files.write(out.resolve(file.getFileName()), listing(entities), StandardCharsets.UTF_8);
                for (Mention m : entities.all()) {
                    assertThat(m.span().of(text)).isEqualTo(m.text());
                }
                floors(file.getFileName().toString().substring(0, 3), counts(entities));
            }
        }
    }

    private static void floors(String prefix, Map<String, Integer> counts) {
        switch (prefix) {
            case "003" -> {
                assertThat(counts.get("caseIds")).isGreaterThanOrEqualTo(10);
                assertThat(counts.get("deadlines")).isGreaterThanOrEqualTo(3);
                assertThat(counts.get("dates")).isGreaterThanOrEqualTo(10);
                assertThat(counts.get("amounts")).isGreaterThanOrEqualTo(3);
                assertThat(counts.get("municipalities")).isGreaterThanOrEqualTo(5);
                assertThat(counts.get("organisations")).isGreaterThanOrEqualTo(10);
            }
            case "000", "001" -> {
                assertThat(counts.get("docIds")).isGreaterThanOrEqualTo(1);
                assertThat(counts.get("amounts")).isGreaterThanOrEqualTo(5);
                assertThat(counts.get("percents")).isGreaterThanOrEqualTo(10);
                assertThat(counts.get("municipalities")).isGreaterThanOrEqualTo(10);
            }
            case "002" -> {
                assertThat(counts.get("docIds")).isGreaterThanOrEqualTo(2);
                assertThat(counts.get("amounts")).isGreaterThanOrEqualTo(5);
                assertThat(counts.get("deadlines")).isGreaterThanOrEqualTo(3);
                assertThat(counts.get("municipalities")).isGreaterThanOrEqualTo(10);
            }
            default -> {
            }
        }
    }

    private static Map<String, Integer> counts(Entities entities) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        entities.byKind().forEach((kind, mentions) -> counts.put(kind, mentions.size()));
        return counts;
    }

    private static List<String> listing(Entities entities) {
        List<String> lines = new ArrayList<>();
        for (Mention m : entities.all()) {
            String line = m.span().start() + "\t" + m.getClass().getSimpleName() + "\t" + m.text() + "\t" + m;
            lines.add(line.replace("\n", "⏎"));
        }
        return lines;
    }

    private static Path corpus() {
        return Shared.corpus();
    }
}
