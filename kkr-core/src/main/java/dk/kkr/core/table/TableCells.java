package dk.kkr.core.table;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.model.Span;

/** Making cells from pieces of a line. */
final class TableCells {

    private TableCells() {
    }

    /**
     * The cell for {@code line[from, to)}, white space trimmed off both ends; {@code lineStart} is where
     * the line starts in the text. An empty cell gets an empty span where its piece starts.
     */
    static Cell cell(String line, int lineStart, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        String text = line.substring(start, end);
        return new Cell(text, new Span(lineStart + start, lineStart + end),
                DanishNumbers.parseValue(text).orElse(null));
    }
}
