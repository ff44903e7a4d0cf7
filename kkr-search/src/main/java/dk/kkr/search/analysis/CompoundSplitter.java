package dk.kkr.search.analysis;

import dk.kkr.core.repair.DanishDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a Danish compound into the dictionary words it is made of: "fordelingsnøgle" → "fordeling",
 * "nøgle"; "sundhedskoordinationsudvalget" → "sundhed", "koordination", "udvalget". A split is accepted
 * only when every part is a word of the Hunspell {@code da_DK} dictionary on its own (with its inflections),
 * after dropping the linking letter ("s" or "e") a head may carry. Of all such splits the one with the
 * fewest parts wins, then the one with the longest head.
 *
 * <p>Parts are at least {@value #MIN_PART} letters; a word the dictionary lists as a word of its own is
 * split only into parts of at least {@value #MIN_PART_OF_LISTED} letters, so "fordeling" is not read as
 * "for" + "deling" while "nøglering" is still "nøgle" + "ring".
 *
 * <p>Thread-safe. Words are decided once and cached, as the same words come back in every document.
 */
public final class CompoundSplitter {

    static final int MIN_WORD = 7;
    private static final int MIN_PART = 3;
    private static final int MIN_PART_OF_LISTED = 4;
    private static final int MAX_PARTS = 3;
    private static final int MAX_CACHED = 500_000;

    private final DanishDictionary dictionary;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    public CompoundSplitter(DanishDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The parts of a lower-case word, or an empty list when it is no compound of dictionary words. */
    public List<String> split(String word) {
        if (word.length() < MIN_WORD || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        int minPart = dictionary.acceptsSimple(word) ? MIN_PART_OF_LISTED : MIN_PART;
        List<String> parts = bestSplit(word, minPart, MAX_PARTS);
        List<String> result = parts == null ? List.of() : List.copyOf(parts);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(word, result);
        return result;
    }

    /** The best split of {@code word} into at most {@code maxParts} words, or null. */
    private List<String> bestSplit(String word, int minPart, int maxParts) {
        if (maxParts < 2) {
            return null;
        }
        List<String> best = null;
        for (int cut = word.length() - minPart; cut >= minPart; cut--) {
            String head = word(word.substring(0, cut), minPart);
            if (head == null) {
                continue;
            }
            String tail = word.substring(cut);
            List<String> tailParts = dictionary.acceptsSimple(tail) ? List.of(tail)
                    : tail.length() >= 2 * minPart ? bestSplit(tail, minPart, maxParts - 1) : null;
            if (tailParts == null) {
                continue;
            }
            List<String> parts = new ArrayList<>(1 + tailParts.size());
            parts.add(head);
            parts.addAll(tailParts);
            if (best == null || parts.size() < best.size()) {
                best = parts;
            }
            if (best.size() == 2) {
                return best;
            }
        }
        return best;
    }

    /** The head as a dictionary word, without its linking letter if it needs to lose one; or null. */
    private String word(String head, int minPart) {
        if (dictionary.acceptsSimple(head)) {
            return head;
        }
        char last = head.charAt(head.length() - 1);
        if ((last == 's' || last == 'e') && head.length() > minPart) {
            String bare = head.substring(0, head.length() - 1);
            if (dictionary.acceptsSimple(bare)) {
                return bare;
            }
        }
        return null;
    }
}
