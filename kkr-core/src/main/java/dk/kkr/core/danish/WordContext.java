package dk.kkr.core.danish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * How Danish words follow each other: counts of words and of word pairs within a sentence, from clean
 * Danish text ({@code word-pairs.tsv.gz}: Debian's Danish documentation packages, never the Danish manual
 * pages, which are kept apart to measure the repair on). The repair asks it whether a reading fits
 * between its neighbours ("der får" rather than "der far"). Immutable and thread-safe.
 */
public final class WordContext {

    /** How many occurrences' worth a word's overall frequency weighs against what follows a given word. */
    private static final double SMOOTHING = 5.0;
    /** The most an association counts either way (nats): a few pairs of text are no proof. */
    public static final double MAX_ASSOCIATION = 3.0;

    private final Map<String, Integer> words;
    private final Map<String, Integer> pairs;
    private final long total;
    /** The counts these are added to (a document's own on top of the shipped ones), or null. */
    private final WordContext base;

    private WordContext(Map<String, Integer> words, Map<String, Integer> pairs, WordContext base) {
        this.words = words;
        this.pairs = pairs;
        this.base = base;
        long sum = base == null ? 0 : base.total;
        for (int c : words.values()) {
            sum += c;
        }
        this.total = sum;
    }

    /**
     * These counts with a document's own words and word pairs added (lower case, pairs as "WORD WORD"):
     * a document is the best witness of how it speaks. The maps are kept as they are, not copied.
     */
    public WordContext withDocument(Map<String, Integer> documentWords, Map<String, Integer> documentPairs) {
        return new WordContext(documentWords, documentPairs, this);
    }

    /** How often the word occurs in the counts added last (a document's own, for {@link #withDocument}). */
    public int ownCount(String word) {
        return words.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    private int words(String w) {
        return words.getOrDefault(w, 0) + (base == null ? 0 : base.words(w));
    }

    private int pairs(String p) {
        return pairs.getOrDefault(p, 0) + (base == null ? 0 : base.pairs(p));
    }

    /** The counts shipped with the project, read once. */
    public static WordContext shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final WordContext INSTANCE = read();
    }

    private static WordContext read() {
        try (InputStream in = WordContext.class.getResourceAsStream("word-pairs.tsv.gz")) {
            if (in == null) {
                throw new IllegalStateException("word-pairs.tsv.gz is missing from the class path");
            }
            return parse(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines "WORD<TAB>COUNT" and "WORD WORD<TAB>COUNT" ('#' begins a comment line). */
    static WordContext parse(InputStream in) throws IOException {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            String key = line.substring(0, tab);
            int count = Integer.parseInt(line.substring(tab + 1));
            (key.indexOf(' ') < 0 ? words : pairs).put(key, count);
        }
        return new WordContext(Collections.unmodifiableMap(words), Collections.unmodifiableMap(pairs), null);
    }

    /**
     * How much likelier {@code second} is right after {@code first} than anywhere (natural log, from 0 to
     * {@value #MAX_ASSOCIATION}): the pair's count against the second word's overall share, smoothed. Only
     * what the text shows counts: a pair it never saw, or a word it does not have, says nothing (0), as
     * the text may be too small or from too far a field to have it.
     */
    public double association(String first, String second) {
        String a = first.toLowerCase(Locale.ROOT);
        String b = second.toLowerCase(Locale.ROOT);
        int countA = words(a);
        int countB = words(b);
        if (countA == 0 || countB == 0) {
            return 0;
        }
        double pB = (double) countB / total;
        double pBAfterA = (pairs(a + ' ' + b) + SMOOTHING * pB) / (countA + SMOOTHING);
        return Math.max(0, Math.min(MAX_ASSOCIATION, Math.log(pBAfterA / pB)));
    }
}
