package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

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
        return "Skalerer et grundbeløb pr. kommune til en ny total i hele kroner, så summen præcis er totalen.";
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.optional("column", "Kolonnen med grundbeløbet; udelades den, bruges første talkolonne"),
                CalcParam.optional("total", "Den nye total i kroner"),
                CalcParam.optional("fte", "Antal årsværk, når totalen bygges af personale og aktivitet"),
                CalcParam.optional("fte_cost", "Pris pr. årsværk i kroner"),
                CalcParam.withDefault("activity", "Aktivitetsmidler i kroner, der lægges til lønsummen", "0"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"));

        BigDecimal exactTotal;
        if (params.has("total") == (params.has("fte") || params.has("fte_cost"))) {
            throw new CalcException("Angiv enten 'total' eller 'fte' og 'fte_cost' (og evt. 'activity'), ikke begge eller ingen");
        }
        if (params.has("total")) {
            exactTotal = params.decimal("total");
            steps.add("Den nye total er angivet: " + format(exactTotal) + " kr.");
        } else {
            BigDecimal fte = params.decimal("fte");
            BigDecimal cost = params.decimal("fte_cost");
            BigDecimal activity = params.decimal("activity");
            exactTotal = fte.multiply(cost).add(activity);
            steps.add("Den nye total bygges af personale og aktivitet: " + format(fte) + " årsværk × " + format(cost)
                    + " kr. + " + format(activity) + " kr. i aktivitetsmidler = " + format(exactTotal) + " kr.");
        }
        BigDecimal total = exactTotal.setScale(0, RoundingMode.HALF_UP);
        if (total.compareTo(exactTotal) != 0) {
            steps.add("Totalen afrundes (halvt op) til hele kroner: " + format(total) + " kr.");
        }
        if (total.signum() < 0) {
            throw new CalcException("Totalen kan ikke være negativ (" + format(total) + " kr.)");
        }

        List<LargestRemainder.Claim> claims = input.rows().stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList();
        BigDecimal baseSum = claims.stream().map(LargestRemainder.Claim::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        steps.add("Grundbeløbene i kolonnen '" + column + "' summerer til " + format(baseSum) + " kr. for "
                + claims.size() + " kommuner.");
        if (baseSum.signum() <= 0) {
            throw new CalcException("Grundbeløbene i kolonnen '" + column + "' summerer til " + format(baseSum)
                    + " kr.; der er intet at skalere efter");
        }
        steps.add("Skaleringsfaktoren er " + format(total) + " / " + format(baseSum) + " = "
                + format(total.divide(baseSum, 6, RoundingMode.HALF_UP))
                + " (vist med 6 decimaler; regningen er eksakt). Hver kommunes kvote er grundbeløb × faktor.");
        LargestRemainder.Result split = LargestRemainder.apportion(claims, total.longValueExact());
        steps.add(split.explanation("kr."));

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
        steps.add("Summen af de nye beløb er præcis " + format(total) + " kr.; samlet ændring i forhold til grundbeløbene: "
                + format(changeSum) + " kr.");
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put("grundbeløb", baseSum);
        totals.put("beløb", total);
        totals.put("ændring", changeSum);
        return new CalcResult(name(), params.asMap(), rows, totals, steps);
    }
}
