package dk.kkr.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ways a name may stand in a text whose æ, ø and å were destroyed by OCR or written without them:
 * ø as g, @ or o; æ as ae, ee, z or ce; å (and the old spelling aa) as a, d or &. "Aarhus" may thus stand
 * as "Århus", "Arhus" or "&rhus", "København" as "Kgbenhavn". A damaged spelling of four letters or less
 * is left out unless it holds @ or &, because short ones are mostly ordinary words ("Fang", "Koge").
 */
final class OcrSpellings {

    /** Names with more letters to repair than this are only taken as written. */
    private static final int MAX_DAMAGED_LETTERS = 4;
    private static final int SHORTEST_PLAIN_DAMAGE = 5;

    private static final Map<String, List<String>> SUBSTITUTES = Map.of(
            "ø", List.of("ø", "g", "@", "o"),
            "Ø", List.of("Ø", "G", "@", "O"),
            "æ", List.of("æ", "ae", "ee", "z", "ce"),
            "Æ", List.of("Æ", "Ae", "Ee", "Z", "Ce"),
            "å", List.of("å", "aa", "a", "d", "&"),
            "Å", List.of("Å", "Aa", "A", "D", "&"),
            "aa", List.of("aa", "å", "a", "d", "&"),
            "Aa", List.of("Aa", "Å", "A", "D", "&"));

    private OcrSpellings() {
    }

    /** The name as written first, then its damaged spellings. */
    static Set<String> of(String name) {
        List<String> parts = split(name);
        long damageable = parts.stream().filter(SUBSTITUTES::containsKey).count();
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(name);
        if (damageable == 0 || damageable > MAX_DAMAGED_LETTERS) {
            return spellings;
        }
        List<String> partial = List.of("");
        for (String part : parts) {
            List<String> next = new ArrayList<>();
            for (String prefix : partial) {
                for (String substitute : SUBSTITUTES.getOrDefault(part, List.of(part))) {
                    next.add(prefix + substitute);
                }
            }
            partial = next;
        }
        for (String spelling : partial) {
            if (spelling.length() >= SHORTEST_PLAIN_DAMAGE || spelling.contains("@") || spelling.contains("&")) {
                spellings.add(spelling);
            }
        }
        return spellings;
    }

    /** The name cut into the letters that OCR damages ("aa" counts as one) and the runs between them. */
    private static List<String> split(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            String two = name.substring(i, Math.min(name.length(), i + 2));
            String one = name.substring(i, i + 1);
            String damageable = SUBSTITUTES.containsKey(two) ? two : SUBSTITUTES.containsKey(one) ? one : null;
            if (damageable == null) {
                run.append(name.charAt(i));
                continue;
            }
            if (!run.isEmpty()) {
                parts.add(run.toString());
                run.setLength(0);
            }
            parts.add(damageable);
            i += damageable.length() - 1;
        }
        if (!run.isEmpty()) {
            parts.add(run.toString());
        }
        return parts;
    }
}
