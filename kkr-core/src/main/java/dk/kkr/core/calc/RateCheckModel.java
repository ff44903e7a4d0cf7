package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import dk.kkr.core.text.Messages;
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
        return Messages.text("calc.rate.description");
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.required("index", Messages.text("calc.rate.param.index")),
                CalcParam.optional("before", Messages.text("calc.rate.param.before")),
                CalcParam.optional("after", Messages.text("calc.rate.param.after")),
                CalcParam.withDefault("reason", Messages.text("calc.rate.param.reason"), "årsag"),
                CalcParam.withDefault("text", Messages.text("calc.rate.param.text"), "begrundelse"),
                CalcParam.optional("codes", Messages.text("calc.rate.param.codes")));
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
                .orElseThrow(() -> new CalcException(Messages.text("calc.rate.noAfterColumn")));
        String reason = params.text("reason").toLowerCase(Locale.ROOT);
        String text = params.text("text").toLowerCase(Locale.ROOT);
        List<String> codes = params.list("codes");
        steps.add(Messages.text("calc.rate.step.rule", before, after, format(index)));

        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            BigDecimal from = r.number(before);
            BigDecimal to = r.number(after);
            if (from.signum() <= 0) {
                throw new CalcException(Messages.text("calc.input.cell", String.valueOf(r.line()),
                        r.municipality().name(), before) + Messages.text("calc.rate.notPositive"));
            }
            BigDecimal growth = to.subtract(from).multiply(HUNDRED).divide(from, 2, RoundingMode.HALF_UP);
            boolean keeps = to.multiply(HUNDRED).compareTo(from.multiply(HUNDRED.add(index))) <= 0;
            String code = r.text(reason);
            if (!code.isEmpty() && !codes.isEmpty() && !codes.contains(code)) {
                throw new CalcException(Messages.text("calc.input.cell", String.valueOf(r.line()),
                        r.municipality().name(), reason) + Messages.text("calc.rate.unknownCode", code,
                        String.join(", ", codes)));
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", r.municipality().name());
            row.put("før", from);
            row.put("efter", to);
            row.put("vækst_pct", growth);
            row.put("overholder", Messages.text(keeps ? "label.yes" : "label.no"));
            row.put("over_pct_point", keeps ? null : growth.subtract(index).setScale(2, RoundingMode.HALF_UP));
            row.put("årsag", code.isEmpty() ? null : code);
            row.put("begrundelse", r.text(text).isEmpty() ? null : r.text(text));
            rows.add(row);
            if (keeps) {
                kept.add(r.municipality().name());
            } else {
                String why = code.isEmpty() && r.text(text).isEmpty() ? Messages.text("calc.rate.noReason")
                        : (code.isEmpty() ? "" : Messages.text("calc.rate.reason", code))
                        + (r.text(text).isEmpty() ? "" : ": " + r.text(text));
                broken.add(Messages.text("calc.rate.broken", r.municipality().name(), format(growth), why));
            }
        }
        steps.add(Messages.text(kept.isEmpty() ? "calc.rate.step.keptNone" : "calc.rate.step.kept",
                String.valueOf(kept.size()), String.join(", ", kept)));
        steps.add(Messages.text(broken.isEmpty() ? "calc.rate.step.brokenNone" : "calc.rate.step.broken",
                String.valueOf(broken.size()), String.join("; ", broken)));
        Map<String, BigDecimal> total = new LinkedHashMap<>();
        total.put("overholder", BigDecimal.valueOf(kept.size()));
        total.put("overskrider", BigDecimal.valueOf(broken.size()));
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }
}
