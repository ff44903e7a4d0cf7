package dk.kkr.service.calc;

import dk.kkr.core.calc.CalcResult;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A result laid out as a table, the same for the page, the command line and the downloads: the columns
 * (every row's keys, "kommune" first, in order of appearance), the rows' values, a totals row with the
 * totals that belong to a column, and the other totals (such as "overskrider" or "pladser_trykt") apart.
 * It also names the column a chart shows. Immutable.
 */
public record ResultTable(String model, List<String> columns, List<List<Object>> rows, List<BigDecimal> totalsRow,
                          Map<String, BigDecimal> otherTotals, List<String> steps, Map<String, String> params) {

    /** The word in the "kommune" column of the totals row. */
    public static final String TOTAL_LABEL = "I alt";

    /** The main output of each model, in order of preference; the first a result has is charted. */
    private static final Map<String, List<String>> MAIN_COLUMNS = Map.of(
            "weighted-key", List.of("pladser"),
            "scale", List.of("beløb"),
            "per-capita", List.of("bidrag"),
            "objective-financing", List.of("i_alt", "objektiv_finansiering"),
            "deficit-sharing", List.of("i_alt"),
            "rate-check", List.of("vækst_pct"),
            "audit", List.of("afvigelse"));

    public ResultTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        totalsRow = Collections.unmodifiableList(new ArrayList<>(totalsRow));
        otherTotals = Collections.unmodifiableMap(new LinkedHashMap<>(otherTotals));
        steps = List.copyOf(steps);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static ResultTable of(CalcResult result) {
        Set<String> columns = new LinkedHashSet<>();
        result.rows().forEach(row -> columns.addAll(row.keySet()));
        List<List<Object>> rows = result.rows().stream()
                .map(row -> columns.stream().map(row::get).toList()).toList();
        List<BigDecimal> totals = new ArrayList<>();
        columns.forEach(c -> totals.add(result.total().get(c)));
        Map<String, BigDecimal> others = new LinkedHashMap<>(result.total());
        others.keySet().removeAll(columns);
        return new ResultTable(result.model(), List.copyOf(columns), rows, totals, others, result.steps(),
                result.params());
    }

    /** Whether a column holds numbers (and nothing but numbers and empty cells). */
    public boolean numeric(int column) {
        return rows.stream().anyMatch(r -> r.get(column) instanceof BigDecimal)
                && rows.stream().allMatch(r -> r.get(column) == null || r.get(column) instanceof BigDecimal);
    }

    /** The column a chart of this result shows: the model's main output, else the last numeric column; -1 if none. */
    public int chartColumn() {
        for (String preferred : MAIN_COLUMNS.getOrDefault(model, List.of())) {
            int index = columns.indexOf(preferred);
            if (index >= 0 && numeric(index)) {
                return index;
            }
        }
        for (int i = columns.size() - 1; i > 0; i--) {
            if (numeric(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether there is a totals row: some column has a total. */
    public boolean hasTotalsRow() {
        return totalsRow.stream().anyMatch(t -> t != null);
    }

    /** The totals row as cells: "I alt" in the first column, then each column's total or null. */
    public List<Object> totalsLine() {
        List<Object> line = new ArrayList<>(totalsRow);
        line.set(0, TOTAL_LABEL);
        return line;
    }

    /** The widest text of a column, header and totals included, in characters. */
    public int width(int column) {
        int width = columns.get(column).length();
        for (List<Object> row : rows) {
            width = Math.max(width, text(row.get(column)).length());
        }
        return Math.max(width, text(totalsLine().get(column)).length());
    }

    /** A cell for reading: numbers the Danish way with their own decimals, text as it is, nothing as "". */
    public static String text(Object value) {
        return value instanceof BigDecimal number ? danish(number, true) : value == null ? "" : value.toString();
    }

    /** A number the Danish way with its own decimals: 1652253 → "1.652.253", 12.3400 → "12,3400", -5 → "-5". */
    public static String danish(BigDecimal number, boolean grouped) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setGroupingUsed(grouped);
        int decimals = Math.max(number.scale(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(number);
    }

    /** A column name for people: "objektiv_finansiering" → "Objektiv finansiering", "andel_pct" → "Andel %". */
    public static String label(String column) {
        String words = column.replace("_pct", " %").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
