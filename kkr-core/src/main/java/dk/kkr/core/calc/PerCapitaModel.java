package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.danish.Municipality;
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
        return "Beregner et bidrag pr. indbygger med afrundingsregel, undtagelser og evt. regional medfinansiering.";
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.optional("column", "Kolonnen med indbyggertal; udelades den, bruges 'indbyggere' eller første talkolonne"),
                CalcParam.optional("rate", "Bidrag i kroner pr. indbygger"),
                CalcParam.optional("total", "Beløb i alt, der fordeles pr. indbygger (i stedet for 'rate')"),
                CalcParam.withDefault("rounding", "Afrunding: 'oere' (hver til øre), 'kroner' (hver til hele kroner) "
                        + "eller 'largest-remainder' (hele kroner, summen præcis)", "kroner"),
                CalcParam.optional("exclude", "Kommuner, der allerede betaler efter en anden aftale, adskilt af ;"),
                CalcParam.withDefault("region_match", "Regionens medfinansiering i procent af kommunernes bidrag", "0"),
                CalcParam.optional("region", "Regionen, der medfinansierer; udelades den, bruges kommunernes fælles region"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"), "indbyggere");
        String rounding = params.text("rounding");
        if (!Set.of("oere", "kroner", "largest-remainder").contains(rounding)) {
            throw new CalcException("Parameteren 'rounding' skal være oere, kroner eller largest-remainder, ikke '" + rounding + "'");
        }
        if (params.has("rate") == params.has("total")) {
            throw new CalcException("Angiv enten 'rate' (kr. pr. indbygger) eller 'total' (beløb i alt), ikke begge eller ingen");
        }
        Set<Municipality> excluded = Set.copyOf(params.municipalities("exclude"));
        List<CalcInput.Row> paying = input.rows().stream().filter(r -> !excluded.contains(r.municipality())).toList();
        BigDecimal inhabitants = paying.stream().map(r -> r.number(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!excluded.isEmpty()) {
            steps.add("Undtaget, fordi de betaler efter en anden aftale: "
                    + String.join(", ", excluded.stream().map(Municipality::name).sorted().toList()) + ".");
        }
        steps.add("De " + paying.size() + " betalende kommuner har " + format(inhabitants) + " indbyggere (kolonnen '"
                + column + "').");

        // Each municipality's exact amount is numerator × inhabitants / denominator.
        BigDecimal numerator;
        BigDecimal denominator;
        if (params.has("rate")) {
            numerator = params.decimal("rate");
            denominator = BigDecimal.ONE;
            steps.add("Bidraget er " + format(numerator) + " kr. pr. indbygger; i alt eksakt " + format(numerator) + " × "
                    + format(inhabitants) + " = " + format(numerator.multiply(inhabitants)) + " kr.");
        } else {
            if (inhabitants.signum() <= 0) {
                throw new CalcException("De betalende kommuner har ingen indbyggere at fordele " + params.text("total") + " kr. på");
            }
            numerator = params.decimal("total");
            denominator = inhabitants;
            steps.add(format(numerator) + " kr. fordeles pr. indbygger: " + format(numerator) + " / " + format(inhabitants)
                    + " = " + format(numerator.divide(inhabitants, 4, RoundingMode.HALF_UP)) + " kr. pr. indbygger (vist med 4 decimaler; regningen er eksakt).");
        }
        BigDecimal exactSum = numerator.multiply(inhabitants).divide(denominator, 10, RoundingMode.HALF_UP);

        Map<Municipality, BigDecimal> amounts = new LinkedHashMap<>();
        if (rounding.equals("largest-remainder")) {
            long target = exactSum.setScale(0, RoundingMode.HALF_UP).longValueExact();
            LargestRemainder.Result split = LargestRemainder.apportion(paying.stream()
                    .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList(), target);
            split.parts().forEach(p -> amounts.put(p.municipality(), BigDecimal.valueOf(p.units())));
            steps.add("Afrunding til hele kroner med største brøkdels metode, så summen præcis bliver " + format(BigDecimal.valueOf(target))
                    + " kr. " + split.explanation("kr."));
        } else {
            int scale = rounding.equals("oere") ? 2 : 0;
            paying.forEach(r -> amounts.put(r.municipality(),
                    numerator.multiply(r.number(column)).divide(denominator, scale, RoundingMode.HALF_UP)));
            BigDecimal rounded = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            steps.add("Hver kommunes bidrag afrundes halvt op til " + (scale == 2 ? "hele øre" : "hele kroner")
                    + "; de afrundede bidrag summerer til " + format(rounded) + " kr."
                    + (rounded.compareTo(exactSum) == 0 ? "" : " (afrundingen flytter " + format(rounded.subtract(exactSum).stripTrailingZeros())
                    + " kr. i forhold til den eksakte sum)."));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", r.municipality().name());
            row.put(column, r.number(column));
            row.put("grundlag", excluded.contains(r.municipality()) ? "undtaget (anden aftale)" : "pr. indbygger");
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
            row.put("grundlag", "regional medfinansiering");
            row.put("bidrag", regionPart);
            rows.add(row);
            steps.add(region + " medfinansierer " + format(match) + " % af kommunernes " + format(municipalSum) + " kr. = "
                    + format(regionPart) + " kr. (afrundet halvt op).");
        }
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        total.put(column, inhabitants);
        total.put("bidrag", municipalSum.add(regionPart));
        steps.add("I alt " + format(municipalSum.add(regionPart)) + " kr."
                + (regionPart.signum() == 0 ? "" : ", heraf kommunerne " + format(municipalSum) + " kr. og regionen "
                + format(regionPart) + " kr."));
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }

    private static String region(Params params, CalcInput input) {
        if (params.has("region")) {
            String written = params.text("region");
            return Params.region(written).orElseThrow(() -> new CalcException("Parameteren 'region' skal være en af de fem regioner, fx Region Hovedstaden, ikke '"
                            + written + "'"));
        }
        List<String> regions = input.rows().stream().map(r -> r.municipality().region()).distinct().toList();
        if (regions.size() != 1) {
            throw new CalcException("Kommunerne ligger i flere regioner (" + String.join(", ", regions)
                    + "); angiv parameteren 'region' for medfinansieringen");
        }
        return regions.get(0);
    }
}
