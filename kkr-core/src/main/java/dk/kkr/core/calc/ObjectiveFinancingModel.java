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
        return "Regner en årstakst om til en døgntakst og fordeler den objektive finansiering efter antal 15-17-årige.";
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("annual_rate", "Den anbringende kommunes faste takst pr. år i kroner, fx 1.652.253"),
                CalcParam.withDefault("days", "Antal dage i året, som årstaksten deles med", "365"),
                CalcParam.withDefault("municipal_share", "Taksten som procent af prisen for en plads; resten finansieres objektivt", "50"),
                CalcParam.optional("pool", "Den objektive finansiering i kroner, der skal fordeles"),
                CalcParam.optional("places", "Antal helårspladser; giver puljen, når 'pool' ikke er angivet"),
                CalcParam.withDefault("surplus", "Overskud (positivt) eller underskud (negativt) fra et tidligere års "
                        + "endelige regnskab, som indregnes i grundlaget", "0"),
                CalcParam.optional("column", "Kolonnen med antal 15-17-årige; udelades den, bruges 'unge_15_17' eller første talkolonne"),
                CalcParam.optional("days_column", "Kolonnen med kommunens anbringelsesdøgn, som betales med døgntaksten"),
                CalcParam.optional("year", "Driftsåret; de 15-17-årige tælles pr. 1. januar året før"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"), "unge_15_17");

        BigDecimal annual = params.decimal("annual_rate");
        BigDecimal days = params.decimal("days");
        if (days.signum() <= 0) {
            throw new CalcException("Parameteren 'days' skal være positiv");
        }
        BigDecimal daily = annual.divide(days, 0, RoundingMode.HALF_UP);
        steps.add("Døgntakst: " + format(annual) + " kr. om året / " + format(days) + " dage = "
                + format(annual.divide(days, 2, RoundingMode.HALF_UP)) + " kr., afrundet halvt op til hele kroner: "
                + format(daily) + " kr. pr. døgn.");

        BigDecimal share = params.decimal("municipal_share");
        if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
            throw new CalcException("Parameteren 'municipal_share' skal være over 0 og højst 100, ikke " + format(share));
        }
        BigDecimal price = annual.multiply(HUNDRED).divide(share, 0, RoundingMode.HALF_UP);
        steps.add("Taksten er " + format(share) + " % af prisen for en plads, som dermed er " + format(annual) + " × 100 / "
                + format(share) + " = " + format(price) + " kr. om året; de øvrige " + format(HUNDRED.subtract(share))
                + " % (" + format(price.subtract(annual)) + " kr. pr. helårsplads) finansieres objektivt.");

        BigDecimal pool;
        if (params.has("pool")) {
            pool = params.decimal("pool");
            steps.add("Den objektive finansiering er angivet: " + format(pool) + " kr.");
        } else if (params.has("places")) {
            BigDecimal places = params.decimal("places");
            pool = places.multiply(price.subtract(annual));
            String unit = places.compareTo(BigDecimal.ONE) == 0 ? " helårsplads × " : " helårspladser × ";
            steps.add("Den objektive finansiering er " + format(places) + unit + format(price.subtract(annual))
                    + " kr. = " + format(pool) + " kr.");
        } else {
            throw new CalcException("Angiv den objektive finansiering med 'pool' (kroner) eller 'places' (helårspladser)");
        }
        BigDecimal surplus = params.decimal("surplus");
        BigDecimal basis = pool.subtract(surplus).setScale(0, RoundingMode.HALF_UP);
        if (surplus.signum() != 0) {
            steps.add((surplus.signum() > 0 ? "Et overskud på " + format(surplus) + " kr. trækkes fra"
                    : "Et underskud på " + format(surplus.negate()) + " kr. lægges til") + " grundlaget: "
                    + format(pool) + " − (" + format(surplus) + ") = " + format(basis) + " kr. (hele kroner).");
        }
        if (basis.signum() < 0) {
            throw new CalcException("Grundlaget for den objektive finansiering bliver negativt (" + format(basis) + " kr.)");
        }

        List<LargestRemainder.Claim> claims = input.rows().stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList();
        BigDecimal youth = claims.stream().map(LargestRemainder.Claim::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (youth.signum() <= 0) {
            throw new CalcException("Kolonnen '" + column + "' har ingen 15-17-årige at fordele efter");
        }
        String dateText = params.has("year") ? " pr. 1. januar " + (params.whole("year") - 1) : " pr. 1. januar året før driftsåret";
        steps.add(format(basis) + " kr. fordeles efter de " + format(youth) + " 15-17-årige" + dateText + " (kolonnen '"
                + column + "'): " + format(basis.divide(youth, 2, RoundingMode.HALF_UP)) + " kr. pr. 15-17-årig.");
        LargestRemainder.Result split = LargestRemainder.apportion(claims, basis.longValueExact());
        steps.add(split.explanation("kr."));

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
            steps.add("Den anbringende kommune betaler døgntaksten " + format(daily) + " kr. × sine anbringelsesdøgn (kolonnen '"
                    + daysColumn + "'), i alt " + format(total.get("takstbetaling")) + " kr.; i_alt er takstbetaling plus "
                    + "andel af den objektive finansiering.");
        }
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }
}
