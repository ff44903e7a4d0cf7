package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.text.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a printed table: recomputes each column's total and compares it with the printed sum row (or
 * printed totals given as a parameter), and optionally checks that each row's own printed total equals the
 * sum of its parts. Every discrepancy beyond the tolerance is shown with its size.
 */
final class AuditModel implements CalcModel {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String description() {
        return Messages.text("calc.audit.description");
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.optional("printed", Messages.text("calc.audit.param.printed")),
                CalcParam.optional("columns", Messages.text("calc.audit.param.columns")),
                CalcParam.optional("row_total", Messages.text("calc.audit.param.rowTotal")),
                CalcParam.optional("parts", Messages.text("calc.audit.param.parts")),
                CalcParam.withDefault("tolerance", Messages.text("calc.audit.param.tolerance"), "0"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        BigDecimal tolerance = params.decimal("tolerance").abs();
        Map<String, BigDecimal> printed = new LinkedHashMap<>(input.printedTotals());
        params.pairs("printed").forEach((column, value) -> printed.put(input.column(column), value));
        List<String> columns = params.has("columns")
                ? params.list("columns").stream().map(input::column).toList()
                : input.columns().stream().filter(printed::containsKey).toList();
        String rowTotal = params.has("row_total") ? input.column(params.text("row_total")) : null;
        List<String> parts = params.has("parts") ? params.list("parts").stream().map(input::column).toList()
                : input.numericColumns().stream().filter(c -> !c.equals(rowTotal)).toList();
        if (columns.isEmpty() && rowTotal == null) {
            throw new CalcException(Messages.text("calc.audit.nothingToCheck"));
        }
        int discrepancies = 0;

        Map<String, BigDecimal> total = new LinkedHashMap<>();
        for (String column : columns) {
            BigDecimal sum = input.rows().stream().map(r -> r.numberOrZero(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
            total.put(column, sum);
            BigDecimal shown = printed.get(column);
            if (shown == null) {
                steps.add(Messages.text("calc.audit.step.noPrinted", column, format(sum),
                        String.valueOf(input.rows().size())));
                continue;
            }
            BigDecimal difference = shown.subtract(sum);
            total.put(column + "_trykt", shown);
            total.put(column + "_afvigelse", difference);
            boolean off = difference.abs().compareTo(tolerance) > 0;
            discrepancies += off ? 1 : 0;
            String compared = Messages.text("calc.audit.step.column", column, String.valueOf(input.rows().size()),
                    format(sum), format(shown));
            steps.add(compared + (difference.signum() == 0 ? Messages.text("calc.audit.step.agrees")
                    : Messages.text(difference.signum() > 0 ? "calc.audit.step.tooHigh" : "calc.audit.step.tooLow",
                    format(difference), format(difference.abs()))
                    + (off ? "." : Messages.text("calc.audit.step.withinTolerance", format(tolerance)))));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", r.municipality().name());
            columns.forEach(c -> row.put(c, r.numberOrZero(c)));
            if (rowTotal != null) {
                BigDecimal shown = r.number(rowTotal);
                BigDecimal sum = parts.stream().map(r::numberOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal difference = shown.subtract(sum);
                row.put(rowTotal, shown);
                row.put("beregnet_i_alt", sum);
                row.put("afvigelse", difference);
                if (difference.abs().compareTo(tolerance) > 0) {
                    discrepancies++;
                    steps.add(Messages.text("calc.audit.step.row", String.valueOf(r.line()), r.municipality().name(),
                            String.join(" + ", parts), format(sum), rowTotal, format(shown), format(difference)));
                }
            }
            rows.add(row);
        }
        if (rowTotal != null) {
            steps.add(Messages.text("calc.audit.step.rows", rowTotal, String.join(", ", parts)));
        }
        steps.add(Messages.text("calc.audit.step.found", discrepancies));
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }
}
