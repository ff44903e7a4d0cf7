package dk.kkr.core.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A MinHash signature of a text's content: the words, folded to lower case and stripped of layout
 * (hard wraps, line-break hyphens, punctuation, markup), taken four at a time. Two extractions of one
 * document — a clean export and raw PDF text, a PDF and its text file — share most of their word runs
 * and so most signature slots, whatever their layout; different documents share almost none. The
 * share of equal slots estimates the Jaccard similarity of the two texts' word runs. Immutable.
 */
public final class Fingerprint {

    /** Signature length: the estimate's standard error is about 1/sqrt(SLOTS). */
    public static final int SLOTS = 128;
    private static final int SHINGLE = 4;
    /**
     * Slots a band: two texts share at least one of the {@value #BANDS} bands with probability
     * 1 - (1 - s^3)^42 for similarity s: 0.996 at 0.5 (the near-duplicate threshold), 0.29 at 0.2, 0.04 at
     * 0.1, and almost never for different documents (s ≤ 0.01).
     */
    public static final int BAND_SLOTS = 3;
    public static final int BANDS = SLOTS / BAND_SLOTS;

    private final long[] slots;

    private Fingerprint(long[] slots) {
        this.slots = slots;
    }

    public static Fingerprint of(String text) {
        List<String> words = words(text);
        long[] min = new long[SLOTS];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long shingle = hash(String.join(" ", words.subList(i, i + SHINGLE)));
            for (int s = 0; s < SLOTS; s++) {
                long h = mix(shingle ^ SEEDS[s]);
                if (h < min[s]) {
                    min[s] = h;
                }
            }
        }
        return new Fingerprint(min);
    }

    /** The estimated share of word runs the two texts have in common, 0 to 1. */
    public double similarity(Fingerprint other) {
        int equal = 0;
        int filled = 0;
        for (int s = 0; s < SLOTS; s++) {
            if (slots[s] != Long.MAX_VALUE || other.slots[s] != Long.MAX_VALUE) {
                filled++;
                equal += slots[s] == other.slots[s] ? 1 : 0;
            }
        }
        return filled == 0 ? 0 : (double) equal / filled;
    }

    /**
     * The keys of the signature's bands (locality-sensitive hashing): texts that share a key are the only
     * candidates for being alike, so a new text is compared only with those, not with every stored one. A
     * band with no slot filled (a text of fewer than four words) has no key.
     */
    public long[] bandKeys() {
        long[] keys = new long[BANDS];
        int n = 0;
        for (int b = 0; b < BANDS; b++) {
            long key = mix(b + 1L);
            boolean filled = false;
            for (int s = b * BAND_SLOTS; s < (b + 1) * BAND_SLOTS; s++) {
                filled |= slots[s] != Long.MAX_VALUE;
                key = mix(key ^ slots[s]);
            }
            if (filled) {
                keys[n++] = key;
            }
        }
        return Arrays.copyOf(keys, n);
    }

    /** The signature as text, for storage: SLOTS hexadecimal numbers. */
    public String encode() {
        StringBuilder out = new StringBuilder(SLOTS * 17);
        for (long slot : slots) {
            out.append(String.format(Locale.ROOT, "%016x", slot));
        }
        return out.toString();
    }

    public static Fingerprint decode(String encoded) {
        if (encoded.length() != SLOTS * 16) {
            throw new IllegalArgumentException("not a fingerprint: " + encoded.length() + " characters");
        }
        long[] slots = new long[SLOTS];
        for (int s = 0; s < SLOTS; s++) {
            slots[s] = Long.parseUnsignedLong(encoded, s * 16, s * 16 + 16, 16);
        }
        return new Fingerprint(slots);
    }

    /** The words of a text with layout removed: a hyphen that ends a line joins the word it splits. */
    static List<String> words(String text) {
        String joined = text.replaceAll("(\\p{L})-[ \\t]*\\n\\s*(\\p{Ll})", "$1$2");
        String folded = Normalizer.normalize(joined, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty()) {
                words.add(token);
            }
        }
        return words;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A 64-bit finaliser (splitmix64): spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final long[] SEEDS = new long[SLOTS];

    static {
        long seed = 0x5DEECE66DL;
        for (int s = 0; s < SLOTS; s++) {
            seed = mix(seed + 0x9e3779b97f4a7c15L);
            SEEDS[s] = seed;
        }
    }
}
