package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.text.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A base amount per municipality scaled to a new total in whole kroner whose sum is exactly the total.
 * The total is given, or built from staffing and activity money: årsværk × pris pr. årsværk + aktivitet.
 */
final class ScaleModel implements CalcModel {

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String description() {
        return Messages.text("calc.scale.description");
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.optional("column", Messages.text("calc.scale.param.column")),
                CalcParam.optional("total", Messages.text("calc.scale.param.total")),
                CalcParam.optional("fte", Messages.text("calc.scale.param.fte")),
                CalcParam.optional("fte_cost", Messages.text("calc.scale.param.fteCost")),
                CalcParam.withDefault("activity", Messages.text("calc.scale.param.activity"), "0"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"));

        BigDecimal exactTotal;
        if (params.has("total") == (params.has("fte") || params.has("fte_cost"))) {
            throw new CalcException(Messages.text("calc.scale.totalOrFte"));
        }
        if (params.has("total")) {
            exactTotal = params.decimal("total");
            steps.add(Messages.text("calc.scale.step.total", format(exactTotal)));
        } else {
            BigDecimal fte = params.decimal("fte");
            BigDecimal cost = params.decimal("fte_cost");
            BigDecimal activity = params.decimal("activity");
            exactTotal = fte.multiply(cost).add(activity);
            steps.add(Messages.text("calc.scale.step.fte", format(fte), format(cost), format(activity),
                    format(exactTotal)));
        }
        BigDecimal total = exactTotal.setScale(0, RoundingMode.HALF_UP);
        if (total.compareTo(exactTotal) != 0) {
            steps.add(Messages.text("calc.scale.step.rounded", format(total)));
        }
        if (total.signum() < 0) {
            throw new CalcException(Messages.text("calc.scale.negative", format(total)));
        }

        List<LargestRemainder.Claim> claims = input.rows().stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList();
        BigDecimal baseSum = claims.stream().map(LargestRemainder.Claim::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        steps.add(Messages.text("calc.scale.step.baseSum", column, format(baseSum), String.valueOf(claims.size())));
        if (baseSum.signum() <= 0) {
            throw new CalcException(Messages.text("calc.scale.nothingToScale", column, format(baseSum)));
        }
        steps.add(Messages.text("calc.scale.step.factor", format(total), format(baseSum),
                format(total.divide(baseSum, 6, RoundingMode.HALF_UP))));
        LargestRemainder.Result split = LargestRemainder.apportion(claims, total.longValueExact());
        steps.add(split.explanation(Messages.text("calc.unit.kroner")));

        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal changeSum = BigDecimal.ZERO;
        for (LargestRemainder.Part part : split.parts()) {
            BigDecimal amount = BigDecimal.valueOf(part.units());
            BigDecimal change = amount.subtract(part.weight());
            changeSum = changeSum.add(change);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", part.municipality().name());
            row.put("grundbeløb", part.weight());
            row.put("andel_pct", part.weight().multiply(BigDecimal.valueOf(100)).divide(baseSum, 4, RoundingMode.HALF_UP));
            row.put("beløb", amount);
            row.put("ændring", change);
            rows.add(row);
        }
        steps.add(Messages.text("calc.scale.step.sum", format(total), format(changeSum)));
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("grundbeløb", baseSum);
        totals.put("beløb", total);
        totals.put("ændring", changeSum);
        return new CalcResult(name(), params.asMap(), rows, totals, steps);
    }
}
