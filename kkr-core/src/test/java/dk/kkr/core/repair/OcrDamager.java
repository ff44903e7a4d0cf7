package dk.kkr.core.repair;

import dk.kkr.core.danish.ConfusionModel;
import dk.kkr.core.danish.ConfusionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Damages clean Danish text the way the OCR of a scanned document does, by the confusion model's
 * rules run backwards: where a rule's correct side stands, its damaged side is written instead.
 *
 * <p>Rates follow the model and the dev document 002, which lost every æ, ø and å: a special letter
 * is always damaged, in one of the ways the rules for it allow, each chosen with a probability in
 * proportion to exp(-cost); a rule that starts with an ordinary letter ("t" read as "f" at the start
 * of a word, "lø" as "Ig", a lone "I" as "|") fires with its own probability exp(-cost). Seeded, so a damaged text is the same
 * on every run.
 */
final class OcrDamager {

    private final List<ConfusionRule> rules;
    private final Random random;

    OcrDamager(ConfusionModel model, long seed) {
        this.rules = model.rules();
        this.random = new Random(seed);
    }

    String damage(String clean) {
        StringBuilder out = new StringBuilder(clean.length());
        int i = 0;
        while (i < clean.length()) {
            List<ConfusionRule> matching = new ArrayList<>();
            for (ConfusionRule r : rules) {
                if (correctAt(r, clean, i)) {
                    matching.add(r);
                }
            }
            ConfusionRule chosen = choose(matching);
            if (chosen == null) {
                out.append(clean.charAt(i));
                i++;
            } else {
                out.append(damagedFor(chosen, clean.charAt(i)));
                i += chosen.correct().length();
            }
        }
        return out.toString();
    }

    /** One of the rules, or none: a special letter is always damaged, ordinary letters at their rule's rate. */
    private ConfusionRule choose(List<ConfusionRule> matching) {
        if (matching.isEmpty()) {
            return null;
        }
        boolean special = matching.stream().anyMatch(r -> isSpecial(r.correct().charAt(0)));
        double total = 0;
        for (ConfusionRule r : matching) {
            total += Math.exp(-r.cost());
        }
        double x = random.nextDouble() * (special ? total : Math.max(1, total));
        for (ConfusionRule r : matching) {
            x -= Math.exp(-r.cost());
            if (x < 0) {
                return r;
            }
        }
        return null;
    }

    /** Whether the rule's correct side stands at {@code at}, where the rule applies (start of a word, a whole word). */
    private static boolean correctAt(ConfusionRule r, String text, int at) {
        String correct = r.correct();
        int end = at + correct.length();
        if (end > text.length()) {
            return false;
        }
        String here = text.substring(at, end);
        boolean lowerRule = correct.equals(correct.toLowerCase(Locale.ROOT));
        if (!(here.equals(correct) || lowerRule && here.toLowerCase(Locale.ROOT).equals(correct))) {
            return false;
        }
        boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
        boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
        return switch (r.where()) {
            case ANY -> true;
            case START -> wordStart;
            case ALONE -> wordStart && wordEnd;
        };
    }

    /** The rule's damaged side, capitalised where the damaged letter was a capital (as the repair reads it back). */
    private static String damagedFor(ConfusionRule r, char original) {
        String damaged = r.damaged();
        if (Character.isUpperCase(original) && r.correct().equals(r.correct().toLowerCase(Locale.ROOT))) {
            return damaged.substring(0, 1).toUpperCase(Locale.ROOT) + damaged.substring(1);
        }
        return damaged;
    }

    private static boolean isSpecial(char c) {
        return "æøåÆØÅ".indexOf(c) >= 0;
    }
}
