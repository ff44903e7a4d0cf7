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
 * Objective financing of secure institutions: the placing municipality pays a fixed rate (an annual
 * rate turned into a daily rate: 1.652.253 kr. a year is 4.527 kr. a day), which covers its share of the
 * price of a place; the rest is a pool divided between the municipalities by their number of 15–17-year-
 * olds on 1 January of the year before the operating year. A surplus or deficit from the final accounts
 * of an earlier year is carried into the basis.
 */
final class ObjectiveFinancingModel implements CalcModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "objective-financing";
    }

    @Override
    public String description() {
        return Messages.text("calc.objective.description");
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("annual_rate", Messages.text("calc.objective.param.annualRate")),
                CalcParam.withDefault("days", Messages.text("calc.objective.param.days"), "365"),
                CalcParam.withDefault("municipal_share", Messages.text("calc.objective.param.municipalShare"), "50"),
                CalcParam.optional("pool", Messages.text("calc.objective.param.pool")),
                CalcParam.optional("places", Messages.text("calc.objective.param.places")),
                CalcParam.withDefault("surplus", Messages.text("calc.objective.param.surplus"), "0"),
                CalcParam.optional("column", Messages.text("calc.objective.param.column")),
                CalcParam.optional("days_column", Messages.text("calc.objective.param.daysColumn")),
                CalcParam.optional("year", Messages.text("calc.objective.param.year")));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"), "unge_15_17");

        BigDecimal annual = params.decimal("annual_rate");
        BigDecimal days = params.decimal("days");
        if (days.signum() <= 0) {
            throw new CalcException(Messages.text("calc.objective.daysPositive"));
        }
        BigDecimal daily = annual.divide(days, 0, RoundingMode.HALF_UP);
        steps.add(Messages.text("calc.objective.step.daily", format(annual), format(days),
                format(annual.divide(days, 2, RoundingMode.HALF_UP)), format(daily)));

        BigDecimal share = params.decimal("municipal_share");
        if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
            throw new CalcException(Messages.text("calc.objective.badShare", format(share)));
        }
        BigDecimal price = annual.multiply(HUNDRED).divide(share, 0, RoundingMode.HALF_UP);
        steps.add(Messages.text("calc.objective.step.price", format(share), format(annual), format(price),
                format(HUNDRED.subtract(share)), format(price.subtract(annual))));

        BigDecimal pool;
        if (params.has("pool")) {
            pool = params.decimal("pool");
            steps.add(Messages.text("calc.objective.step.pool", format(pool)));
        } else if (params.has("places")) {
            BigDecimal places = params.decimal("places");
            pool = places.multiply(price.subtract(annual));
            steps.add(Messages.text(places.compareTo(BigDecimal.ONE) == 0 ? "calc.objective.step.place"
                    : "calc.objective.step.places", format(places), format(price.subtract(annual)), format(pool)));
        } else {
            throw new CalcException(Messages.text("calc.objective.poolOrPlaces"));
        }
        BigDecimal surplus = params.decimal("surplus");
        BigDecimal basis = pool.subtract(surplus).setScale(0, RoundingMode.HALF_UP);
        if (surplus.signum() != 0) {
            steps.add(Messages.text(surplus.signum() > 0 ? "calc.objective.step.surplus" : "calc.objective.step.deficit",
                    format(surplus.abs()), format(pool), format(surplus), format(basis)));
        }
        if (basis.signum() < 0) {
            throw new CalcException(Messages.text("calc.objective.negativeBasis", format(basis)));
        }

        List<LargestRemainder.Claim> claims = input.rows().stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList();
        BigDecimal youth = claims.stream().map(LargestRemainder.Claim::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (youth.signum() <= 0) {
            throw new CalcException(Messages.text("calc.objective.noYouth", column));
        }
        String dateText = params.has("year") ? Messages.text("calc.objective.countedYear",
                String.valueOf(params.whole("year") - 1)) : Messages.text("calc.objective.countedYearBefore");
        steps.add(Messages.text("calc.objective.step.share", format(basis), format(youth), dateText, column,
                format(basis.divide(youth, 2, RoundingMode.HALF_UP))));
        LargestRemainder.Result split = LargestRemainder.apportion(claims, basis.longValueExact());
        steps.add(split.explanation(Messages.text("calc.unit.kroner")));

        String daysColumn = params.has("days_column") ? input.column(params.text("days_column")) : null;
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        total.put(column, youth);
        total.put("objektiv_finansiering", basis);
        for (int i = 0; i < claims.size(); i++) {
            CalcInput.Row r = input.rows().get(i);
            LargestRemainder.Part part = split.parts().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", part.municipality().name());
            row.put(column, part.weight());
            row.put("andel_pct", part.weight().multiply(HUNDRED).divide(youth, 4, RoundingMode.HALF_UP));
            BigDecimal objective = BigDecimal.valueOf(part.units());
            row.put("objektiv_finansiering", objective);
            if (daysColumn != null) {
                BigDecimal placed = r.numberOrZero(daysColumn);
                BigDecimal paid = placed.multiply(daily);
                row.put("døgn", placed);
                row.put("takstbetaling", paid);
                row.put("i_alt", objective.add(paid));
                total.merge("døgn", placed, BigDecimal::add);
                total.merge("takstbetaling", paid, BigDecimal::add);
                total.merge("i_alt", objective.add(paid), BigDecimal::add);
            }
            rows.add(row);
        }
        if (daysColumn != null) {
            steps.add(Messages.text("calc.objective.step.daysPaid", format(daily), daysColumn,
                    format(total.get("takstbetaling"))));
        }
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }
}
