package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.danish.Municipality;
import dk.kkr.core.text.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A contribution per inhabitant: a rate in kroner per inhabitant, or a total divided per inhabitant.
 * Excluded municipalities (already paying under another agreement) pay nothing here. Rounding is a
 * policy: to øre, to whole kroner each (the sum may then differ from the exact sum by a few kroner), or to
 * whole kroner by the largest remainder method (the sum is exact). The region may match the
 * municipalities' contributions by a percentage.
 */
final class PerCapitaModel implements CalcModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "per-capita";
    }

    @Override
    public String description() {
        return Messages.text("calc.perCapita.description");
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.optional("column", Messages.text("calc.perCapita.param.column")),
                CalcParam.optional("rate", Messages.text("calc.perCapita.param.rate")),
                CalcParam.optional("total", Messages.text("calc.perCapita.param.total")),
                CalcParam.withDefault("rounding", Messages.text("calc.perCapita.param.rounding"), "kroner"),
                CalcParam.optional("exclude", Messages.text("calc.perCapita.param.exclude")),
                CalcParam.withDefault("region_match", Messages.text("calc.perCapita.param.regionMatch"), "0"),
                CalcParam.optional("region", Messages.text("calc.perCapita.param.region")));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"), "indbyggere");
        String rounding = params.text("rounding");
        if (!Set.of("oere", "kroner", "largest-remainder").contains(rounding)) {
            throw new CalcException(Messages.text("calc.perCapita.badRounding", rounding));
        }
        if (params.has("rate") == params.has("total")) {
            throw new CalcException(Messages.text("calc.perCapita.rateOrTotal"));
        }
        Set<Municipality> excluded = Set.copyOf(params.municipalities("exclude"));
        List<CalcInput.Row> paying = input.rows().stream().filter(r -> !excluded.contains(r.municipality())).toList();
        BigDecimal inhabitants = paying.stream().map(r -> r.number(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!excluded.isEmpty()) {
            steps.add(Messages.text("calc.perCapita.step.excluded",
                    String.join(", ", excluded.stream().map(Municipality::name).sorted().toList())));
        }
        steps.add(Messages.text("calc.perCapita.step.paying", String.valueOf(paying.size()), format(inhabitants),
                column));

        // Each municipality's exact amount is numerator × inhabitants / denominator.
        BigDecimal numerator;
        BigDecimal denominator;
        if (params.has("rate")) {
            numerator = params.decimal("rate");
            denominator = BigDecimal.ONE;
            steps.add(Messages.text("calc.perCapita.step.rate", format(numerator), format(inhabitants),
                    format(numerator.multiply(inhabitants))));
        } else {
            if (inhabitants.signum() <= 0) {
                throw new CalcException(Messages.text("calc.perCapita.noInhabitants", params.text("total")));
            }
            numerator = params.decimal("total");
            denominator = inhabitants;
            steps.add(Messages.text("calc.perCapita.step.total", format(numerator), format(inhabitants),
                    format(numerator.divide(inhabitants, 4, RoundingMode.HALF_UP))));
        }
        BigDecimal exactSum = numerator.multiply(inhabitants).divide(denominator, 10, RoundingMode.HALF_UP);

        Map<Municipality, BigDecimal> amounts = new LinkedHashMap<>();
        if (rounding.equals("largest-remainder")) {
            long target = exactSum.setScale(0, RoundingMode.HALF_UP).longValueExact();
            LargestRemainder.Result split = LargestRemainder.apportion(paying.stream()
                    .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList(), target);
            split.parts().forEach(p -> amounts.put(p.municipality(), BigDecimal.valueOf(p.units())));
            steps.add(Messages.text("calc.perCapita.step.largestRemainder", format(BigDecimal.valueOf(target))) + " "
                    + split.explanation(Messages.text("calc.unit.kroner")));
        } else {
            int scale = rounding.equals("oere") ? 2 : 0;
            paying.forEach(r -> amounts.put(r.municipality(),
                    numerator.multiply(r.number(column)).divide(denominator, scale, RoundingMode.HALF_UP)));
            BigDecimal rounded = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            steps.add(Messages.text(scale == 2 ? "calc.perCapita.step.roundedOere"
                    : "calc.perCapita.step.roundedKroner", format(rounded)) + (rounded.compareTo(exactSum) == 0 ? ""
                    : Messages.text("calc.perCapita.step.roundingMoves",
                    format(rounded.subtract(exactSum).stripTrailingZeros()))));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", r.municipality().name());
            row.put(column, r.number(column));
            row.put("grundlag", Messages.text(excluded.contains(r.municipality()) ? "calc.perCapita.basis.excluded"
                    : "calc.perCapita.basis.perInhabitant"));
            row.put("bidrag", amounts.getOrDefault(r.municipality(), BigDecimal.ZERO));
            rows.add(row);
        }
        BigDecimal municipalSum = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal match = params.decimal("region_match");
        BigDecimal regionPart = BigDecimal.ZERO;
        if (match.signum() != 0) {
            String region = region(params, input);
            regionPart = municipalSum.multiply(match).divide(HUNDRED, rounding.equals("oere") ? 2 : 0, RoundingMode.HALF_UP);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", region);
            row.put(column, null);
            row.put("grundlag", Messages.text("calc.perCapita.basis.region"));
            row.put("bidrag", regionPart);
            rows.add(row);
            steps.add(Messages.text("calc.perCapita.step.region", region, format(match), format(municipalSum),
                    format(regionPart)));
        }
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        total.put(column, inhabitants);
        total.put("bidrag", municipalSum.add(regionPart));
        steps.add(regionPart.signum() == 0 ? Messages.text("calc.perCapita.step.sum", format(municipalSum))
                : Messages.text("calc.perCapita.step.sumWithRegion", format(municipalSum.add(regionPart)),
                format(municipalSum), format(regionPart)));
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }

    private static String region(Params params, CalcInput input) {
        if (params.has("region")) {
            String written = params.text("region");
            return Params.region(written).orElseThrow(() -> new CalcException(
                    Messages.text("calc.perCapita.badRegion", written)));
        }
        List<String> regions = input.rows().stream().map(r -> r.municipality().region()).distinct().toList();
        if (regions.size() != 1) {
            throw new CalcException(Messages.text("calc.perCapita.severalRegions", String.join(", ", regions)));
        }
        return regions.get(0);
    }
}
