package dk.kkr.core.extract;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as Danish texts write them: "." groups thousands ("1.652.253"), "," starts decimals ("2,6"). */
final class DanishNumbers {

    /**
     * A number not glued to other digits, dots or commas before it: either grouped by thousands
     * ("1.652.253") or plain ("2000", "3,9"). No capture groups, so it can be embedded.
     */
    static final String NUMBER = "(?<![\\d.,])(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?";

    private static final Pattern WHOLE = Pattern.compile(NUMBER);

    private DanishNumbers() {
    }

    static BigDecimal parse(String number) {
        if (!WHOLE.matcher(number).matches()) {
            throw new IllegalArgumentException("not a Danish number: " + number);
        }
        return new BigDecimal(number.replace(".", "").replace(',', '.'));
    }
}
