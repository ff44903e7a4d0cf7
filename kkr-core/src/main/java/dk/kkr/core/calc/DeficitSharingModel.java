package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.danish.Municipality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The økonomimodel for new places (KKR Hovedstaden, rammeaftale 2021–2022): in a start-up period of up to
 * 3 years, at most 75 % of a deficit is covered, possibly tapering per year (75–50–25), and the covered
 * part is shared between the user municipalities or all municipalities by population share. The operator
 * bears the part that is not covered.
 */
final class DeficitSharingModel implements CalcModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_COVERAGE = BigDecimal.valueOf(75);
    private static final int MAX_YEARS = 3;

    @Override
    public String name() {
        return "deficit-sharing";
    }

    @Override
    public String description() {
        return "Deler underskuddet i en opstartsperiode på op til 3 år med højst 75 % dækning, evt. aftrappet, "
                + "efter befolkningsandele.";
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("deficits", "Underskud pr. driftsår i kroner, adskilt af ; (højst 3 år), fx 1.200.000;900.000;400.000"),
                CalcParam.withDefault("coverage", "Dækning i procent pr. år, højst 75; ét tal gælder alle år", "75;50;25"),
                CalcParam.optional("users", "Brugerkommunerne, der deler underskuddet, adskilt af ;; udelades den, deler alle kommuner i tabellen"),
                CalcParam.optional("column", "Kolonnen med fordelingsgrundlaget; udelades den, bruges 'indbyggere' eller første talkolonne"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"), "indbyggere");

        List<BigDecimal> deficits = params.decimals("deficits");
        if (deficits.isEmpty() || deficits.size() > MAX_YEARS) {
            throw new CalcException("Opstartsperioden er på 1 til " + MAX_YEARS + " år, men 'deficits' har " + deficits.size() + " år");
        }
        List<BigDecimal> coverage = coverage(params.decimals("coverage"), deficits.size());

        List<Municipality> users = params.municipalities("users");
        List<CalcInput.Row> sharing = users.isEmpty() ? input.rows()
                : input.rows().stream().filter(r -> users.contains(r.municipality())).toList();
        for (Municipality user : users) {
            if (sharing.stream().noneMatch(r -> r.municipality().equals(user))) {
                throw new CalcException("Brugerkommunen " + user.name() + " står ikke i tabellen");
            }
        }
        List<LargestRemainder.Claim> claims = sharing.stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList();
        BigDecimal basis = claims.stream().map(LargestRemainder.Claim::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (basis.signum() <= 0) {
            throw new CalcException("Fordelingsgrundlaget i kolonnen '" + column + "' summerer til " + format(basis));
        }
        steps.add((users.isEmpty() ? "Alle " + sharing.size() + " kommuner i tabellen" : "De " + users.size() + " brugerkommuner")
                + " deler underskuddet efter deres andel af i alt " + format(basis) + " (kolonnen '" + column + "').");

        List<Map<String, Object>> rows = new ArrayList<>();
        for (LargestRemainder.Claim c : claims) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", c.municipality().name());
            row.put(column, c.weight());
            row.put("andel_pct", c.weight().multiply(HUNDRED).divide(basis, 4, RoundingMode.HALF_UP));
            row.put("i_alt", BigDecimal.ZERO);
            rows.add(row);
        }
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        total.put(column, basis);
        BigDecimal coveredSum = BigDecimal.ZERO;
        BigDecimal operatorSum = BigDecimal.ZERO;
        for (int year = 1; year <= deficits.size(); year++) {
            BigDecimal deficit = deficits.get(year - 1);
            if (deficit.signum() < 0) {
                throw new CalcException("Underskuddet i år " + year + " er negativt (" + format(deficit) + "); skriv 0 for et år uden underskud");
            }
            BigDecimal rate = coverage.get(year - 1);
            BigDecimal covered = deficit.multiply(rate).divide(HUNDRED, 0, RoundingMode.HALF_UP);
            BigDecimal operator = deficit.subtract(covered);
            LargestRemainder.Result split = LargestRemainder.apportion(claims, covered.longValueExact());
            steps.add("År " + year + ": underskud " + format(deficit) + " kr. × " + format(rate) + " % = " + format(covered)
                    + " kr. dækkes (afrundet halvt op til hele kroner); driftsherren bærer selv " + format(operator) + " kr. "
                    + split.explanation("kr."));
            String key = "år_" + year;
            for (int i = 0; i < rows.size(); i++) {
                BigDecimal part = BigDecimal.valueOf(split.parts().get(i).units());
                rows.get(i).put(key, part);
                rows.get(i).merge("i_alt", part, (a, b) -> ((BigDecimal) a).add((BigDecimal) b));
            }
            total.put(key, covered);
            coveredSum = coveredSum.add(covered);
            operatorSum = operatorSum.add(operator);
        }
        rows.forEach(row -> row.put("i_alt", row.remove("i_alt")));
        total.put("i_alt", coveredSum);
        steps.add("I alt dækker kommunerne " + format(coveredSum) + " kr. af underskuddene på "
                + format(deficits.stream().reduce(BigDecimal.ZERO, BigDecimal::add)) + " kr.; driftsherren bærer "
                + format(operatorSum) + " kr.");
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }

    /**
     * One rate per year: a single rate holds for every year, and of a longer taper only the first years
     * are used (75;50;25 for a two-year period is 75;50). None may exceed 75 %.
     */
    private static List<BigDecimal> coverage(List<BigDecimal> given, int years) {
        List<BigDecimal> rates = given.size() == 1 ? Collections.nCopies(years, given.get(0))
                : given.subList(0, Math.min(years, given.size()));
        if (rates.size() != years) {
            throw new CalcException("Der er " + years + " år med underskud, men 'coverage' har " + given.size() + " procentsatser");
        }
        for (BigDecimal rate : rates) {
            if (rate.signum() < 0 || rate.compareTo(MAX_COVERAGE) > 0) {
                throw new CalcException("Underskudsdækningen er højst 75 % om året, ikke " + format(rate) + " %");
            }
        }
        return rates;
    }
}
