package dk.kkr.core.table;

import dk.kkr.core.model.Span;

import java.util.List;

/**
 * One row of a table. {@code span} is the smallest range that covers the row's cells: the row's line for
 * pipe and aligned tables; for a column-wise OCR table, whose cells stand on separate lines, it reaches
 * from the label to the row's last number and so also covers other rows' cells in between.
 */
public record Row(Span span, List<Cell> cells) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** The text of the first cell, the row's label ("Odense", "I alt"); empty for a row without cells. */
    public String label() {
        return cells.isEmpty() ? "" : cells.getFirst().text();
    }
}
