package dk.kkr.core.danish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns how an OCR misreads Danish from lines it read and the lines as they were written: the words
 * of each pair of lines are matched, each misread word is aligned letter by letter with what was
 * written, and the cost of every confusion — one or two written letters read as one to three others
 * ("ø" as "o", "æ" as "ae", "rn" as "m") — is estimated as {@code -ln P(read | written)} over all the
 * written text. The alignment and the estimate are repeated a few times (hard EM): each round aligns
 * with the costs of the round before, so that a frequent confusion wins the alignments it explains.
 *
 * <p>Learned rules apply anywhere in a word and carry no examples; {@code confusions.tsv} keeps the
 * hand-written ones with theirs. Lower case throughout: a learned rule matches either case.
 */
public final class ConfusionLearner {

    /** One line as an OCR read it and as it was written. */
    public record LinePair(String damaged, String correct) { }

    /** A learned rule: its confusion was seen {@code seen} times among {@code written} of its written letters. */
    public record Learned(ConfusionRule rule, int seen, int written) { }

    /** The longest written and read sides of one confusion. */
    private static final int MAX_CORRECT = 2;
    private static final int MAX_DAMAGED = 3;
    /** A confusion seen fewer times than this is not kept as a rule. */
    private static final int MIN_COUNT = 2;
    private static final int ROUNDS = 4;
    /** Read words more than this many letters longer or shorter than the written word are not aligned. */
    private static final int MAX_LENGTH_DIFFERENCE = 4;
    /** The cost of a letter the OCR added where nothing was written (never a rule: a rule rewrites letters). */
    private static final double INSERTION_COST = 9.0;

    private final Map<String, Integer> occurrences = new HashMap<>();
    private final List<String[]> misread = new ArrayList<>();

    private ConfusionLearner() {
    }

    /** The confusion rules the pairs show, each seen at least {@link #MIN_COUNT} times, the cheapest first. */
    public static List<Learned> learn(List<LinePair> lines) {
        ConfusionLearner learner = new ConfusionLearner();
        for (LinePair p : lines) {
            learner.addLine(p.damaged().toLowerCase(Locale.ROOT), p.correct().toLowerCase(Locale.ROOT));
        }
        Map<String, Map<String, Integer>> events = Map.of();
        for (int round = 0; round < ROUNDS; round++) {
            events = learner.align(events);
        }
        return learner.rules(events);
    }

    /** Writes rules in the format of {@code confusions.tsv}, with how often each was seen as a last column. */
    public static String toTsv(List<Learned> rules) {
        StringBuilder sb = new StringBuilder();
        for (Learned l : rules) {
            ConfusionRule r = l.rule();
            sb.append(r.damaged()).append('\t').append(r.correct()).append('\t')
                    .append(String.format(Locale.ROOT, "%.2f", r.cost())).append("\tany\t\t\tseen ")
                    .append(l.seen()).append(" of ").append(l.written()).append('\n');
        }
        return sb.toString();
    }

