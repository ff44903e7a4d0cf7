package dk.kkr.core.table;

import java.math.BigDecimal;

/**
 * The arithmetic of one column of a total row: the {@code printed} total, the sum {@code computed} over the
 * table's other rows, {@code difference = printed - computed}, and the {@code tolerance} allowed for
 * rounding (see {@link TotalCheck}).
 */
public record ColumnCheck(int column, BigDecimal printed, BigDecimal computed, BigDecimal difference,
                          BigDecimal tolerance) {

    /** Whether the printed total agrees with the sum, within the rounding tolerance. */
    public boolean agrees() {
        return difference.abs().compareTo(tolerance) <= 0;
    }
}
