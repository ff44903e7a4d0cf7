package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places divided by a key built from several weighted criteria, as the internship key for pædagoger in
 * KKR Hovedstaden (0–14-årige 20 %, indskrevne 0–13 år 20 %, stillinger 20 %, elever i bh.kl. 5 %,
 * studerendes bopæl 35 %). Fixed numbers (a region's 47 places, a municipality on a local agreement) are
 * taken off first; then the places municipalities have offered (capacity) are placed; the rest is divided
 * by the key in whole places by the largest remainder method. An old key's places can be compared.
 *
 * <p>The key is exact: a municipality's share is Σ weight × own value / column total, which is computed
 * as one numerator over the common denominator (the product of the column totals), so no rounding happens
 * before the whole places are given out.
 */
final class WeightedKeyModel implements CalcModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "weighted-key";
    }

    @Override
    public String description() {
        return "Fordeler pladser efter en nøgle af flere vægtede kriterier, med kapacitet først, faste antal og "
                + "sammenligning med en gammel nøgle.";
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("weights", "Kriterier (kolonner) og deres vægt i procent, fx "
                        + "antal_0_14:20;indskrevne_0_13:20;stillinger:20;elever_bhkl:5;studerende:35"),
                CalcParam.required("places", "Antal pladser i alt, der skal fordeles"),
                CalcParam.optional("capacity", "Kolonnen med de pladser, kommunerne har meldt ind; de placeres først"),
                CalcParam.optional("fixed", "Faste antal uden for nøglen, fx Region Hovedstaden:47;Bornholm:6"),
                CalcParam.optional("exclude", "Kommuner uden for nøglen uden pladser herfra (fx lokal aftale), adskilt af ;"),
                CalcParam.optional("old", "Kolonnen med pladserne efter den gamle nøgle, til sammenligning"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        long places = params.whole("places");

        Map<String, Long> fixed = new LinkedHashMap<>();
        Set<Municipality> outside = new HashSet<>(params.municipalities("exclude"));
        for (var entry : params.pairs("fixed").entrySet()) {
            String party = fixedParty(entry.getKey());
            ReferenceData.municipality(party).ifPresent(outside::add);
            fixed.put(party, wholePlaces(entry.getValue(), "fast antal for " + party));
        }
        long fixedSum = fixed.values().stream().mapToLong(Long::longValue).sum();
        long toShare = places - fixedSum;
        if (toShare < 0) {
            throw new CalcException("De faste antal (" + fixedSum + ") er flere end pladserne i alt (" + places + ")");
        }
        steps.add("Der er " + places + " pladser i alt."
                + (fixed.isEmpty() ? "" : " Faste antal uden for nøglen: " + describe(fixed) + ", i alt " + fixedSum
                + "; tilbage til fordeling: " + places + " − " + fixedSum + " = " + toShare + "."));
        List<String> excludedNames = params.municipalities("exclude").stream().map(Municipality::name).toList();
        if (!excludedNames.isEmpty()) {
            steps.add("Uden for nøglen og uden pladser herfra: " + String.join(", ", excludedNames) + ".");
        }
        List<CalcInput.Row> keyRows = input.rows().stream().filter(r -> !outside.contains(r.municipality())).toList();
        if (keyRows.isEmpty()) {
            throw new CalcException("Ingen kommuner er tilbage i nøglen");
        }

        Map<String, BigDecimal> weights = criteria(input, params, steps);
        Map<Municipality, BigDecimal> key = keyNumerators(keyRows, weights, steps);
        BigDecimal keySum = key.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<Municipality, Long> capacityPlaces = new LinkedHashMap<>();
        long rest = toShare;
        if (params.has("capacity")) {
            String column = input.column(params.text("capacity"));
            List<LargestRemainder.Claim> offered = keyRows.stream().map(r -> new LargestRemainder.Claim(r.municipality(),
                    BigDecimal.valueOf(wholePlaces(r.numberOrZero(column), "linje " + r.line() + ", kolonne '" + column + "'"))))
                    .toList();
            long offeredSum = offered.stream().mapToLong(c -> c.weight().longValueExact()).sum();
            if (offeredSum <= toShare) {
                offered.forEach(c -> capacityPlaces.put(c.municipality(), c.weight().longValueExact()));
                rest = toShare - offeredSum;
                steps.add("Kapacitet først: kommunerne har meldt " + offeredSum + " pladser ind (kolonnen '" + column
                        + "'); de placeres først. Resten, " + toShare + " − " + offeredSum + " = " + rest
                        + ", fordeles efter nøglen.");
            } else {
                LargestRemainder.Result scaled = LargestRemainder.apportion(offered, toShare);
                scaled.parts().forEach(p -> capacityPlaces.put(p.municipality(), p.units()));
                rest = 0;
                steps.add("Kapacitet først: kommunerne har meldt " + offeredSum + " pladser ind (kolonnen '" + column
                        + "'), flere end de " + toShare + " til fordeling; pladserne fordeles derfor i forhold til den "
                        + "indmeldte kapacitet, og intet fordeles efter nøglen. " + scaled.explanation("pladser"));
            }
        }
        LargestRemainder.Result byKey = LargestRemainder.apportion(keyRows.stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), key.get(r.municipality()))).toList(), rest);
        steps.add("Efter nøglen fordeles " + rest + " pladser; hver kommunes kvote er " + rest + " × nøgleandel. "
                + byKey.explanation("pladser"));

        String old = params.has("old") ? input.column(params.text("old")) : null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            Municipality m = r.municipality();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", m.name());
            if (fixed.containsKey(m.name())) {
                putFixed(row, params.has("capacity"), fixed.get(m.name()));
            } else if (outside.contains(m)) {
                row.put("grundlag", "uden for nøglen");
                row.put("andel_pct", null);
                if (params.has("capacity")) {
                    row.put("kapacitet", null);
                }
                row.put("nøgle", null);
                row.put("pladser", BigDecimal.ZERO);
            } else {
                row.put("grundlag", "nøgle");
                row.put("andel_pct", key.get(m).multiply(HUNDRED).divide(keySum, 4, RoundingMode.HALF_UP));
                long capacity = capacityPlaces.getOrDefault(m, 0L);
                if (params.has("capacity")) {
                    row.put("kapacitet", BigDecimal.valueOf(capacity));
                }
                row.put("nøgle", BigDecimal.valueOf(byKey.unitsOf(m)));
                row.put("pladser", BigDecimal.valueOf(capacity + byKey.unitsOf(m)));
            }
            if (old != null) {
                compare(row, r.numberOrZero(old));
            }
            rows.add(row);
        }
        Set<String> listed = new HashSet<>(input.rows().stream().map(r -> r.municipality().name()).toList());
        fixed.forEach((party, number) -> {
            if (!listed.contains(party)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kommune", party);
                putFixed(row, params.has("capacity"), number);
                if (old != null) {
                    row.put("gammel", null);
                    row.put("forskel", null);
                    row.put("forskel_pct", null);
                }
                rows.add(row);
            }
        });
        if (old != null) {
            steps.add(comparison(rows, old));
        }

        Map<String, BigDecimal> total = new LinkedHashMap<>();
        total.put("fast", BigDecimal.valueOf(fixedSum));
        if (params.has("capacity")) {
            total.put("kapacitet", BigDecimal.valueOf(toShare - rest));
        }
        total.put("nøgle", BigDecimal.valueOf(rest));
        total.put("pladser", BigDecimal.valueOf(places));
        if (old != null) {
            total.put("gammel", sum(rows, "gammel"));
            total.put("forskel", sum(rows, "forskel"));
        }
        steps.add("I alt: " + fixedSum + " faste + " + (toShare - rest) + " efter kapacitet + " + rest
                + " efter nøglen = " + places + " pladser.");
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }

    /** The criteria with their weights; the step says how each enters the key. */
    private static Map<String, BigDecimal> criteria(CalcInput input, Params params, List<String> steps) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        params.pairs("weights").forEach((column, weight) -> {
            if (weight.signum() <= 0) {
                throw new CalcException("Vægten for '" + column + "' skal være positiv, ikke " + format(weight));
            }
            weights.put(input.column(column), weight);
        });
        if (weights.isEmpty()) {
            throw new CalcException("Parameteren 'weights' nævner ingen kriterier");
        }
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weightSum.compareTo(HUNDRED) != 0) {
            steps.add("Vægtene summerer til " + format(weightSum) + " %, ikke 100 %; hver vægt regnes derfor som sin andel af "
                    + format(weightSum) + ".");
        }
        return weights;
    }

    /**
     * Each key municipality's exact key numerator: Σ weight × value × (product of the other columns'
     * totals). Divided by their sum it is the municipality's share of the key.
     */
    private static Map<Municipality, BigDecimal> keyNumerators(List<CalcInput.Row> keyRows, Map<String, BigDecimal> weights,
                                                               List<String> steps) {
        Map<String, BigDecimal> columnTotals = new LinkedHashMap<>();
        for (var criterion : weights.entrySet()) {
            String column = criterion.getKey();
            BigDecimal columnTotal = keyRows.stream().map(r -> r.number(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (columnTotal.signum() <= 0) {
                throw new CalcException("Kriteriet '" + column + "' summerer til " + format(columnTotal)
                        + " for kommunerne i nøglen og kan ikke bruges");
            }
            columnTotals.put(column, columnTotal);
            steps.add("Kriteriet '" + column + "' vægter " + format(criterion.getValue()) + " %; summen for de "
                    + keyRows.size() + " kommuner i nøglen er " + format(columnTotal) + ", og en kommunes bidrag til "
                    + "nøglen er " + format(criterion.getValue()) + " % × egen værdi / " + format(columnTotal) + ".");
        }
        Map<Municipality, BigDecimal> numerators = new LinkedHashMap<>();
        for (CalcInput.Row r : keyRows) {
            BigDecimal numerator = BigDecimal.ZERO;
            for (var criterion : weights.entrySet()) {
                BigDecimal others = BigDecimal.ONE;
                for (var t : columnTotals.entrySet()) {
                    others = t.getKey().equals(criterion.getKey()) ? others : others.multiply(t.getValue());
                }
                numerator = numerator.add(criterion.getValue().multiply(r.number(criterion.getKey())).multiply(others));
            }
            numerators.put(r.municipality(), numerator);
        }
        steps.add("En kommunes nøgleandel er summen af dens vægtede bidrag divideret med summen af vægtene; andelene "
                + "regnes eksakt og vises med 4 decimaler i kolonnen andel_pct.");
        return numerators;
    }

    /** A region by its exact name ("Region Hovedstaden"), or a municipality in any accepted spelling. */
    private static String fixedParty(String written) {
        return Params.region(written).orElseGet(() -> Params.municipality("fixed", written).name());
    }

    private static long wholePlaces(BigDecimal value, String what) {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw new CalcException("Pladser skal være et helt, ikke-negativt tal: " + what + " er " + format(value));
        }
        return value.longValueExact();
    }

    private static void putFixed(Map<String, Object> row, boolean capacity, long number) {
        row.put("grundlag", "fast antal");
        row.put("andel_pct", null);
        if (capacity) {
            row.put("kapacitet", null);
        }
        row.put("nøgle", null);
        row.put("pladser", BigDecimal.valueOf(number));
    }

    private static void compare(Map<String, Object> row, BigDecimal old) {
        BigDecimal now = (BigDecimal) row.get("pladser");
        BigDecimal difference = now.subtract(old);
        row.put("gammel", old);
        row.put("forskel", difference);
        row.put("forskel_pct", old.signum() == 0 ? null : difference.multiply(HUNDRED).divide(old, 1, RoundingMode.HALF_UP));
    }

    private static String comparison(List<Map<String, Object>> rows, String column) {
        Comparator<Map<String, Object>> byDifference = Comparator.comparing(r -> (BigDecimal) r.get("forskel"));
        List<Map<String, Object>> compared = rows.stream().filter(r -> r.get("forskel") != null).toList();
        long up = compared.stream().filter(r -> ((BigDecimal) r.get("forskel")).signum() > 0).count();
        long down = compared.stream().filter(r -> ((BigDecimal) r.get("forskel")).signum() < 0).count();
        Map<String, Object> most = compared.stream().max(byDifference).orElseThrow();
        Map<String, Object> least = compared.stream().min(byDifference).orElseThrow();
        return "Sammenlignet med den gamle nøgle (kolonnen '" + column + "'): forskel = nye pladser − gamle pladser, og "
                + "forskel i % = forskel / gamle pladser × 100 med 1 decimal (tom, hvor den gamle nøgle gav 0). " + up
                + " får flere pladser, " + down + " færre. Størst stigning: " + change(most) + "; størst fald: "
                + change(least) + ".";
    }

    private static String change(Map<String, Object> row) {
        BigDecimal pct = (BigDecimal) row.get("forskel_pct");
        return row.get("kommune") + " " + format((BigDecimal) row.get("forskel"))
                + (pct == null ? "" : " (" + format(pct) + " %)");
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> (BigDecimal) r.get(column)).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String describe(Map<String, Long> fixed) {
        return String.join(", ", fixed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}
