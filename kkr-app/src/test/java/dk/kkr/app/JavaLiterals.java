package dk.kkr.app;

import java.util.ArrayList;
import java.util.List;

/** The string literals of a Java source (text blocks too), as written between their quotes; comments skipped. */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), n);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), n) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = end(source.indexOf("\"\"\"", i + 3), n);
                literals.add(source.substring(i + 3, Math.min(close, n)));
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder literal = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        literal.append(source.charAt(j));
                        j++;
                    }
                    literal.append(source.charAt(j));
                    j++;
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int end(int index, int length) {
        return index < 0 ? length : index;
    }
}
