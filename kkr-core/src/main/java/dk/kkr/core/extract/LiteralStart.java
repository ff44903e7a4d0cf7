package dk.kkr.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can only start where a fixed text stands ("SAG-", "Dok"), after a lookbehind: the
 * same matches {@link Matcher#find()} gives, left to right and not overlapping, found by looking for the fixed text
 * first and matching from there. A pattern that opens with a lookbehind is otherwise tried at every position of
 * the text, which made these recognisers a tenth of the time of reading a long agenda.
 */
final class LiteralStart {

    private LiteralStart() {
    }

    /** The matches of {@code pattern} in {@code text}; every one of them starts with {@code literal}. */
    static List<MatchResult> matches(String literal, Pattern pattern, String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        int from = 0;
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, from)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                found.add(m.toMatchResult());
                from = Math.max(m.end(), at + 1);
            } else {
                from = at + 1;
            }
        }
        return found;
    }
}
