package dk.kkr.core.repair;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Development aid: damages clean Danish files with {@link OcrDamager} (seeds 1..SEEDS), repairs them
 * and prints raw and repaired word error rates as {@code ocr-score} counts them; without files, the
 * project's samples. Run: {@code RepairGeneralisationMain SEEDS [FILE...]}.
 */
public final class RepairGeneralisationMain {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: RepairGeneralisationMain SEEDS [FILE...]");
            System.exit(2);
        }
        int seeds = Integer.parseInt(args[0]);
        OcrRepairer repairer = OcrRepairer.standard();
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (args.length == 1) {
            for (String s : DamagedTextRepairTest.samples()) {
                names.add("sample " + (names.size() + 1));
                texts.add(s);
            }
        }
        for (int i = 1; i < args.length; i++) {
            names.add(Path.of(args[i]).getFileName().toString());
            texts.add(Files.readString(Path.of(args[i])));
        }
        DamagedTextScore total = new DamagedTextScore(0, 0, 0);
        for (int i = 0; i < texts.size(); i++) {
            DamagedTextScore s = DamagedTextScore.measure(repairer, texts.get(i), seeds);
            total = total.plus(s);
            print(names.get(i), s);
        }
        print("all", total);
    }

    private static void print(String name, DamagedTextScore s) {
        System.out.printf(Locale.ROOT, "%s: words %d, raw WER %.2f%%, repaired WER %.2f%%, error reduction %.1f%%%n",
                name, s.words(), 100 * s.rawWer(), 100 * s.repairedWer(), 100 * s.errorReduction());
    }
}
