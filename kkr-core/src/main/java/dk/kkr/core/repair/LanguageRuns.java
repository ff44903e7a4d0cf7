package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.danish.ConfusionRule;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Tells Danish text from English (and German) by their function words, the Snowball stop-word
 * lists that ship with Lucene: a word counts for one language only when it is not a function word
 * of the other two. Danish function words count in their OCR-damaged forms too ("pa", "p&" for
 * "på"), made with the confusion model's rules for æ, ø and å; a foreign function word that is
 * also a common Danish word ("to", "is") is no evidence.
 *
 * <p>A document is Danish when its Danish function words clearly outnumber the foreign ones. Within
 * it, runs of foreign words (a quotation, an English abstract) are found with a two-state Viterbi
 * path over the words: function words pull towards their language, words the Danish dictionary
 * accepts pull a little towards Danish, and every change of language costs. Immutable, thread-safe.
 */
final class LanguageRuns {

    /** A document is Danish when it has more than this many Danish function words per foreign one. */
    static final double MIN_DANISH_PER_FOREIGN = 2.0;
    /** A foreign function word among this many most common Danish words is no evidence. */
    private static final int DANISH_COMMON_RANK = 1000;
    /** Costs (nats): a function word read as the other language, a Danish word read as foreign, a change of language. */
    private static final double FUNCTION_WORD = 2.5;
    private static final double DANISH_WORD = 0.5;
    private static final double SWITCH = 3.0;

    /** What the function words say about a document. */
    record Reading(int danishWords, int foreignWords, boolean[] foreign) {
        boolean danish() {
            return danishWords > MIN_DANISH_PER_FOREIGN * foreignWords;
        }
    }

    private final Set<String> danish;
    private final Set<String> foreign;

    private LanguageRuns(Set<String> danish, Set<String> foreign) {
        this.danish = danish;
        this.foreign = foreign;
    }

    /** The function words of Danish, with their damaged forms, and of English and German. */
    static LanguageRuns standard(ConfusionModel model) {
        Set<String> da = stopWords("danish_stop.txt");
        Set<String> en = stopWords("english_stop.txt");
        Set<String> de = stopWords("german_stop.txt");
        Set<String> foreign = new HashSet<>(en);
        foreign.addAll(de);
        Set<String> danish = new HashSet<>(da);
        danish.removeAll(foreign);
        foreign.removeAll(da);
        for (String word : List.copyOf(danish)) {
            for (String damaged : damagedForms(word, model)) {
                if (!foreign.contains(damaged)) {
                    danish.add(damaged);
                }
            }
        }
        return new LanguageRuns(Set.copyOf(danish), Set.copyOf(foreign));
    }

    /** The word with one of its æ, ø and å damaged by one rule, as the OCR would write it. */
    private static Set<String> damagedForms(String word, ConfusionModel model) {
        Set<String> out = new HashSet<>();
        for (ConfusionRule r : model.rules()) {
            String correct = r.correct();
            if (!correct.equals(correct.toLowerCase(Locale.ROOT)) || !hasSpecialLetter(correct)) {
                continue;
            }
            for (int at = word.indexOf(correct); at >= 0; at = word.indexOf(correct, at + 1)) {
                if (r.where() == ConfusionRule.Where.ANY || at == 0 && r.where() == ConfusionRule.Where.START
                        || r.where() == ConfusionRule.Where.ALONE && correct.equals(word)) {
                    out.add(word.substring(0, at) + r.damaged() + word.substring(at + correct.length()));
                }
            }
        }
        return out;
    }

    private static boolean hasSpecialLetter(String s) {
        return s.indexOf('æ') >= 0 || s.indexOf('ø') >= 0 || s.indexOf('å') >= 0;
    }

    private static Set<String> stopWords(String file) {
        try (InputStream in = SnowballFilter.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + file + " (lucene-analysis-common)");
            }
            CharArraySet words = WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> out = new HashSet<>();
            for (Object w : words) {
                String s = new String((char[]) w);
                if (s.length() >= 2) { // single letters ("a", "i") are too ambiguous
                    out.add(s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Reads a document's words: counts its Danish and foreign function words and marks the words
     * that lie in runs of foreign text. {@code accepted} says whether the Danish dictionary accepts
     * a word, {@code danishRank} a word's rank among common Danish words (0 when it is not one).
     */
    Reading read(List<String> words, Predicate<String> accepted, ToIntFunction<String> danishRank) {
        int n = words.size();
        double[] danishCost = new double[n];
        double[] foreignCost = new double[n];
        int danishWords = 0;
        int foreignWords = 0;
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            String key = isAcronym(w) ? "" : w.toLowerCase(Locale.ROOT);
            if (danish.contains(key)) {
                danishWords++;
                foreignCost[i] = FUNCTION_WORD;
            } else if (foreign.contains(key) && !isCommonDanish(danishRank.applyAsInt(key))) {
                foreignWords++;
                danishCost[i] = FUNCTION_WORD;
            } else if (accepted.test(w)) {
                foreignCost[i] = DANISH_WORD;
            }
        }
        return new Reading(danishWords, foreignWords, viterbi(danishCost, foreignCost));
    }

    private static boolean isCommonDanish(int rank) {
        return rank > 0 && rank <= DANISH_COMMON_RANK;
    }

    private static boolean isAcronym(String w) {
        return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** The cheapest labelling of the words as Danish or foreign; true for foreign. */
    private static boolean[] viterbi(double[] danishCost, double[] foreignCost) {
        int n = danishCost.length;
        boolean[] fromForeignToDanish = new boolean[n];
        boolean[] fromForeignToForeign = new boolean[n];
        double d = 0;
        double f = SWITCH; // documents start out Danish
        for (int i = 0; i < n; i++) {
            double dd = d;
            double fd = f + SWITCH;
            double df = d + SWITCH;
            double ff = f;
            fromForeignToDanish[i] = fd < dd;
            fromForeignToForeign[i] = ff <= df;
            d = Math.min(dd, fd) + danishCost[i];
            f = Math.min(df, ff) + foreignCost[i];
        }
        boolean[] foreign = new boolean[n];
        boolean state = f < d;
        for (int i = n - 1; i >= 0; i--) {
            foreign[i] = state;
            state = state ? fromForeignToForeign[i] : fromForeignToDanish[i];
        }
        return foreign;
    }
}
