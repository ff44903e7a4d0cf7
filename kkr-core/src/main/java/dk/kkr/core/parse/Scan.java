package dk.kkr.core.parse;

import dk.kkr.core.model.Span;

import java.util.List;

/**
 * A text's lines with their classified forms, the text's layout, and helpers to measure ranges of lines.
 * Joining lines into paragraphs is left to {@link Paragraphs}.
 *
 * @param spaced whether blank lines set the text's paragraphs apart (a clean export) rather than nothing
 *               at all (text taken from a PDF's text layer)
 */
record Scan(String text, List<Line> lines, List<LineForm> forms, boolean spaced) {

    /** A text is spaced when at least one in this many non-blank lines is followed by a blank line. */
    private static final int SPACED_RATIO = 5;


    static Scan of(String text) {
        List<Line> lines = Line.split(text);
        List<LineForm> forms = LineClassifier.classify(lines);
        int nonBlank = 0;
        int blankAfter = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nonBlank++;
                if (i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
                    blankAfter++;
                }
            }
        }
        return new Scan(text, lines, forms, blankAfter * SPACED_RATIO >= nonBlank);
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
}
