package dk.kkr.core.danish;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The Danish dictionary the repair checks words against: Stavekontrolden's Hunspell {@code da_DK}
 * (inside LanguageTool's language-da), read with Lucene's Java Hunspell, and LanguageTool's list of
 * common Danish words in frequency order, which gives a rough word frequency.
 *
 * <p>Thread-safe: the parsed dictionary is immutable and each thread gets its own {@link Hunspell}.
 */
public final class DanishDictionary {

    private static final String HUNSPELL = "/org/languagetool/resource/da/hunspell/da_DK";
    private static final String COMMON_WORDS = "/org/languagetool/resource/da/common_words.txt";
    /** Rank given to a word the dictionary accepts but the frequency list does not know. */
    private static final int UNLISTED_RANK = 40_000;
    /** Rank given to a word the dictionary accepts only as a compound of two entries. */
    private static final int COMPOUND_RANK = 150_000;

    private final Dictionary dictionary;
    private final ThreadLocal<Hunspell> hunspell;
    private final Map<String, Integer> ranks;
    private final List<String> stems;
    private final CompoundStarts compoundStarts;
    private final String mostFrequent;
    private final Duration loadTime;
    /**
     * Hunspell's answers already given, by word: asking it is the costly part of reading Danish, and texts
     * repeat their words. Bounded: each is emptied when it holds {@value #REMEMBERED} answers.
     */
    private final Map<String, Boolean> accepted = new ConcurrentHashMap<>();
    private final Map<String, Boolean> acceptedSimple = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 100_000;

    private DanishDictionary(Dictionary dictionary, Map<String, Integer> ranks, List<String> stems,
                             CompoundStarts compoundStarts, Duration loadTime) {
        this.dictionary = dictionary;
        this.hunspell = ThreadLocal.withInitial(() -> new Hunspell(this.dictionary));
        this.ranks = ranks;
        this.stems = stems;
        this.compoundStarts = compoundStarts;
        this.mostFrequent = ranks.entrySet().stream().filter(e -> e.getValue() == 1).findFirst().orElseThrow().getKey();
        this.loadTime = loadTime;
    }

    /** The one dictionary of this process, read on first use and shared by every stage that needs it. */
    public static DanishDictionary shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        private static final DanishDictionary INSTANCE = load();
    }

    /** Reads the dictionary from the class path; takes a second or so, so load it once and share it. */
    public static DanishDictionary load() {
        long start = System.nanoTime();
        try (InputStream aff = open(HUNSPELL + ".aff"); InputStream dic = open(HUNSPELL + ".dic")) {
            byte[] affBytes = aff.readAllBytes();
            byte[] dicBytes = dic.readAllBytes();
            // a 3 MB .dic sorts faster in memory than through Lucene's offline sorter
            Dictionary dictionary = new Dictionary(new java.io.ByteArrayInputStream(affBytes),
                    List.of(new java.io.ByteArrayInputStream(dicBytes)), false, SortingStrategy.inMemory());
            String dicText = new String(dicBytes, StandardCharsets.UTF_8);
            List<String> stems = readStems(dicText);
            CompoundStarts compoundStarts = CompoundStarts.read(new String(affBytes, StandardCharsets.UTF_8), dicText);
            Map<String, Integer> ranks = readRanks();
            return new DanishDictionary(dictionary, ranks, stems, compoundStarts,
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Danish dictionary", e);
        } catch (ParseException e) {
            throw new IllegalStateException("cannot parse the Danish dictionary", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DanishDictionary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing on the class path: " + resource + " (org.languagetool:language-da)");
        }
        return in;
    }

    /** The dictionary entries without their affix flags, as a sample of how Danish words are spelled. */
    private static List<String> readStems(String dic) {
        List<String> out = new ArrayList<>(160_000);
        // the first line is the entry count
        for (int at = dic.indexOf('\n') + 1, eol; at > 0 && at < dic.length(); at = eol + 1) {
            eol = dic.indexOf('\n', at);
            eol = eol < 0 ? dic.length() : eol;
            int slash = dic.indexOf('/', at);
            String word = dic.substring(at, slash < 0 || slash > eol ? eol : slash).strip();
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    private static Map<String, Integer> readRanks() throws IOException {
        Map<String, Integer> ranks = new HashMap<>(20_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(COMMON_WORDS), StandardCharsets.UTF_8))) {
            int rank = 0;
            for (String line; (line = r.readLine()) != null; ) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    ranks.putIfAbsent(word, ++rank);
                }
            }
        }
        return Map.copyOf(ranks);
    }

    /** Whether Hunspell accepts the word as it is written (a capitalised form of a lower-case entry is fine). */
    public boolean accepts(String word) {
        return remembered(accepted, word, this::spell);
    }

    /**
     * As {@link #accepts(String)}, but without Hunspell's slow compound search where it cannot
     * succeed. Hunspell accepts a word of letters (it treats digits, dots and hyphens apart) as a
     * dictionary word, in one of the case variants it tries, or as a compound. So a word of letters
     * that is no dictionary word ({@code simple} answers {@link #acceptsSimple}, which tries the
     * same case variants) and has no split that could make a compound ({@link CompoundStarts}) is
     * rejected without asking Hunspell. The answer is the same; the many rejected spellings of a
     * damaged text are rejected several times faster. A common word goes to Hunspell at once, as
     * it is nearly always a dictionary word, which Hunspell accepts quickly.
     */
    public boolean accepts(String word, Predicate<String> simple) {
        if (!isCommon(word) && word.chars().allMatch(Character::isLetter) && !simple.test(word)
                && !compoundStarts.mayBeCompound(word, simple)) {
            return false;
        }
        return accepts(word);
    }

    /** Whether the word is a dictionary entry with its affixes, not only a compound of two entries. */
    public boolean acceptsSimple(String word) {
        return remembered(acceptedSimple, word, w -> {
            if (!hunspell.get().analyzeSimpleWord(w).isEmpty()) {
                return true;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            return !lower.equals(w) && !hunspell.get().analyzeSimpleWord(lower).isEmpty();
        });
    }

    /** Asks Hunspell itself, without remembering the answer: what one spell-check of one word costs. */
    public boolean spell(String word) {
        return hunspell.get().spell(word);
    }

    /**
     * Forgets Hunspell's answers given so far, so that the next words are checked as by a fresh
     * dictionary (the repair benchmark starts each repair from there).
     */
    public void forget() {
        accepted.clear();
        acceptedSimple.clear();
    }

    private static boolean remembered(Map<String, Boolean> answers, String word, Predicate<String> ask) {
        Boolean known = answers.get(word);
        if (known != null) {
            return known;
        }
        boolean answer = ask.test(word);
        if (answers.size() >= REMEMBERED) {
            answers.clear();
        }
        answers.put(word, answer);
        return answer;
    }

    /**
     * Natural log of a word's relative frequency, from its rank in the common-word list (Zipf's law);
     * words outside the list get the frequency of a rare word, compounds a rarer one still. Only call
     * it for words the dictionary accepts.
     */
    public double logFrequency(String word) {
        return logFrequency(word, this::acceptsSimple);
    }

    /** As {@link #logFrequency(String)}, asking {@code simple} instead of Hunspell whether the word is a plain entry. */
    public double logFrequency(String word, Predicate<String> simple) {
        if (isCommon(word) || simple.test(word)) {
            return maxLogFrequency(word);
        }
        return -Math.log(COMPOUND_RANK);
    }

    /**
     * The highest {@link #logFrequency} the word can have, known without asking Hunspell: its own
     * for a common word, that of an unlisted plain word otherwise.
     */
    public double maxLogFrequency(String word) {
        Integer rank = ranks.get(word.toLowerCase(Locale.ROOT));
        return -Math.log(rank != null ? rank + 10.0 : UNLISTED_RANK);
    }

    /** The word's rank in the common-word list (1 for the most common word), or 0 when it is not listed. */
    public int rank(String word) {
        return ranks.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    /** The first word of the common-word list. */
    public String mostFrequentWord() {
        return mostFrequent;
    }

    /** Whether the word is in the common-word list. */
    public boolean isCommon(String word) {
        return ranks.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The roots Hunspell finds for a word (its lemma entries), for grouping word forms. */
    public List<String> roots(String word) {
        return hunspell.get().getRoots(word.toLowerCase(Locale.ROOT));
    }

    /** The dictionary's entry words, unexpanded. */
    public List<String> stems() {
        return stems;
    }

    /** How long {@link #load()} took. */
    public Duration loadTime() {
        return loadTime;
    }
}
