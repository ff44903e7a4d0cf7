package dk.kkr.web.calc;

import dk.kkr.service.calc.ResultTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A result table as the page shows it: every cell already written the Danish way and marked numeric or
 * not, so the template only lays it out. Immutable.
 *
 * @param totals      the totals row, or null when the result has none
 * @param otherTotals the totals that belong to no column, as name and value
 */
public record TableView(List<Head> head, List<List<Cell>> rows, List<Cell> totals, List<Cell> otherTotals) {

    /** A column: its name in the data, its label for people, and whether it holds numbers. */
    public record Head(String name, String label, boolean numeric) {
    }

    /** A cell's text, or for {@code otherTotals} the label and the value. */
    public record Cell(String label, String text, boolean numeric) {
    }

    public static TableView of(ResultTable table) {
        List<Head> head = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            head.add(new Head(table.columns().get(c), ResultTable.label(table.columns().get(c)), c > 0 && table.numeric(c)));
        }
        List<List<Cell>> rows = table.rows().stream().map(row -> cells(row, head)).toList();
        List<Cell> others = table.otherTotals().entrySet().stream()
                .map(e -> new Cell(ResultTable.label(e.getKey()), ResultTable.text(e.getValue()), true)).toList();
        return new TableView(head, rows, table.hasTotalsRow() ? cells(table.totalsLine(), head) : null, others);
    }

    private static List<Cell> cells(List<Object> values, List<Head> head) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            cells.add(new Cell(head.get(c).label(), ResultTable.text(values.get(c)), head.get(c).numeric()));
        }
        return cells;
    }
}
