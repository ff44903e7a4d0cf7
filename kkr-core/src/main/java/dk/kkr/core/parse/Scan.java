package dk.kkr.core.parse;

import dk.kkr.core.model.Span;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text's lines with their classified forms, the text's layout, and helpers to measure ranges of lines.
 *
 * @param width  the width the text's paragraphs are wrapped at: nine in ten lines of text are no longer
 * @param spaced whether blank lines set the text's paragraphs apart (a clean export) rather than nothing
 *               at all (text taken from a PDF's text layer)
 */
record Scan(String text, List<Line> lines, List<LineForm> forms, int width, boolean spaced) {

    /** A text is spaced when at least one in this many non-blank lines is followed by a blank line. */
    private static final int SPACED_RATIO = 5;

    /** A line that opens an item of a list: a bullet, "1." or "1)", "a)". */
    static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•–*]|\\d{1,2}[.)]|\\p{L}\\))\\s.*");

    static Scan of(String text) {
        List<Line> lines = Line.split(text);
        List<LineForm> forms = LineClassifier.classify(lines);
        int[] textLengths = new int[lines.size()];
        int count = 0;
        int nonBlank = 0;
        int blankAfter = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (forms.get(i) instanceof LineForm.Text) {
                textLengths[count++] = lines.get(i).trimmed().length();
            }
            if (!lines.get(i).isBlank()) {
                nonBlank++;
                if (i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
                    blankAfter++;
                }
            }
        }
        Arrays.sort(textLengths, 0, count);
        int width = count == 0 ? 0 : textLengths[(count - 1) * 9 / 10];
        return new Scan(text, lines, forms, width, blankAfter * SPACED_RATIO >= nonBlank);
    }

    int size() {
        return lines.size();
    }

    Line line(int index) {
        return lines.get(index);
    }

    LineForm form(int index) {
        return forms.get(index);
    }

    /** The index of the line that holds {@code offset} (or ends right before it); the line count past the end. */
    int lineAt(int offset) {
        int low = 0;
        int high = lines.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lines.get(mid).end() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The index of the first non-blank line at or after {@code from}, or -1. */
    int nextNonBlank(int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last non-blank line before {@code end} and at or after {@code from}, or -1. */
    int lastNonBlank(int from, int end) {
        for (int i = Math.min(end, lines.size()) - 1; i >= from; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** The span from the first to the last non-blank line of [from, end), or null when all are blank. */
    Span content(int from, int end) {
        int first = nextNonBlank(from);
        if (first < 0 || first >= end) {
            return null;
        }
        return lines.get(first).span().union(lines.get(lastNonBlank(first, end)).span());
    }

    /** Where {@code needle} first stands inside {@code within}; {@code within} itself if it is not there. */
    Span find(String needle, Span within) {
        int at = text.substring(within.start(), within.end()).indexOf(needle);
        return at < 0 ? within : new Span(within.start() + at, within.start() + at + needle.length());
    }

    /**
     * Whether line {@code i} is a hard-wrapped line whose text runs on into the next: both are lines of
     * text, the next opens no list item, and the next line's first word would not have fitted on this one.
     */
    boolean wrapsOnto(int i) {
        if (i + 1 >= lines.size() || !(forms.get(i) instanceof LineForm.Text)
                || !(forms.get(i + 1) instanceof LineForm.Text)) {
            return false;
        }
        String next = lines.get(i + 1).trimmed();
        if (LIST_ITEM.matcher(next).matches()) {
            return false;
        }
        int firstWord = next.split("\\s", 2)[0].length();
        return lines.get(i).trimmed().length() + 1 + firstWord > width;
    }

    /** The text of {@code span} with each wrapped line break inside it (see {@link #wrapsOnto}) made one space. */
    String prose(Span span) {
        StringBuilder out = new StringBuilder();
        int at = span.start();
        for (int i = lineAt(span.start()); i < lines.size() && lines.get(i).end() < span.end(); i++) {
            if (wrapsOnto(i)) {
                Line next = lines.get(i + 1);
                out.append(text.substring(at, lines.get(i).end()).stripTrailing()).append(' ');
                at = next.start() + next.text().indexOf(next.trimmed());
            }
        }
        return out.append(text, at, span.end()).toString();
    }
}
