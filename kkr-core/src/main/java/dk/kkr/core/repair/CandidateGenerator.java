package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.danish.ConfusionRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ToDoubleFunction;

/**
 * Proposes what a damaged word may have been: applies the confusion rules at every position, alone
 * and combined, and orders the results by rule cost plus how Danish the spelling looks (letter
 * trigrams), with a beam search from left to right. The dictionary is not consulted here.
 * Thread-safe.
 */
final class CandidateGenerator {

    /** One rewrite of the source word: {@code [start, end)} of the source becomes {@code replacement}. */
    record Edit(int start, int end, String replacement, ConfusionRule rule) {
        double cost() {
            return rule.cost();
        }
    }

    /** A spelling proposed for the source word, with the edits that make it. */
    record Candidate(String text, List<Edit> edits, double channelCost, double spellingCost) {
        double score() {
            return channelCost + spellingCost;
        }
    }

    /**
     * A partial candidate: {@code added} appended to {@code previous} (null for the empty start);
     * {@code fresh} counts the letters still to check after the last edit. The text is spelled out
     * only for finished candidates.
     */
    private record State(State previous, String added, int length, int a, int b, double channelCost,
                         double spellingCost, List<Edit> edits, int fresh) {
        double score() {
            return channelCost + spellingCost;
        }

        String text() {
            char[] out = new char[length];
            for (State s = this; s.previous() != null; s = s.previous()) {
                s.added().getChars(0, s.added().length(), out, s.previous().length());
            }
            return new String(out);
        }
    }

    private static final int BEAM = 16;

    private final CharTrigramModel spelling;
    /** The rules by the lower-cased first letter of their damaged side: an array for Latin letters, a map beyond. */
    private static final int LATIN = 0x250;
    private final List<ConfusionRule>[] latinRulesByFirst;
    private final Map<Character, List<ConfusionRule>> otherRulesByFirst = new HashMap<>();

    @SuppressWarnings("unchecked")
    CandidateGenerator(ConfusionModel model, CharTrigramModel spelling) {
        this.spelling = spelling;
        this.latinRulesByFirst = new List[LATIN];
        for (ConfusionRule rule : model.rules()) {
            char first = Character.toLowerCase(rule.damaged().charAt(0));
            if (first < LATIN) {
                if (latinRulesByFirst[first] == null) {
                    latinRulesByFirst[first] = new ArrayList<>();
                }
                latinRulesByFirst[first].add(rule);
            } else {
                otherRulesByFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(rule);
            }
        }
    }

    private List<ConfusionRule> rulesStartingWith(char c) {
        char first = Character.toLowerCase(c);
        List<ConfusionRule> rules = first < LATIN ? latinRulesByFirst[first] : otherRulesByFirst.get(first);
        return rules == null ? List.of() : rules;
    }

    /**
     * Up to {@code limit} spellings other than the word itself, made with at most {@code maxEdits}
     * rule applications, best first.
     */
    List<Candidate> candidates(String word, int maxEdits, int limit) {
        return candidates(word, maxEdits, limit, Double.POSITIVE_INFINITY);
    }

    /** As {@link #candidates(String, int, int)}, leaving out candidates whose rules cost more than {@code maxCost}. */
    List<Candidate> candidates(String word, int maxEdits, int limit, double maxCost) {
        int n = word.length();
        List<List<Edit>> options = new ArrayList<>(n);
        boolean any = false;
        for (int i = 0; i < n; i++) {
            List<Edit> here = List.of();
            for (ConfusionRule rule : rulesStartingWith(word.charAt(i))) {
                if (rule.cost() <= maxCost && rule.matchesAt(word, i)) {
                    if (here.isEmpty()) {
                        here = new ArrayList<>(2);
                    }
                    here.add(new Edit(i, i + rule.damaged().length(), rule.replacementFor(word, i), rule));
                }
            }
            any |= !here.isEmpty();
            options.add(here);
        }
        if (!any) {
            return List.of();
        }
        if (maxEdits == 1) {
            return singleEdits(word, options, limit, maxCost);
        }
        // the best BEAM states at each position inside the word (a max-heap: its worst on top); all at the end
        @SuppressWarnings("unchecked")
        PriorityQueue<State>[] agenda = new PriorityQueue[n];
        for (int i = 0; i < n; i++) {
            agenda[i] = new PriorityQueue<>(BEAM + 1, WORST_FIRST);
        }
        List<State> finished = new ArrayList<>();
        int b0 = CharTrigramModel.boundary();
        agenda[0].add(new State(null, "", 0, b0, b0, 0, 0, List.of(), 0));
        for (int pos = 0; pos < n; pos++) {
            State[] states = agenda[pos].toArray(new State[0]);
            agenda[pos] = null;
            String letter = word.substring(pos, pos + 1);
            for (State s : states) {
                add(agenda, finished, pos + 1, extend(s, letter, 0, null));
                if (s.edits().size() < maxEdits) {
                    for (Edit e : options.get(pos)) {
                        if (s.channelCost() + e.cost() > maxCost) {
                            continue;
                        }
                        add(agenda, finished, e.end(), extend(s, e.replacement(), e.cost(), e));
                    }
                }
            }
        }
        // the finished spellings best first (equal ones in the order found), each at its best;
        // only those that make the result are spelled out
        ToDoubleFunction<State> spellingCost = s -> s.spellingCost() + spelling.cost(s.a(), s.b(), b0);
        finished.removeIf(s -> s.edits().isEmpty());
        finished.sort(Comparator.comparingDouble(s -> s.channelCost() + spellingCost.applyAsDouble(s)));
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (int i = 0; i < finished.size() && best.size() < limit; i++) {
            State s = finished.get(i);
            String text = s.text();
            if (!text.equals(word) && !best.containsKey(text)) {
                best.put(text, new Candidate(text, s.edits(), s.channelCost(), spellingCost.applyAsDouble(s)));
            }
        }
        return List.copyOf(best.values());
    }

