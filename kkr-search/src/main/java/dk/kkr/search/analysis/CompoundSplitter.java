package dk.kkr.search.analysis;

import dk.kkr.core.danish.DanishDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a Danish compound into the dictionary words it is made of: "fordelingsnøgle" → "fordeling",
 * "nøgle"; "sundhedskoordinationsudvalget" → "sundhed", "koordination", "udvalget". A split is accepted
 * only when every part is a word of the Hunspell {@code da_DK} dictionary on its own (with its inflections),
 * after dropping the linking "s" a head may carry (or a linking "e", in a word the dictionary does not list).
 * Of all splits the one with the fewest parts wins, then the one with the longest head; a part that is
 * itself a compound is split again.
 *
 * <p>Parts are at least {@value #MIN_PART} letters; a word the dictionary lists as a word of its own is
 * split only into parts of at least {@value #MIN_PART_OF_LISTED} letters, and never before a word that
 * is mostly a derivational ending ("ling", "ning" …), so "fordeling" and "indstilling" stay whole while
 * "nøglering" is still "nøgle" + "ring".
 *
 * <p>Thread-safe. Words are decided once and cached, as the same words come back in every document.
 */
public final class CompoundSplitter {

    static final int MIN_WORD = 7;
    private static final int MIN_PART = 3;
    private static final int MIN_PART_OF_LISTED = 4;
    private static final int MAX_PARTS = 3;
    private static final int MAX_CACHED = 500_000;
    /** Words that end many simple words and are no compound part there. */
    private static final Set<String> ENDINGS = Set.of("ling", "ning", "else", "ende", "inge", "lige", "skab",
            "heden");

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
        boolean listed = dictionary.acceptsSimple(word);
        List<String> parts = bestSplit(word, listed, MAX_PARTS);
        List<String> result = new ArrayList<>();
        if (parts != null) {
            for (String part : parts) {
                List<String> again = part.equals(word) ? List.of() : split(part);
                result.addAll(again.isEmpty() ? List.of(part) : again);
            }
        }
        result = List.copyOf(result);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(word, result);
        return result;
    }

    /** The best split of {@code word} into at most {@code maxParts} words, or null. */
    private List<String> bestSplit(String word, boolean listed, int maxParts) {
        if (maxParts < 2) {
            return null;
        }
        int minPart = listed ? MIN_PART_OF_LISTED : MIN_PART;
        List<String> best = null;
        for (int cut = word.length() - minPart; cut >= minPart; cut--) {
            String tail = word.substring(cut);
            if (listed && ENDINGS.contains(tail)) {
                continue;
            }
            String head = word(word.substring(0, cut), minPart, listed);
            if (head == null) {
                continue;
            }
            List<String> tailParts = dictionary.acceptsSimple(tail) ? List.of(tail)
                    : tail.length() >= 2 * minPart ? bestSplit(tail, false, maxParts - 1) : null;
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

    /** The head as a dictionary word, without its linking letter; or null. */
    private String word(String head, int minPart, boolean listed) {
        char last = head.charAt(head.length() - 1);
        boolean linking = last == 's' || last == 'e' && !listed;
        if (linking && head.length() > minPart) {
            String bare = head.substring(0, head.length() - 1);
            if (dictionary.acceptsSimple(bare)) {
                return bare;
            }
        }
        return dictionary.acceptsSimple(head) ? head : null;
    }
}
