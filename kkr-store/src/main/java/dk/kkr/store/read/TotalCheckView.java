package dk.kkr.store.read;

import dk.kkr.core.model.Span;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table whose total row was checked: its shape (PIPE, ALIGNED, COLUMNWISE), number of rows, the total row's
 * label, its span, how many columns were checked, and the columns whose printed total is off by more than
 * rounding explains.
 */
public record TotalCheckView(long tableId, String kind, int rowCount, String totalLabel, Span span,
                             int columnsChecked, List<Discrepancy> discrepancies) {
    public TotalCheckView {
        discrepancies = List.copyOf(discrepancies);
    }

    /** A column (counted from 0, the labels being 0) whose printed total is not the sum of its rows. */
    public record Discrepancy(int column, String header, BigDecimal printed, BigDecimal computed,
                              BigDecimal difference) {
    }
}
