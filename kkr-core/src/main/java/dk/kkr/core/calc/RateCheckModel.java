package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Follow-up of the rate agreement (takstaftale): each municipality's growth in cost per place per day from
 * one year to the next, against the price-and-wage index. A municipality keeps the agreement when its cost
 * grew by at most the index (exactly: after × 100 ≤ before × (100 + index)); one that breaks it should give
 * a reason code and a free-text reason, which are reported with it.
 */
final class RateCheckModel implements CalcModel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "rate-check";
    }

    @Override
    public String description() {
        return "Sammenholder hver kommunes udvikling i udgift pr. plads pr. døgn med pris- og lønudviklingen.";
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("index", "Pris- og lønudviklingen i procent, fx 3,9"),
                CalcParam.optional("before", "Kolonnen med udgift pr. plads pr. døgn året før; udelades den, bruges første talkolonne"),
                CalcParam.optional("after", "Kolonnen med udgift pr. plads pr. døgn i året; udelades den, bruges anden talkolonne"),
                CalcParam.withDefault("reason", "Kolonnen med årsagskoden for en overskridelse", "årsag"),
                CalcParam.withDefault("text", "Kolonnen med den frie begrundelse", "begrundelse"),
                CalcParam.optional("codes", "De tilladte årsagskoder, adskilt af ;; udelades den, godtages alle"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        BigDecimal index = params.decimal("index");
        List<String> numeric = input.numericColumns();
        String before = input.chooseColumn(params.textOrNull("before"));
        String after = params.has("after") ? input.column(params.text("after"))
                : numeric.stream().filter(c -> !c.equals(before)).findFirst()
                .orElseThrow(() -> new CalcException("Tabellen mangler en anden talkolonne med udgiften i året"));
        String reason = params.text("reason").toLowerCase(Locale.ROOT);
        String text = params.text("text").toLowerCase(Locale.ROOT);
        List<String> codes = params.list("codes");
        steps.add("Udgift pr. plads pr. døgn før: kolonnen '" + before + "', efter: kolonnen '" + after
                + "'. Aftalen overholdes, når udgiften højst er steget med pris- og lønudviklingen på " + format(index)
                + " %, dvs. når efter × 100 ≤ før × (100 + " + format(index) + "). Væksten vises i procent med 2 decimaler.");

        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            BigDecimal from = r.number(before);
            BigDecimal to = r.number(after);
            if (from.signum() <= 0) {
                throw new CalcException("Linje " + r.line() + " (" + r.municipality().name() + "), kolonne '" + before
                        + "': udgiften skal være positiv for at beregne en vækst");
            }
            BigDecimal growth = to.subtract(from).multiply(HUNDRED).divide(from, 2, RoundingMode.HALF_UP);
            boolean keeps = to.multiply(HUNDRED).compareTo(from.multiply(HUNDRED.add(index))) <= 0;
            String code = r.text(reason);
            if (!code.isEmpty() && !codes.isEmpty() && !codes.contains(code)) {
                throw new CalcException("Linje " + r.line() + " (" + r.municipality().name() + "), kolonne '" + reason
                        + "': årsagskoden '" + code + "' er ikke en af " + String.join(", ", codes));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", r.municipality().name());
            row.put("før", from);
            row.put("efter", to);
            row.put("vækst_pct", growth);
            row.put("overholder", keeps ? "ja" : "nej");
            row.put("over_pct_point", keeps ? null : growth.subtract(index).setScale(2, RoundingMode.HALF_UP));
            row.put("årsag", code.isEmpty() ? null : code);
            row.put("begrundelse", r.text(text).isEmpty() ? null : r.text(text));
            rows.add(row);
            if (keeps) {
                kept.add(r.municipality().name());
            } else {
                broken.add(r.municipality().name() + " (" + format(growth) + " %"
                        + (code.isEmpty() && r.text(text).isEmpty() ? ", ingen begrundelse angivet"
                        : (code.isEmpty() ? "" : ", årsag " + code) + (r.text(text).isEmpty() ? "" : ": " + r.text(text)))
                        + ")");
            }
        }
        steps.add(kept.size() + " overholder aftalen" + (kept.isEmpty() ? "." : ": " + String.join(", ", kept) + "."));
        steps.add(broken.size() + " overskrider den" + (broken.isEmpty() ? "." : ": " + String.join("; ", broken) + "."));
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        total.put("overholder", BigDecimal.valueOf(kept.size()));
        total.put("overskrider", BigDecimal.valueOf(broken.size()));
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }
}
