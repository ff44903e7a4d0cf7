package dk.kkr.core.danish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Danish texts write them: "." groups thousands ("1.652.253"), "," starts decimals ("2,6"). The one
 * place that reads and writes them: the entity recognisers use {@link #NUMBER} inside running text, the table
 * extractor {@link #VALUE} and {@link #parseValue} for the cells of a document's tables, the calculation models
 * {@link #parseCell} for the cells of a spreadsheet, which may be written the Danish way or the plain way, and
 * {@link #format} writes a number the Danish way. Stateless and thread-safe.
 *
 * <p>{@link #parseCell} reads one cell after removing white space inside it, a leading sign ("-", "−", "+")
 * and a trailing "%" or "kr."/"kr":
 * <ul>
 * <li>no separator: an integer ("1550000");</li>
 * <li>both "." and ",": the last of them is the decimal mark, the other groups thousands in threes
 *     ("1.550.000,50" and "1,550,000.50");</li>
 * <li>only ",": one comma is a decimal comma ("4,6"); several group thousands ("1,550,000");</li>
 * <li>only ".": several dots group thousands ("1.550.000"); one dot is a decimal point ("4.6",
 *     "12345.678"), except in the one ambiguous shape — one to three digits, a dot and exactly three
 *     digits ("1.550") — which is read by the {@link Style}: Danish thousands (1550) in Danish text, a
 *     decimal point (1.55) in plain text.</li>
 * </ul>
 * Anything else is not a number.
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

    /** How to read the ambiguous "1.550". */
    public enum Style {
        /** "1.550" is one thousand five hundred and fifty. */
        DANISH,
        /** "1.550" is one point five five. */
        PLAIN
    }

    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d+,\\d+");
    private static final Pattern DECIMAL_POINT = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern AMBIGUOUS = Pattern.compile("\\d{1,3}\\.\\d{3}");
    private static final Pattern DANISH_GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern SUFFIX = Pattern.compile("(?i)\\s*(%|kr\\.?)$");

    /** The number a spreadsheet cell holds, or null when it holds none (an empty cell included). */
    public static BigDecimal parseCell(String cell, Style style) {
        String body = SUFFIX.matcher(cell.strip()).replaceFirst("").replaceAll("[\\s\\u00a0\\u202f]", "");
        boolean negative = false;
        if (!body.isEmpty() && "-−+".indexOf(body.charAt(0)) >= 0) {
            negative = body.charAt(0) != '+';
            body = body.substring(1);
        }
        String plain = plainDigits(body, style);
        if (plain == null) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        return negative ? value.negate() : value;
    }

    /**
     * Whether a cell shows itself to be written the Danish way: a decimal comma ("4,6", "1.550,5") or
     * thousands grouped by dots more than once ("1.550.000").
     */
    public static boolean looksDanish(String cell) {
        String body = cell.strip().replaceAll("[\\s\\u00a0\\u202f%]", "").replaceFirst("^[-−+]", "");
        return DECIMAL_COMMA.matcher(body).matches()
                || (DANISH_GROUPED.matcher(body).matches() && (body.contains(",") || body.indexOf('.') != body.lastIndexOf('.')));
    }

    private static String plainDigits(String body, Style style) {
        boolean dot = body.contains(".");
        boolean comma = body.contains(",");
        if (!dot && !comma) {
            return INTEGER.matcher(body).matches() ? body : null;
        }
        if (dot && comma) {
            boolean danish = body.lastIndexOf(',') > body.lastIndexOf('.');
            if (danish && DANISH_GROUPED.matcher(body).matches()) {
                return body.replace(".", "").replace(',', '.');
            }
            return !danish && ENGLISH_GROUPED.matcher(body).matches() ? body.replace(",", "") : null;
        }
        if (comma) {
            if (DECIMAL_COMMA.matcher(body).matches()) {
                return body.replace(',', '.');
            }
            return ENGLISH_GROUPED.matcher(body).matches() ? body.replace(",", "") : null;
        }
        if (body.indexOf('.') != body.lastIndexOf('.')) {
            return DANISH_GROUPED.matcher(body).matches() ? body.replace(".", "") : null;
        }
        if (AMBIGUOUS.matcher(body).matches() && style == Style.DANISH) {
            return body.replace(".", "");
        }
        return DECIMAL_POINT.matcher(body).matches() ? body : null;
    }

    /** The number written the Danish way, with its own scale: 1652253 → "1.652.253", 4.60 → "4,60". */
    public static String format(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(whole.charAt(i));
        }
        if (point >= 0) {
            out.append(',').append(plain, point + 1, plain.length());
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }

    /** The number rounded half up to {@code decimals} places and written the Danish way. */
    public static String format(BigDecimal value, int decimals) {
        return format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
