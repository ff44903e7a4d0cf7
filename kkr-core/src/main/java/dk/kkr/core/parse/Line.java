package dk.kkr.core.parse;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a source text: its number (from 0), where it starts and ends in the text (the line break
 * excluded) and its characters.
 */
record Line(int index, int start, int end, String text) {

    /** What opens an item of a list: a bullet, "1." or "1)", "a)", then white space. */
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•–*]|\\d{1,2}[.)]|\\p{L}\\))\\s+");

    /** Splits a text into lines; a final line break does not open an empty last line. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(lines.size(), start, contentEnd, text.substring(start, contentEnd)));
            start = end + 1;
        }
        return lines;
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /**
     * Whether the line opens a page: OCR'd text and some PDF text layers mark a page's first line with one
     * leading space (where other lines have none), then text.
     */
    boolean opensPage() {
        return text.length() > 1 && text.charAt(0) == ' ' && !Character.isWhitespace(text.charAt(1));
    }

    /** The line's text without surrounding white space. */
    String trimmed() {
        return text.strip();
    }

    /** The whole line's content as a span, white space and markdown emphasis at both ends left out. */
    Span span() {
        return span(0, text.length());
    }

    /**
     * The span of the characters [from, to) of this line, narrowed past white space and markdown
     * emphasis marks at both ends.
     */
    Span span(int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isPadding(text.charAt(a))) {
            a++;
        }
        while (b > a && isPadding(text.charAt(b - 1))) {
            b--;
        }
        return new Span(start + a, start + b);
    }

    /** Whether a line's text (without surrounding white space) opens an item of a list. */
    static boolean opensListItem(String trimmed) {
        return BULLET.matcher(trimmed).lookingAt();
    }

    /** The line's content as a span, without the bullet or number that opens a list item. */
    Span withoutBullet() {
        Matcher bullet = BULLET.matcher(text);
        return span(bullet.lookingAt() ? bullet.end() : 0, text.length());
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || c == '*';
    }
}
