package dk.kkr.core.parse;

import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.samples.Samples;
import dk.kkr.core.shared.Shared;
import dk.kkr.core.text.SourceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scores the parser's JSON for the corpus files and the samples with the shared scorer against the gold files. */
class StructureScoreTest {

    private static final double TARGET = 0.95;

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003"})
    void corpusShapesScoreAtLeastTarget(String prefix) throws Exception {
        assertScore(Corpus.source(prefix), Corpus.shared().resolve("gold/structure-" + prefix + ".json"));
    }

    /** The project's own samples, written independently of the parser, each with a hand-made gold. */
    @ParameterizedTest
    @MethodSource("dk.kkr.core.samples.Samples#names")
    void samplesScoreAtLeastTarget(String sample) throws Exception {
        String stem = sample.substring(0, sample.lastIndexOf('.'));
        Path gold = Path.of(getClass().getResource("/dk/kkr/samples/gold/structure-" + stem + ".json").toURI());
        assertScore(new SourceReader().read(sample, Samples.bytes(sample)), gold);
    }

    private static void assertScore(SourceText source, Path gold) throws Exception {
        Path scorer = Corpus.shared().resolve("tools/structure-score");
        Shared.assume(Files.isRegularFile(gold) && Files.isRegularFile(scorer), "gold or scorer not available");
        ParsedDocument doc = new StructureParser().parse(source);
        Path json = Files.createTempFile("structure", ".json");
        try {
            Files.writeString(json, ParseJson.toJson(source, doc), StandardCharsets.UTF_8);
            List<String> output = score(scorer, gold, json);
            String last = output.get(output.size() - 1);
            assertTrue(last.startsWith("score "), () -> "scorer said: " + output);
            double score = Double.parseDouble(last.substring("score ".length()).strip());
            assertTrue(score >= TARGET, () -> source.fileName() + " scored " + score + ":\n" + String.join("\n", output));
        } finally {
            Files.deleteIfExists(json);
        }
    }

    private static List<String> score(Path scorer, Path gold, Path json) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("python3", scorer.toString(), gold.toString(), json.toString(), "--verbose")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Shared.assume(false, "python3 not available: " + e.getMessage());
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<String> lines = output.lines().toList();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "scorer did not finish");
        assertEquals(0, process.exitValue(), () -> "scorer failed: " + lines);
        return lines;
    }
}