    /** One rule applied once: every such spelling is spelled out and scored, no search needed. */
    private List<Candidate> singleEdits(String word, List<List<Edit>> options, int limit, double maxCost) {
        List<Candidate> all = new ArrayList<>();
        for (List<Edit> here : options) {
            for (Edit e : here) {
                if (e.cost() > maxCost) {
                    continue;
                }
                String text = word.substring(0, e.start()) + e.replacement() + word.substring(e.end());
                if (!text.equals(word) && seenAround(text, e.start(), e.start() + e.replacement().length())) {
                    all.add(new Candidate(text, List.of(e), e.cost(), spelling.cost(text)));
                }
            }
        }
        all.sort(Comparator.comparingDouble(Candidate::score));
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (int i = 0; i < all.size() && best.size() < limit; i++) {
            best.putIfAbsent(all.get(i).text(), all.get(i));
        }
        return List.copyOf(best.values());
    }

    /** Whether every letter trigram ending in {@code [from, to)} or in the two letters after it is one a dictionary entry has. */
    private boolean seenAround(String text, int from, int to) {
        int b0 = CharTrigramModel.boundary();
        int end = Math.min(to + 2, text.length());
        for (int i = from; i < end; i++) {
            int a = i >= 2 ? CharTrigramModel.symbol(text.charAt(i - 2)) : b0;
            int b = i >= 1 ? CharTrigramModel.symbol(text.charAt(i - 1)) : b0;
            if (!spelling.seen(a, b, CharTrigramModel.symbol(text.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    private static final Comparator<State> WORST_FIRST = (x, y) -> Double.compare(y.score(), x.score());

    /** Keeps {@code s} at {@code at} if it is among the best {@value #BEAM} there (all are kept at the end). */
    private static void add(PriorityQueue<State>[] agenda, List<State> finished, int at, State s) {
        if (s == null) {
            return;
        }
        if (at == agenda.length) {
            finished.add(s);
            return;
        }
        PriorityQueue<State> beam = agenda[at];
        if (beam.size() < BEAM) {
            beam.add(s);
        } else if (s.score() < beam.peek().score()) {
            beam.poll();
            beam.add(s);
        }
    }

    /**
     * The state with {@code add} appended, or null when an edit makes a letter trigram that no
     * dictionary entry has: the edited letters and the two after them are checked.
     */
    private State extend(State s, String add, double cost, Edit edit) {
        int a = s.a();
        int b = s.b();
        double lm = s.spellingCost();
        int fresh = s.fresh();
        for (int i = 0; i < add.length(); i++) {
            int c = CharTrigramModel.symbol(add.charAt(i));
            if ((edit != null || fresh > 0) && !spelling.seen(a, b, c)) {
                return null;
            }
            if (edit == null && fresh > 0) {
                fresh--;
            }
            lm += spelling.cost(a, b, c);
            a = b;
            b = c;
        }
        if (edit != null) {
            fresh = 2;
        }
        List<Edit> edits = s.edits();
        if (edit != null) {
            edits = new ArrayList<>(edits);
            edits.add(edit);
        }
        return new State(s, add, s.length() + add.length(), a, b, s.channelCost() + cost, lm, edits, fresh);
    }
}
