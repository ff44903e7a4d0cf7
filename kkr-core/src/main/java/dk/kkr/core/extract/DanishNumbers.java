package dk.kkr.core.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Danish texts write them: "." groups thousands ("1.652.253"), "," starts decimals ("2,6").
 * The one parser of such numbers in the project: the entity recognisers use {@link #NUMBER} inside
 * running text, the table extractor uses {@link #VALUE} and {@link #parseValue} for whole cells.
 * Stateless and thread-safe.
 */
public final class DanishNumbers {

    /**
     * A number not glued to other digits, dots or commas before it: either grouped by thousands
     * ("1.652.253") or plain ("2000", "3,9"). No capture groups, so it can be embedded.
     */
    public static final String NUMBER = "(?<![\\d.,])(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?";

    /**
     * A value as a table cell writes it: a {@link #NUMBER} with an optional sign ("-3,4", "−3,4", "–3,4",
     * "+2"), or in parentheses, the accountants' negative ("(1.234)"), and optionally marked as a percentage
     * ("12 %", "12%", "90 pct."). No capture groups, so it can be embedded.
     */
    public static final String VALUE = "(?:[-+\\u2212\\u2013]?" + NUMBER + "|\\(" + NUMBER + "\\))"
            + "(?:[ \\u00a0]?(?:%|pct\\.?+))?";

    private static final Pattern WHOLE = Pattern.compile(NUMBER);
    private static final Pattern WHOLE_VALUE = Pattern.compile(
            "(?:([-+\\u2212\\u2013]?)(" + NUMBER + ")|\\((" + NUMBER + ")\\))(?:[ \\u00a0]?(?:%|pct\\.?+))?");

    private DanishNumbers() {
    }

    /** The value of a plain {@link #NUMBER}; throws when the text is not one. */
    public static BigDecimal parse(String number) {
        if (!WHOLE.matcher(number).matches()) {
            throw new IllegalArgumentException("not a Danish number: " + number);
        }
        return new BigDecimal(number.replace(".", "").replace(',', '.'));
    }

    /**
     * The value of a whole {@link #VALUE}, surrounding white space ignored: "1.652.253" is 1652253,
     * "2,6" is 2.6, "-3,4" is -3.4, "(1.234)" is -1234, "12 %" is 12. Decimals are kept as printed
     * ("100,00" has scale 2). Empty when the text is anything else ("3.2", "12 mio.", "n/a").
     */
    public static Optional<BigDecimal> parseValue(String text) {
        Matcher m = WHOLE_VALUE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean inParentheses = m.group(3) != null;
        BigDecimal value = parse(inParentheses ? m.group(3) : m.group(2));
        boolean minus = inParentheses || !(m.group(1).isEmpty() || m.group(1).equals("+"));
        return Optional.of(minus ? value.negate() : value);
    }
}
