package dk.kkr.core.repair;

import java.util.Collection;
import java.util.Locale;

/**
 * How Danish-looking a spelling is: a letter trigram model with add-one smoothing, trained on the
 * dictionary's entry words. It orders repair candidates before the (slower) dictionary check, so
 * that "døgn" is tried before "dgøn". Immutable after construction, thread-safe.
 */
final class CharTrigramModel {

    /** Letters with their own symbol; everything else shares one. Index 0 is the word boundary. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzæøåé";
    private static final int SIZE = ALPHABET.length() + 2;
    private static final int BOUNDARY = 0;
    private static final int OTHER = SIZE - 1;
    /** {@link #symbol(char)} of every char, looked up rather than searched for in the alphabet. */
    private static final byte[] SYMBOLS = symbols();

    private final float[] cost = new float[SIZE * SIZE * SIZE];
    private final boolean[] seen = new boolean[SIZE * SIZE * SIZE];

    CharTrigramModel(Collection<String> words) {
        int[] tri = new int[SIZE * SIZE * SIZE];
        int[] bi = new int[SIZE * SIZE];
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            int a = BOUNDARY;
            int b = BOUNDARY;
            for (int i = 0; i <= w.length(); i++) {
                int c = i < w.length() ? symbol(w.charAt(i)) : BOUNDARY;
                tri[(a * SIZE + b) * SIZE + c]++;
                bi[a * SIZE + b]++;
                a = b;
                b = c;
            }
        }
        for (int ab = 0; ab < SIZE * SIZE; ab++) {
            for (int c = 0; c < SIZE; c++) {
                int i = ab * SIZE + c;
                cost[i] = (float) -Math.log((tri[i] + 1.0) / (bi[ab] + SIZE));
                seen[i] = tri[i] > 0;
            }
        }
    }

    static int symbol(char ch) {
        return SYMBOLS[ch];
    }

    private static byte[] symbols() {
        byte[] out = new byte[Character.MAX_VALUE + 1];
        for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
            int i = ALPHABET.indexOf(Character.toLowerCase((char) ch));
            out[ch] = (byte) (i < 0 ? OTHER : i + 1);
        }
        return out;
    }

    /** -ln P(c | a b) for symbols as given by {@link #symbol(char)} (0 for the word boundary). */
    float cost(int a, int b, int c) {
        return cost[(a * SIZE + b) * SIZE + c];
    }

    /**
     * Whether the trigram {@code a b c} occurs in some dictionary entry. A word's ending is not
     * asked about: inflection makes endings the entries lack.
     */
    boolean seen(int a, int b, int c) {
        return seen[(a * SIZE + b) * SIZE + c];
    }

    /** -ln P(word), the boundaries included. */
    double cost(String word) {
        int a = BOUNDARY;
        int b = BOUNDARY;
        double sum = 0;
        for (int i = 0; i <= word.length(); i++) {
            int c = i < word.length() ? symbol(word.charAt(i)) : BOUNDARY;
            sum += cost(a, b, c);
            a = b;
            b = c;
        }
        return sum;
    }

    static int boundary() {
        return BOUNDARY;
    }
}
