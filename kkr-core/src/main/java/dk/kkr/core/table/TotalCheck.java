package dk.kkr.core.table;

import java.util.List;

/**
 * The check of a table's total row (row {@code rowIndex}, labelled "I alt", "Total", "Sum", "Samlet",
 * "Hovedstaden i alt" …) against the sums of the other rows, one {@link ColumnCheck} per numeric column.
 *
 * <p>Rules: the total row is the last row with a total label; earlier total rows are subtotals and, like
 * rows labelled "Heraf …"/"Herunder …" (parts of the row above), are left out of the sums. A column is
 * checked when the total row has a number in it and every other row has a number, nothing or a dash
 * ("-", "–") there; a dash or nothing counts as 0. Rounding: when a column's cells show decimals they are
 * rounded, and each summed row may then be off by one unit of the finest decimal printed, so the tolerance
 * is (rows summed) × that unit (22 rows with two decimals: ±0,22). Whole numbers must add up exactly.
 */
public record TotalCheck(int rowIndex, List<ColumnCheck> columns) {
    public TotalCheck {
        columns = List.copyOf(columns);
    }

    /** Whether every checked column adds up within its tolerance. */
    public boolean agrees() {
        return columns.stream().allMatch(ColumnCheck::agrees);
    }

    /** The columns whose printed total is off by more than the tolerance. */
    public List<ColumnCheck> discrepancies() {
        return columns.stream().filter(c -> !c.agrees()).toList();
    }
}
