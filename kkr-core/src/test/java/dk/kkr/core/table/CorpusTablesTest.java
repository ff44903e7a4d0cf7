package dk.kkr.core.table;

import dk.kkr.core.shared.Shared;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.samples.Samples;
import dk.kkr.core.text.SourceReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the extractor over the shared corpus (system property {@code kkr.shared}; skipped when absent) and
 * over the bundled samples, printing every table found and every total that does not add up. The floors
 * are loose: they catch a recogniser that stopped working, not a change in precision.
 */
class CorpusTablesTest {

    private static final TableExtractor EXTRACTOR = new TableExtractor();

    @Test
    void tablesPerCorpusFile() throws IOException {
        try (Stream<Path> files = Files.list(Shared.corpus())) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                SourceText source = new SourceReader().read(file);
                List<Table> tables = report(file.getFileName().toString(), source.text());
                if (file.getFileName().toString().startsWith("000")) {
                    assertThat(tables.stream().filter(t -> t.kind() == Table.Kind.PIPE)).hasSizeGreaterThanOrEqualTo(3);
                }
            }
        }
    }

    @Test
    void samplesTotalsCheckOut() throws IOException {
        for (String name : Samples.names().stream().filter(n -> n.endsWith(".txt")).toList()) {
            String text = new String(Samples.bytes(name), java.nio.charset.StandardCharsets.UTF_8);
            List<Table> tables = report(name, text);
            for (Table table : tables) {
                table.total().ifPresent(check -> assertThat(check.discrepancies()).as(name).isEmpty());
            }
            if (name.startsWith("bilag-")) {
                assertThat(tables.stream().filter(t -> t.total().isPresent())).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    private static List<Table> report(String name, String text) {
        List<Table> tables = EXTRACTOR.extract(text);
        System.out.println(name + ": " + tables.size() + " tables");
        for (Table table : tables) {
            long line = text.substring(0, table.span().start()).lines().count() + 1;
            System.out.printf("  line %d %s %d rows × %d columns, header %s%n", line, table.kind(),
                    table.rows().size(), table.rows().getFirst().cells().size(), table.header());
            table.total().ifPresent(check -> System.out.printf("    total row %d: %s%n", check.rowIndex(),
                    check.agrees() ? "adds up" : "DISCREPANCY " + check.discrepancies()));
            for (Row row : table.rows()) {
                for (Cell cell : row.cells()) {
                    assertThat(cell.span().of(text)).as(name).isEqualTo(cell.text());
                }
            }
        }
        return tables;
    }
}
