package dk.kkr.core.table;

import dk.kkr.core.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table found in a text: where it stands, its header (empty when none was recognised; a header cell
 * may be empty), its rows in order, the shape it was found in, and the check of its total row, if it has
 * one that could be checked.
 */
public record Table(Span span, List<String> header, List<Row> rows, Kind kind, Optional<TotalCheck> total) {

    /** The shape a table was recognised in. */
    public enum Kind {
        /** Markdown pipe table with a separator row ("|---|---|"). */
        PIPE,
        /** Consecutive lines of a label followed by numbers ("Aabenraa      1.234.567   12,5"). */
        ALIGNED,
        /** OCR read a table column by column: a run of labels, then a run of numbers per column. */
        COLUMNWISE
    }

    public Table {
        Objects.requireNonNull(span, "span");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(total, "total");
    }
}
