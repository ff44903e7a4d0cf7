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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fixed spellings, each standing for one value, found as whole words, case-sensitively (also written all in
 * capitals). A spelling given for two different values stands for neither: only unique matches are kept.
 * Where spellings overlap, the longest wins. Immutable and thread-safe.
 */
final class Lexicon<V> {

    private static final String NOT_WORD = "[\\p{L}\\d@&]";

    private final Map<String, V> values;
    private final Pattern pattern;

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
        String alternatives = values.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?<!" + NOT_WORD + ")(?:" + alternatives + ")(?!" + NOT_WORD + ")");
    }

    /** The spellings found in {@code text}, in text order. */
    List<Hit<V>> find(String text) {
        List<Hit<V>> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add(new Hit<>(m.start(), m.end(), values.get(m.group())));
        }
        return hits;
    }

    record Hit<V>(int start, int end, V value) {
    }
}
