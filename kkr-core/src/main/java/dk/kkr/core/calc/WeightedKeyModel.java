package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.text.Messages;
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
        return Messages.text("calc.weighted.description");
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("weights", Messages.text("calc.weighted.param.weights")),
                CalcParam.required("places", Messages.text("calc.weighted.param.places")),
                CalcParam.optional("capacity", Messages.text("calc.weighted.param.capacity")),
                CalcParam.optional("fixed", Messages.text("calc.weighted.param.fixed")),
                CalcParam.optional("exclude", Messages.text("calc.weighted.param.exclude")),
                CalcParam.optional("old", Messages.text("calc.weighted.param.old")));
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
            fixed.put(party, wholePlaces(entry.getValue(), Messages.text("calc.weighted.fixedFor", party)));
        }
        long fixedSum = fixed.values().stream().mapToLong(Long::longValue).sum();
        long toShare = places - fixedSum;
        if (toShare < 0) {
            throw new CalcException(Messages.text("calc.weighted.tooManyFixed", String.valueOf(fixedSum),
                    String.valueOf(places)));
        }
        steps.add(Messages.text("calc.weighted.step.places", String.valueOf(places))
                + (fixed.isEmpty() ? "" : Messages.text("calc.weighted.step.fixed", describe(fixed), String.valueOf(fixedSum),
                String.valueOf(places), String.valueOf(toShare))));
        List<String> excludedNames = params.municipalities("exclude").stream().map(Municipality::name).toList();
        if (!excludedNames.isEmpty()) {
            steps.add(Messages.text("calc.weighted.step.excluded", String.join(", ", excludedNames)));
        }
        List<CalcInput.Row> keyRows = input.rows().stream().filter(r -> !outside.contains(r.municipality())).toList();
        if (keyRows.isEmpty()) {
            throw new CalcException(Messages.text("calc.weighted.noneLeft"));
        }

        Map<String, BigDecimal> weights = criteria(input, params, steps);
        Map<Municipality, BigDecimal> key = keyNumerators(keyRows, weights, steps);
        BigDecimal keySum = key.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

        Map<Municipality, Long> capacityPlaces = new LinkedHashMap<>();
        long rest = toShare;
        if (params.has("capacity")) {
            String column = input.column(params.text("capacity"));
            List<LargestRemainder.Claim> offered = keyRows.stream().map(r -> new LargestRemainder.Claim(r.municipality(),
                    BigDecimal.valueOf(wholePlaces(r.numberOrZero(column),
                            Messages.text("calc.weighted.cell", String.valueOf(r.line()), column)))))
                    .toList();
            long offeredSum = offered.stream().mapToLong(c -> c.weight().longValueExact()).sum();
            if (offeredSum <= toShare) {
                offered.forEach(c -> capacityPlaces.put(c.municipality(), c.weight().longValueExact()));
                rest = toShare - offeredSum;
                steps.add(Messages.text("calc.weighted.step.capacity", String.valueOf(offeredSum), column,
                        String.valueOf(toShare), String.valueOf(rest)));
            } else {
                LargestRemainder.Result scaled = LargestRemainder.apportion(offered, toShare);
                scaled.parts().forEach(p -> capacityPlaces.put(p.municipality(), p.units()));
                rest = 0;
                steps.add(Messages.text("calc.weighted.step.overCapacity", String.valueOf(offeredSum), column,
                        String.valueOf(toShare)) + " " + scaled.explanation(Messages.text("calc.unit.places")));
            }
        }
        LargestRemainder.Result byKey = LargestRemainder.apportion(keyRows.stream()
                .map(r -> new LargestRemainder.Claim(r.municipality(), key.get(r.municipality()))).toList(), rest);
        steps.add(Messages.text("calc.weighted.step.byKey", String.valueOf(rest)) + " "
                + byKey.explanation(Messages.text("calc.unit.places")));

        String old = params.has("old") ? input.column(params.text("old")) : null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            Municipality m = r.municipality();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", m.name());
            if (fixed.containsKey(m.name())) {
                putFixed(row, params.has("capacity"), fixed.get(m.name()));
            } else if (outside.contains(m)) {
                row.put("grundlag", Messages.text("calc.weighted.basis.outside"));
                row.put("andel_pct", null);
                if (params.has("capacity")) {
                    row.put("kapacitet", null);
                }
                row.put("nøgle", null);
                row.put("pladser", BigDecimal.ZERO);
            } else {
                row.put("grundlag", Messages.text("calc.weighted.basis.key"));
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
        steps.add(Messages.text("calc.weighted.step.total", String.valueOf(fixedSum), String.valueOf(toShare - rest),
                String.valueOf(rest), String.valueOf(places)));
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }

    /** The criteria with their weights; the step says how each enters the key. */
    private static Map<String, BigDecimal> criteria(CalcInput input, Params params, List<String> steps) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        params.pairs("weights").forEach((column, weight) -> {
            if (weight.signum() <= 0) {
                throw new CalcException(Messages.text("calc.weighted.weightPositive", column, format(weight)));
            }
            weights.put(input.column(column), weight);
        });
        if (weights.isEmpty()) {
            throw new CalcException(Messages.text("calc.weighted.noCriteria"));
        }
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weightSum.compareTo(HUNDRED) != 0) {
            steps.add(Messages.text("calc.weighted.step.weightSum", format(weightSum)));
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
                throw new CalcException(Messages.text("calc.weighted.criterionZero", column, format(columnTotal)));
            }
            columnTotals.put(column, columnTotal);
            steps.add(Messages.text("calc.weighted.step.criterion", column, format(criterion.getValue()),
                    String.valueOf(keyRows.size()), format(columnTotal)));
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
        steps.add(Messages.text("calc.weighted.step.share"));
        return numerators;
    }

    /** A region by its exact name ("Region Hovedstaden"), or a municipality in any accepted spelling. */
    private static String fixedParty(String written) {
        return Params.region(written).orElseGet(() -> Params.municipality("fixed", written).name());
    }

    private static long wholePlaces(BigDecimal value, String what) {
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw new CalcException(Messages.text("calc.weighted.notWholePlaces", what, format(value)));
        }
        return value.longValueExact();
    }

    private static void putFixed(Map<String, Object> row, boolean capacity, long number) {
        row.put("grundlag", Messages.text("calc.weighted.basis.fixed"));
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
        return Messages.text("calc.weighted.step.compared", column, String.valueOf(up), String.valueOf(down),
                change(most), change(least));
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
