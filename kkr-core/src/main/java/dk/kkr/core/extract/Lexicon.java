package dk.kkr.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fixed spellings, each standing for one value, found as whole words, case-sensitively (also written all in
 * capitals). A spelling given for two different values stands for neither: only unique matches are kept.
 * Where spellings overlap, the longest wins. Immutable and thread-safe.
 *
 * <p>Found by lookup, not by a pattern of all spellings: at each place where a word may start, the text of each
 * length a spelling has is looked up, longest first, so the cost is linear in the text, whatever the number of
 * spellings (thousands, with the damaged ones).
 */
final class Lexicon<V> {

    private final Map<String, V> values;
    /** The lengths the spellings have, longest first. */
    private final int[] lengths;
    /** The characters a spelling may start with. */
    private final Set<Character> firsts;

    /** {@code spellings} maps each value to the spellings that stand for it. */
    Lexicon(Map<V, Set<String>> spellings) {
        Map<String, V> byText = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        spellings.forEach((value, texts) -> {
            for (String text : texts) {
                for (String form : new LinkedHashSet<>(List.of(text, text.toUpperCase(Locale.ROOT)))) {
                    V clash = byText.putIfAbsent(form, value);
                    if (clash != null && !clash.equals(value)) {
                        ambiguous.add(form);
                    }
                }
            }
        });
        ambiguous.forEach(byText::remove);
        this.values = Map.copyOf(byText);
        this.lengths = values.keySet().stream().mapToInt(String::length).filter(n -> n > 0).distinct()
                .boxed().sorted(Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray();
        this.firsts = values.keySet().stream().filter(k -> !k.isEmpty()).map(k -> k.charAt(0))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The spellings found in {@code text}, in text order. */
    List<Hit<V>> find(String text) {
        List<Hit<V>> hits = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            Hit<V> hit = null;
            if (firsts.contains(text.charAt(i)) && (i == 0 || !wordChar(text.charAt(i - 1)))) {
                for (int length : lengths) {
                    int to = i + length;
                    V value = to <= n && (to == n || !wordChar(text.charAt(to))) ? values.get(text.substring(i, to)) : null;
                    if (value != null) {
                        hit = new Hit<>(i, to, value);
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = hit.end();
            }
        }
        return hits;
    }

    /** A character that would make a spelling part of a longer word: a letter, a digit, @ or &. */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '@' || c == '&';
    }

    record Hit<V>(int start, int end, V value) {
    }
}
