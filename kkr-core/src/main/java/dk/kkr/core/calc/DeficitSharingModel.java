package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.danish.Municipality;
import dk.kkr.core.text.Messages;
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
        return Messages.text("calc.deficit.description");
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("deficits", Messages.text("calc.deficit.param.deficits")),
                CalcParam.withDefault("coverage", Messages.text("calc.deficit.param.coverage"), "75;50;25"),
                CalcParam.optional("users", Messages.text("calc.deficit.param.users")),
                CalcParam.optional("column", Messages.text("calc.deficit.param.column")));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        String column = input.chooseColumn(params.textOrNull("column"), "indbyggere");

        List<BigDecimal> deficits = params.decimals("deficits");
        if (deficits.isEmpty() || deficits.size() > MAX_YEARS) {
            throw new CalcException(Messages.text("calc.deficit.years", String.valueOf(MAX_YEARS),
                    String.valueOf(deficits.size())));
        }
        List<BigDecimal> coverage = coverage(params.decimals("coverage"), deficits.size());

        List<Municipality> users = params.municipalities("users");
        List<CalcInput.Row> sharing = users.isEmpty() ? input.rows()
                : input.rows().stream().filter(r -> users.contains(r.municipality())).toList();
        for (Municipality user : users) {
            if (sharing.stream().noneMatch(r -> r.municipality().equals(user))) {
                throw new CalcException(Messages.text("calc.deficit.userMissing", user.name()));
            }
        }
        List<LargestRemainder.Claim> claims = sharing.stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), r.number(column))).toList();
        BigDecimal basis = claims.stream().map(LargestRemainder.Claim::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (basis.signum() <= 0) {
            throw new CalcException(Messages.text("calc.deficit.basisSum", column, format(basis)));
        }
        steps.add(Messages.text(users.isEmpty() ? "calc.deficit.step.allShare" : "calc.deficit.step.usersShare",
                String.valueOf(users.isEmpty() ? sharing.size() : users.size()), format(basis), column));

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
                throw new CalcException(Messages.text("calc.deficit.negative", String.valueOf(year), format(deficit)));
            }
            BigDecimal rate = coverage.get(year - 1);
            BigDecimal covered = deficit.multiply(rate).divide(HUNDRED, 0, RoundingMode.HALF_UP);
            BigDecimal operator = deficit.subtract(covered);
            LargestRemainder.Result split = LargestRemainder.apportion(claims, covered.longValueExact());
            steps.add(Messages.text("calc.deficit.step.year", String.valueOf(year), format(deficit), format(rate),
                    format(covered), format(operator)) + " " + split.explanation(Messages.text("calc.unit.kroner")));
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
        steps.add(Messages.text("calc.deficit.step.total", format(coveredSum),
                format(deficits.stream().reduce(BigDecimal.ZERO, BigDecimal::add)), format(operatorSum)));
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
            throw new CalcException(Messages.text("calc.deficit.coverageCount", String.valueOf(years),
                    String.valueOf(given.size())));
        }
        for (BigDecimal rate : rates) {
            if (rate.signum() < 0 || rate.compareTo(MAX_COVERAGE) > 0) {
                throw new CalcException(Messages.text("calc.deficit.coverageMax", format(rate)));
            }
        }
        return rates;
    }
}
