package dk.kkr.bench;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.danish.DanishDictionary;
import dk.kkr.core.repair.OcrRepairer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Measures OCR repair throughput against one plain spell-check pass — every word of the text asked of
 * the same Hunspell ({@link DanishDictionary#spell}), as a spell-checker does — both on the same text in
 * the same run, after warm-up. Each repair starts from a dictionary that has forgotten its answers
 * ({@link DanishDictionary#forget()}), as for a text it has not seen. Reports the dictionary load time
 * separately. Run it with {@code ./kkr bench repair FILE...}.
 */
final class RepairBenchmark {

    /** One measured figure. */
    record Figures(double repairMbPerSecond, double spellMbPerSecond) {
        double costRatio() {
            return spellMbPerSecond / repairMbPerSecond;
        }
    }

    private static final int ROUNDS = 5;

    private final DanishDictionary dictionary = DanishDictionary.load();
    private final OcrRepairer repairer = new OcrRepairer(dictionary, ConfusionModel.standard());

    String loadLine() {
        return String.format(Locale.ROOT, "dictionary load %.0f ms", dictionary.loadTime().toNanos() / 1e6);
    }

    static String format(String name, Figures f) {
        return String.format(Locale.ROOT,
                "%s: repair %.3f MB/s, plain spell-check pass %.3f MB/s, repair costs %.2fx the plain pass",
                name, f.repairMbPerSecond(), f.spellMbPerSecond(), f.costRatio());
    }

    Figures run(String text, double seconds) {
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        IntSupplier spellPass = () -> spellCheck(dictionary, text);
        IntSupplier repairPass = () -> {
            dictionary.forget();
            return repairer.repair(text).changes().size();
        };
        // warm-up: both code paths, until the JIT has settled
        measure(spellPass, seconds);
        measure(repairPass, seconds);
        // then alternate short rounds and keep each one's best, so that load from other processes
        // on a shared machine hits both alike
        double spell = Double.MAX_VALUE;
        double repair = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            spell = Math.min(spell, measure(spellPass, seconds / ROUNDS));
            repair = Math.min(repair, measure(repairPass, seconds / ROUNDS));
        }
        return new Figures(mb / repair, mb / spell);
    }

    /** The plain pass: every word of the text asked of Hunspell. Returns the rejected count. */
    static int spellCheck(DanishDictionary dictionary, String text) {
        int rejected = 0;
        for (String word : OcrRepairer.words(text)) {
            if (!dictionary.spell(word)) {
                rejected++;
            }
        }
        return rejected;
    }

    /** Mean seconds per run of {@code task}, over at least {@code seconds} and at least three runs. */
    private static double measure(IntSupplier task, double seconds) {
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
