package dk.kkr.bench;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.repair.OcrRepairer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Measures OCR repair throughput against a plain pass that spell-checks every word once with the
 * same Hunspell, both on the same text in the same run, after warm-up. Reports the dictionary
 * load time separately. Run it with {@code ./kkr bench repair FILE}.
 */
final class RepairBenchmark {

    /** One measured figure. */
    record Figures(double loadMillis, double repairMbPerSecond, double spellMbPerSecond) {
        double costRatio() {
            return spellMbPerSecond / repairMbPerSecond;
        }
    }

    private static final int ROUNDS = 5;

    private RepairBenchmark() {
    }

    static String format(String name, Figures f) {
        return String.format(Locale.ROOT,
                "dictionary load %.0f ms%n"
                        + "%s: repair %.3f MB/s, plain spell-check pass %.3f MB/s, repair costs %.2fx the plain pass",
                f.loadMillis(), name, f.repairMbPerSecond(), f.spellMbPerSecond(), f.costRatio());
    }

    static Figures run(String text, double seconds) {
        DanishDictionary dictionary = DanishDictionary.load();
        OcrRepairer repairer = new OcrRepairer(dictionary, ConfusionModel.standard());
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        // warm-up: both code paths, until the JIT has settled
        measure(() -> spellCheck(dictionary, text), seconds);
        measure(() -> repairer.repair(text).changes().size(), seconds);
        // then alternate short rounds and keep each one's best, so that load from other processes
        // on a shared machine hits both alike
        double spell = Double.MAX_VALUE;
        double repair = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            spell = Math.min(spell, measure(() -> spellCheck(dictionary, text), seconds / ROUNDS));
            repair = Math.min(repair, measure(() -> repairer.repair(text).changes().size(), seconds / ROUNDS));
        }
        return new Figures(dictionary.loadTime().toNanos() / 1e6, mb / repair, mb / spell);
    }

    /** The plain pass: every word of the text checked once, no caching. Returns the rejected count. */
    static int spellCheck(DanishDictionary dictionary, String text) {
        int rejected = 0;
        for (String word : OcrRepairer.words(text)) {
            if (!dictionary.accepts(word)) {
                rejected++;
            }
        }
        return rejected;
    }

    /** Mean seconds per run of {@code task}, over at least {@code seconds} and at least three runs. */
    private static double measure(java.util.function.IntSupplier task, double seconds) {
        long budget = (long) (seconds * 1e9);
        long start = System.nanoTime();
        int runs = 0;
        int sink = 0;
        while (runs < 3 || System.nanoTime() - start < budget) {
            sink += task.getAsInt();
            runs++;
        }
        if (sink == Integer.MIN_VALUE) {
            System.out.print(""); // keeps the results alive for the JIT
        }
        return (System.nanoTime() - start) / 1e9 / runs;
    }
}
