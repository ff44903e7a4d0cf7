package dk.kkr.core.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Recomputes a table's total row; the rules are stated on {@link TotalCheck}. */
final class TotalChecker {

    private TotalChecker() {
    }

    /** The check of the last total row, or empty when there is none or no column of it can be checked. */
    static Optional<TotalCheck> check(List<Row> rows) {
        int totalIndex = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (RowLabels.isTotal(rows.get(i).label())) {
                totalIndex = i;
            }
        }
        if (totalIndex < 0) {
            return Optional.empty();
        }
        List<Row> summed = rows.stream()
                .filter(r -> !RowLabels.isTotal(r.label()) && !RowLabels.isPart(r.label())).toList();
        List<Cell> totals = rows.get(totalIndex).cells();
        List<ColumnCheck> columns = new ArrayList<>();
        for (int column = 1; column < totals.size(); column++) {
            BigDecimal printed = totals.get(column).number();
            if (printed != null) {
                column(column, printed, summed).ifPresent(columns::add);
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(new TotalCheck(totalIndex, columns));
    }

    private static Optional<ColumnCheck> column(int column, BigDecimal printed, List<Row> summed) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        int decimals = Math.max(printed.scale(), 0);
        for (Row row : summed) {
            Cell cell = column < row.cells().size() ? row.cells().get(column) : null;
            if (cell != null && cell.isNumeric()) {
                sum = sum.add(cell.number());
                count++;
                decimals = Math.max(decimals, cell.number().scale());
            } else if (cell != null && !isNil(cell.text())) {
                return Optional.empty();
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        BigDecimal tolerance = decimals == 0 ? BigDecimal.ZERO
                : BigDecimal.ONE.movePointLeft(decimals).multiply(BigDecimal.valueOf(count));
        return Optional.of(new ColumnCheck(column, printed, sum, printed.subtract(sum), tolerance));
    }

    /** An empty cell or a dash, which tables print for nothing. */
    private static boolean isNil(String text) {
        return text.isEmpty() || text.equals("-") || text.equals("\u2013") || text.equals("\u2014");
    }
}