    private void addLine(String damaged, String correct) {
        String[] d = damaged.strip().split("\\s+");
        String[] c = correct.strip().split("\\s+");
        // the longest common subsequence of the words; the words between two matches are paired one to one
        int[][] lcs = new int[d.length + 1][c.length + 1];
        for (int i = d.length - 1; i >= 0; i--) {
            for (int j = c.length - 1; j >= 0; j--) {
                lcs[i][j] = d[i].equals(c[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapD = 0;
        int gapC = 0;
        while (i < d.length || j < c.length) {
            if (i < d.length && j < c.length && d[i].equals(c[j])) {
                pairGap(d, i - gapD, c, j - gapC, gapD, gapC);
                gapD = 0;
                gapC = 0;
                count(c[j]);
                i++;
                j++;
            } else if (j >= c.length || (i < d.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
                i++;
                gapD++;
            } else {
                j++;
                gapC++;
            }
        }
        pairGap(d, i - gapD, c, j - gapC, gapD, gapC);
    }

    /** Words between two matched words: misread one for one when both sides hold as many. */
    private void pairGap(String[] d, int fromD, String[] c, int fromC, int gapD, int gapC) {
        if (gapD != gapC) {
            return; // words split or glued: not a confusion of letters
        }
        for (int k = 0; k < gapD; k++) {
            String read = d[fromD + k];
            String written = c[fromC + k];
            if (Math.abs(read.length() - written.length()) <= MAX_LENGTH_DIFFERENCE) {
                count(written);
                misread.add(new String[] {read, written});
            }
        }
    }

    /** Counts the written letters and letter pairs, against which every confusion's share is measured. */
    private void count(String written) {
        for (int a = 1; a <= MAX_CORRECT; a++) {
            for (int i = 0; i + a <= written.length(); i++) {
                occurrences.merge(written.substring(i, i + a), 1, Integer::sum);
            }
        }
    }

    /** Aligns every misread word with the costs the previous round's events give; returns this round's. */
    private Map<String, Map<String, Integer>> align(Map<String, Map<String, Integer>> previous) {
        Map<String, Map<String, Integer>> events = new HashMap<>();
        for (String[] pair : misread) {
            String d = pair[0];
            String c = pair[1];
            int n = c.length();
            int m = d.length();
            double[][] cost = new double[n + 1][m + 1];
            int[][] fromA = new int[n + 1][m + 1];
            int[][] fromB = new int[n + 1][m + 1];
            for (double[] row : cost) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            cost[0][0] = 0;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= m; j++) {
                    double here = cost[i][j];
                    if (Double.isInfinite(here)) {
                        continue;
                    }
                    if (j < m) {
                        relax(cost, fromA, fromB, i, j, 0, 1, here + INSERTION_COST);
                    }
                    for (int a = 1; a <= MAX_CORRECT && i + a <= n; a++) {
                        String written = c.substring(i, i + a);
                        for (int b = 0; b <= MAX_DAMAGED && j + b <= m; b++) {
                            String read = d.substring(j, j + b);
                            relax(cost, fromA, fromB, i, j, a, b, here + cost(previous, written, read));
                        }
                    }
                }
            }
            for (int i = n, j = m; i > 0 || j > 0; ) {
                int a = fromA[i][j];
                int b = fromB[i][j];
                if (a > 0) {
                    String written = c.substring(i - a, i);
                    String read = d.substring(j - b, j);
                    if (!written.equals(read)) {
                        events.computeIfAbsent(written, k -> new HashMap<>()).merge(read, 1, Integer::sum);
                    }
                }
                i -= a;
                j -= b;
            }
        }
        return events;
    }

    private static void relax(double[][] cost, int[][] fromA, int[][] fromB, int i, int j, int a, int b, double c) {
        if (c < cost[i + a][j + b]) {
            cost[i + a][j + b] = c;
            fromA[i + a][j + b] = a;
            fromB[i + a][j + b] = b;
        }
    }

    /**
     * The cost of reading {@code written} as {@code read}: nothing for a letter read right, the
     * estimate of the previous round for a confusion it saw, and before that, or for one never
     * seen, a cost growing with the letters involved (two letters read right cost as two singles).
     */
    private double cost(Map<String, Map<String, Integer>> previous, String written, String read) {
        if (written.equals(read)) {
            return written.length() == 1 ? 0 : Double.POSITIVE_INFINITY;
        }
        Integer seen = previous.getOrDefault(written, Map.of()).get(read);
        if (seen != null) {
            return -Math.log((double) seen / occurrences.get(written));
        }
        return 4.0 + 1.5 * (written.length() - 1) + 1.5 * Math.max(0, read.length() - 1)
                + (read.isEmpty() ? 1.0 : 0);
    }

    private List<Learned> rules(Map<String, Map<String, Integer>> events) {
        List<Learned> rules = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : new TreeMap<>(events).entrySet()) {
            String written = e.getKey();
            if (!written.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (Map.Entry<String, Integer> r : new TreeMap<>(e.getValue()).entrySet()) {
                String read = r.getKey();
                if (read.isEmpty() || r.getValue() < MIN_COUNT) {
                    continue;
                }
                int of = occurrences.get(written);
                double cost = Math.max(0.05, Math.round(-Math.log((double) r.getValue() / of) * 100) / 100.0);
                rules.add(new Learned(new ConfusionRule(read, written, cost, ConfusionRule.Where.ANY, Map.of(),
                        List.of()), r.getValue(), of));
            }
        }
        rules.sort(Comparator.comparingDouble(l -> l.rule().cost()));
        return rules;
    }
}
