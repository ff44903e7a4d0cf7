package dk.kkr.core.parse;

import java.util.Arrays;

/** The order of agenda item numbers: "3" → "3.1" → "3.1.1" → "3.2" → "4". Stateless. */
final class ItemNumbers {

    private ItemNumbers() {
    }

    /**
     * Whether {@code next} may follow {@code previous} in an agenda: it is the next sibling, the first
     * child, or the next sibling of an ancestor. With no previous item, the sequence opens at a first
     * number ("1", "1.1", or any number whose last part is 1).
     */
    static boolean follows(String previous, String next) {
        int[] n = parts(next);
        if (previous == null) {
            return n[n.length - 1] == 1;
        }
        int[] p = parts(previous);
        if (n.length == p.length + 1 && n[n.length - 1] == 1 && startsWith(n, p, p.length)) {
            return true;
        }
        if (n.length > p.length) {
            return false;
        }
        return startsWith(n, p, n.length - 1) && n[n.length - 1] == p[n.length - 1] + 1;
    }

    /** Orders numbers part by part: "3.2" before "3.10" before "4"; a number before its children. */
    static int compare(String a, String b) {
        return Arrays.compare(parts(a), parts(b));
    }

    private static boolean startsWith(int[] number, int[] prefix, int length) {
        return Arrays.equals(number, 0, length, prefix, 0, length);
    }

    private static int[] parts(String number) {
        return Arrays.stream(number.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
