package dk.kkr.core.calc;

import dk.kkr.core.danish.Municipality;
import dk.kkr.core.text.Messages;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table a model computes on: one row per municipality, in the order of the file, each with its cells
 * by column name (lower-cased, as in the header) and the numbers those cells hold. A printed sum row
 * ("I alt") is kept apart in {@link #printedTotals}. {@link #notes} say in Danish how the file was read.
 * Immutable.
 *
 * @param columns       the columns after "kommune", in file order
 * @param rows          the municipality rows, in file order
 * @param printedTotals the numbers of the printed sum row by column, empty when the table has none
 * @param notes         how the file was read (encoding, separator, number style, repaired names)
 */
public record CalcInput(List<String> columns, List<Row> rows, Map<String, BigDecimal> printedTotals,
                        List<String> notes) {

    public CalcInput {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        printedTotals = Collections.unmodifiableMap(new LinkedHashMap<>(printedTotals));
        notes = List.copyOf(notes);
    }

    /**
     * One municipality's row.
     *
     * @param line         the line in the file (the header is line 1), for error messages
     * @param municipality the municipality the first cell names
     * @param cells        every column's cell as written, stripped ("" when empty)
     * @param numbers      the cells that hold a number, as numbers
     */
    public record Row(int line, Municipality municipality, Map<String, String> cells, Map<String, BigDecimal> numbers) {

        public Row {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
            numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        }

        /** The number in a column; a missing column, an empty cell or text is an error naming line and column. */
        public BigDecimal number(String column) {
            BigDecimal value = numbers.get(column);
            if (value != null) {
                return value;
            }
            String where = Messages.text("calc.input.cell", String.valueOf(line), municipality.name(), column);
            if (!cells.containsKey(column)) {
                throw new CalcException(where + Messages.text("calc.input.noSuchColumn",
                        String.join(", ", cells.keySet())));
            }
            String cell = cells.get(column);
            throw new CalcException(where + (cell.isEmpty() ? Messages.text("calc.input.emptyCell")
                    : Messages.text("calc.input.notANumber", cell)));
        }

        /** The number in a column, or zero when the cell is empty; text is still an error. */
        public BigDecimal numberOrZero(String column) {
            return cells.getOrDefault(column, "").isEmpty() ? BigDecimal.ZERO : number(column);
        }

        /** The cell of a column as written, "" when empty or when the column does not exist. */
        public String text(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** Whether the table has the column (names are lower-case). */
    public boolean hasColumn(String column) {
        return columns.contains(column);
    }

    /** The column itself when the table has it; otherwise an error listing the columns there are. */
    public String column(String column) {
        String wanted = column.strip().toLowerCase(Locale.ROOT);
        if (!hasColumn(wanted)) {
            throw new CalcException(Messages.text("calc.input.missingColumn", column, String.join(", ", columns)));
        }
        return wanted;
    }

    /**
     * The column a parameter names, or else the first of the preferred names the table has, or else the
     * first numeric column.
     */
    public String chooseColumn(String named, String... preferred) {
        if (named != null) {
            return column(named);
        }
        for (String candidate : preferred) {
            if (hasColumn(candidate)) {
                return candidate;
            }
        }
        return numericColumns().stream().findFirst()
                .orElseThrow(() -> new CalcException(Messages.text("calc.input.noNumbers")));
    }

    /** The numeric columns in file order: those with at least one number and no text. */
    public List<String> numericColumns() {
        return columns.stream()
                .filter(c -> rows.stream().anyMatch(r -> r.numbers().containsKey(c))
                        && rows.stream().allMatch(r -> r.text(c).isEmpty() || r.numbers().containsKey(c)))
                .toList();
    }
}
