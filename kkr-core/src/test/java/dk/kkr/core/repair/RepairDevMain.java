package dk.kkr.core.repair;

import java.nio.file.Files;
import java.nio.file.Path;

/** Development aid: repairs FILE into OUT and prints the changes' count. */
public final class RepairDevMain {
    public static void main(String[] args) throws Exception {
        OcrRepairer r = OcrRepairer.standard();
        System.err.println("dictionary load " + r.dictionary().loadTime().toMillis() + " ms");
        for (int i = 0; i + 1 < args.length; i += 2) {
            String text = Files.readString(Path.of(args[i]));
            long t = System.nanoTime();
            RepairResult res = r.repair(text);
            System.err.printf("%s: needed=%s changes=%d in %d ms%n", args[i], res.repairNeeded(), res.changes().size(),
                    (System.nanoTime() - t) / 1_000_000);
            Files.writeString(Path.of(args[i + 1]), res.repaired());
            StringBuilder sb = new StringBuilder();
            for (Change c : res.changes()) {
                sb.append(c.offset()).append('\t').append(c.before()).append('\t').append(c.after()).append('\t')
                        .append(String.format("%.2f", c.confidence())).append('\n');
            }
            Files.writeString(Path.of(args[i + 1] + ".changes"), sb);
        }
    }
}
