package dk.kkr.core.danish;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One OCR confusion: the scanner wrote {@code damaged} where the writer wrote {@code correct}.
 *
 * @param damaged  what the OCR wrote; lower-case letters match either case, upper-case letters only themselves
 * @param correct  what was meant; an upper-case letter here stays upper case
 * @param cost     -ln P(damaged | correct) in a damaged document
 * @param where    where in a word the rule applies
 * @param examples damaged word to repaired word, repaired by this rule alone
 * @param keep     words that look damaged by this rule but are right
 */
public record ConfusionRule(String damaged, String correct, double cost, Where where,
                            Map<String, String> examples, List<String> keep) {

    /** Where in a word a rule applies. */
    public enum Where { ANY, START, ALONE }

    public ConfusionRule {
        if (damaged.isEmpty() || correct.isEmpty() || cost <= 0) {
            throw new IllegalArgumentException("bad confusion rule: " + damaged + " -> " + correct + " " + cost);
        }
        examples = Map.copyOf(examples);
        keep = List.copyOf(keep);
    }

    /** Whether the rule's damaged side occurs in {@code word} at {@code at}. */
    public boolean matchesAt(String word, int at) {
        if (where == Where.START && at != 0) {
            return false;
        }
        if (where == Where.ALONE && (at != 0 || word.length() != damaged.length())) {
            return false;
        }
        if (at + damaged.length() > word.length()) {
            return false;
        }
        for (int i = 0; i < damaged.length(); i++) {
            char d = damaged.charAt(i);
            char w = word.charAt(at + i);
            if (d != w && !(Character.isLowerCase(d) && Character.toLowerCase(w) == d)) {
                return false;
            }
        }
        return true;
    }

    /** The replacement for the matched text, upper-cased where the matched text began upper case. */
    public String replacementFor(String word, int at) {
        char first = word.charAt(at);
        boolean upper = Character.isUpperCase(first) && Character.isLowerCase(damaged.charAt(0));
        if (upper) {
            return correct.substring(0, 1).toUpperCase(Locale.ROOT) + correct.substring(1);
        }
        return correct;
    }
}
