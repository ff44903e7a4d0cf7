package dk.kkr.core.danish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ways a name may stand in a text whose æ, ø and å were destroyed by OCR or typed without them, read off
 * the one confusion table ({@code confusions.tsv}): each æ, ø and å of the name may stand as any damaged form
 * of a rule that gives that letter back. The old spelling "aa" and "å" stand for each other (that is Danish
 * spelling, not damage), so "Aarhus" may stand as "Århus", "Arhus" or "&rhus", and "København" as
 * "Kgbenhavn". A name with more than four such letters is only taken as written.
 */
public final class Spellings {

    /** Where the name stands, which decides how much damage is believed. */
    public enum Context {
        /**
         * In running text: only the common misreadings (cost at most 2.5), and no damaged spelling shorter than
         * five characters unless it holds @ or &, because short ones are mostly ordinary words ("Fang", "Koge").
         */
        RUNNING_TEXT(2.5, 5),
        /** Alone, such as a cell of a table of municipalities: every misreading in the table. */
        ALONE(Double.POSITIVE_INFINITY, 0);

        private final double maxCost;
        private final int shortestPlainDamage;

        Context(double maxCost, int shortestPlainDamage) {
            this.maxCost = maxCost;
            this.shortestPlainDamage = shortestPlainDamage;
        }
    }

    private static final int MAX_DAMAGED_LETTERS = 4;
    private static final String DAMAGEABLE = "æøåÆØÅ";

    /**
     * The hand-written rules: their costs set which spellings of a name stand in running text; the
     * learned confusions (mostly of ordinary letters) would multiply a name's spellings.
     */
    private static final ConfusionModel MODEL = ConfusionModel.handWritten();

    private Spellings() {
    }

    /** The name as written first, then the damaged spellings it may have where it stands. */
    public static Set<String> of(String name, Context context) {
        List<String> parts = split(name);
        long damageable = parts.stream().filter(Spellings::isLetterToDamage).count();
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(name);
        if (damageable == 0 || damageable > MAX_DAMAGED_LETTERS) {
            return spellings;
        }
        List<String> partial = List.of("");
        boolean wordStart = true;
        for (String part : parts) {
            List<String> substitutes = isLetterToDamage(part) ? substitutes(part, wordStart, context.maxCost) : List.of(part);
            List<String> next = new ArrayList<>();
            for (String prefix : partial) {
                for (String substitute : substitutes) {
                    next.add(prefix + substitute);
                }
            }
            partial = next;
            wordStart = !Character.isLetter(part.charAt(part.length() - 1));
        }
        for (String spelling : partial) {
            if (spelling.length() >= context.shortestPlainDamage || spelling.contains("@") || spelling.contains("&")) {
                spellings.add(spelling);
            }
        }
        return spellings;
    }

    private static boolean isLetterToDamage(String part) {
        return part.length() == 1 && DAMAGEABLE.indexOf(part.charAt(0)) >= 0 || part.equalsIgnoreCase("aa");
    }

    /** The letter itself, its other spelling (å and aa) and its damaged forms, in the letter's case. */
    private static List<String> substitutes(String letter, boolean wordStart, double maxCost) {
        boolean upper = Character.isUpperCase(letter.charAt(0));
        String correct = letter.equalsIgnoreCase("aa") ? (upper ? "Å" : "å") : letter;
        Set<String> forms = new LinkedHashSet<>();
        forms.add(letter);
        forms.add(correct);
        if (correct.equalsIgnoreCase("å")) {
            forms.add(upper ? "Aa" : "aa");
        }
        String lower = correct.toLowerCase(Locale.ROOT);
        for (ConfusionRule rule : MODEL.rules()) {
            boolean gives = rule.correct().equals(correct) || upper && rule.correct().equals(lower);
            boolean applies = rule.where() == ConfusionRule.Where.ANY
                    || rule.where() == ConfusionRule.Where.START && wordStart;
            if (gives && applies && rule.cost() <= maxCost) {
                forms.add(upper ? capitalised(rule.damaged()) : rule.damaged());
            }
        }
        return List.copyOf(forms);
    }

    /** The damaged form with its first letter in upper case ("ae" as "Ae", "/e" as "/E"). */
    private static String capitalised(String damaged) {
        for (int i = 0; i < damaged.length(); i++) {
            if (Character.isLetter(damaged.charAt(i))) {
                return damaged.substring(0, i) + Character.toUpperCase(damaged.charAt(i)) + damaged.substring(i + 1);
            }
        }
        return damaged;
    }

    /** The name cut into the letters that OCR damages ("aa" counts as one) and the runs between them. */
    private static List<String> split(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            String two = name.substring(i, Math.min(name.length(), i + 2));
            String one = name.substring(i, i + 1);
            String damageable = isLetterToDamage(two) ? two : isLetterToDamage(one) ? one : null;
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
