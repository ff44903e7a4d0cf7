package dk.kkr.core.table;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;

/** One line of a text, without its line break, and where it starts in the text. */
record SourceLine(String text, int start) {

    static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new SourceLine(text.substring(start, contentEnd), start));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    int end() {
        return start + text.length();
    }

    Span span() {
        return new Span(start, end());
    }

    boolean isBlank() {
        return text.isBlank();
    }

    /** The line without surrounding white space, as a cell, with its span in the text. */
    Cell strippedCell() {
        return TableCells.cell(text, start, 0, text.length());
    }
}
