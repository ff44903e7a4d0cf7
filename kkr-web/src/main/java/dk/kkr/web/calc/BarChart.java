package dk.kkr.web.calc;

import dk.kkr.core.text.Messages;
import dk.kkr.service.calc.ResultTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of one result column, one bar per row, laid out for an inline SVG that the
 * server renders (no script). Bars start at zero, so negative values point left. Coordinates are in the
 * SVG's own units and written with a decimal point. Immutable.
 *
 * @param title       the chart's accessible name
 * @param description what the chart shows in words, naming the largest and smallest value
 * @param zeroX       where the zero line stands
 */
public record BarChart(String title, String description, int width, int height, String zeroX, List<Bar> bars) {

    static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 170;
    private static final int VALUE_WIDTH = 110;
    private static final int ROW_HEIGHT = 24;
    private static final int BAR_HEIGHT = 16;
    private static final int TOP = 8;

    /** One row: its label, value as text, and the bar's place (absent when the row has no value). */
    public record Bar(String label, String value, String y, String textY, String x, String barWidth, boolean negative,
                      boolean hasValue) {
    }

    /** The chart of the table's chart column, or null when the table has nothing to chart. */
    public static BarChart of(ResultTable table) {
        int column = table.chartColumn();
        if (column < 0) {
            return null;
        }
        List<BigDecimal> values = table.rows().stream().map(r -> (BigDecimal) r.get(column)).toList();
        double min = 0;
        double max = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
            }
        }
        double span = max - min == 0 ? 1 : max - min;
        double barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        double zero = LABEL_WIDTH + (-min) / span * barArea;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i);
            double y = TOP + i * ROW_HEIGHT;
            String label = ResultTable.text(table.rows().get(i).get(0));
            if (v == null) {
                bars.add(new Bar(label, "–", coordinate(y), coordinate(y + BAR_HEIGHT - 3), coordinate(zero), "0",
                        false, false));
                continue;
            }
            double w = Math.abs(v.doubleValue()) / span * barArea;
            double x = v.signum() < 0 ? zero - w : zero;
            bars.add(new Bar(label, ResultTable.text(v), coordinate(y), coordinate(y + BAR_HEIGHT - 3), coordinate(x),
                    coordinate(w), v.signum() < 0, true));
        }
        String name = ResultTable.label(table.columns().get(column));
        return new BarChart(Messages.text("chart.title", name), describe(table, column, name), WIDTH, TOP * 2 + values.size() * ROW_HEIGHT,
                coordinate(zero), bars);
    }

    /** The label column's right edge and the value column's left edge, for the template's text anchors. */
    public String labelEnd() {
        return coordinate(LABEL_WIDTH - 6);
    }

    public String valueStart() {
        return coordinate(WIDTH - VALUE_WIDTH + 6);
    }

    private static String describe(ResultTable table, int column, String name) {
        List<Object> largest = null;
        List<Object> smallest = null;
        for (List<Object> row : table.rows()) {
            BigDecimal v = (BigDecimal) row.get(column);
            if (v != null && (largest == null || v.compareTo((BigDecimal) largest.get(column)) > 0)) {
                largest = row;
            }
            if (v != null && (smallest == null || v.compareTo((BigDecimal) smallest.get(column)) < 0)) {
                smallest = row;
            }
        }
        return largest == null ? Messages.text("chart.description", name)
                : Messages.text("chart.descriptionWithExtremes", name, ResultTable.text(largest.get(0)),
                ResultTable.text(largest.get(column)), ResultTable.text(smallest.get(0)),
                ResultTable.text(smallest.get(column)));
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
