package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import java.util.List;

/**
 * The word error rates of a damaged text and of its repair against the clean original, counted as
 * {@code shared/tools/ocr-score} counts them: line by line, whitespace-separated tokens, token edit
 * distance, over the original's tokens.
 */
record DamagedTextScore(int words, int rawErrors, int repairedErrors) {

    static DamagedTextScore of(String clean, String damaged, String repaired) {
        String[] c = clean.split("\n", -1);
        String[] d = damaged.split("\n", -1);
        String[] r = repaired.split("\n", -1);
        if (d.length != c.length || r.length != c.length) {
            throw new IllegalArgumentException("line counts differ: " + c.length + ", " + d.length + ", " + r.length);
        }
        int words = 0;
        int raw = 0;
        int fixed = 0;
        for (int i = 0; i < c.length; i++) {
            List<String> gold = tokens(c[i]);
            words += gold.size();
            raw += editDistance(tokens(d[i]), gold);
            fixed += editDistance(tokens(r[i]), gold);
        }
        return new DamagedTextScore(words, raw, fixed);
    }

    /** Damages {@code clean} with each seed in turn, repairs it, and sums the scores. */
    static DamagedTextScore measure(OcrRepairer repairer, String clean, int seeds) {
        DamagedTextScore sum = new DamagedTextScore(0, 0, 0);
        for (int seed = 1; seed <= seeds; seed++) {
            String damaged = new OcrDamager(ConfusionModel.standard(), seed).damage(clean);
            sum = sum.plus(of(clean, damaged, repairer.repair(damaged).repaired()));
        }
        return sum;
    }

    DamagedTextScore plus(DamagedTextScore o) {
        return new DamagedTextScore(words + o.words, rawErrors + o.rawErrors, repairedErrors + o.repairedErrors);
    }

    double rawWer() {
        return (double) rawErrors / Math.max(1, words);
    }

    double repairedWer() {
        return (double) repairedErrors / Math.max(1, words);
    }

    double errorReduction() {
        return rawErrors == 0 ? 0 : 1 - (double) repairedErrors / rawErrors;
    }

    static List<String> tokens(String line) {
        String s = line.strip();
        return s.isEmpty() ? List.of() : List.of(s.split("\\s+"));
    }

    /** Token-level Levenshtein distance. */
    static int editDistance(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            int[] cur = new int[b.size() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int same = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + same);
            }
            prev = cur;
        }
        return prev[b.size()];
    }
}
