package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import static dk.kkr.core.danish.DanishNumbers.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a printed table: recomputes each column's total and compares it with the printed sum row (or
 * printed totals given as a parameter), and optionally checks that each row's own printed total equals the
 * sum of its parts. Every discrepancy beyond the tolerance is shown with its size.
 */
final class AuditModel implements CalcModel {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String description() {
        return "Genberegner en tabels totaler og viser hver afvigelse fra de trykte totaler.";
    }

    @Override
    public List<CalcParam> params() {
        return List.of(
                CalcParam.optional("printed", "Trykte totaler, hvis tabellen ikke har en sumrække, fx pladser:812;beløb:1.550.000"),
                CalcParam.optional("columns", "Kolonnerne, der kontrolleres, adskilt af ;; udelades den, kontrolleres alle med en trykt total"),
                CalcParam.optional("row_total", "Kolonnen, der i hver række er rækkens egen total"),
                CalcParam.optional("parts", "Kolonnerne, der skal give rækkens total, adskilt af ;; udelades den, bruges alle andre talkolonner"),
                CalcParam.withDefault("tolerance", "Tilladt afvigelse, fx 1 ved afrundede tal", "0"));
    }

    @Override
    public CalcResult run(CalcInput input, Map<String, String> given) {
        Params params = Params.resolve(this, given);
        List<String> steps = new ArrayList<>(input.notes());
        BigDecimal tolerance = params.decimal("tolerance").abs();
        Map<String, BigDecimal> printed = new LinkedHashMap<>(input.printedTotals());
        params.pairs("printed").forEach((column, value) -> printed.put(input.column(column), value));
        List<String> columns = params.has("columns")
                ? params.list("columns").stream().map(input::column).toList()
                : input.columns().stream().filter(printed::containsKey).toList();
        String rowTotal = params.has("row_total") ? input.column(params.text("row_total")) : null;
        List<String> parts = params.has("parts") ? params.list("parts").stream().map(input::column).toList()
                : input.numericColumns().stream().filter(c -> !c.equals(rowTotal)).toList();
        if (columns.isEmpty() && rowTotal == null) {
            throw new CalcException("Der er ingen trykt total at kontrollere: tabellen har ingen sumrække ('I alt'), "
                    + "og hverken 'printed' eller 'row_total' er angivet");
        }
        int discrepancies = 0;

        Map<String, BigDecimal> total = new LinkedHashMap<>();
        for (String column : columns) {
            BigDecimal sum = input.rows().stream().map(r -> r.numberOrZero(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
            total.put(column, sum);
            BigDecimal shown = printed.get(column);
            if (shown == null) {
                steps.add("Kolonnen '" + column + "' summerer til " + format(sum) + " over " + input.rows().size()
                        + " rækker; der er ingen trykt total at sammenligne med.");
                continue;
            }
            BigDecimal difference = shown.subtract(sum);
            total.put(column + "_trykt", shown);
            total.put(column + "_afvigelse", difference);
            boolean off = difference.abs().compareTo(tolerance) > 0;
            discrepancies += off ? 1 : 0;
            steps.add("Kolonnen '" + column + "': de " + input.rows().size() + " rækker summerer til " + format(sum)
                    + ", den trykte total er " + format(shown) + (difference.signum() == 0 ? "; det stemmer."
                    : "; afvigelse " + format(difference) + " (den trykte total er " + format(difference.abs())
                    + (difference.signum() > 0 ? " for høj" : " for lav") + ")"
                    + (off ? "." : ", inden for tolerancen på " + format(tolerance) + ".")));
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        for (CalcInput.Row r : input.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kommune", r.municipality().name());
            columns.forEach(c -> row.put(c, r.numberOrZero(c)));
            if (rowTotal != null) {
                BigDecimal shown = r.number(rowTotal);
                BigDecimal sum = parts.stream().map(r::numberOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal difference = shown.subtract(sum);
                row.put(rowTotal, shown);
                row.put("beregnet_i_alt", sum);
                row.put("afvigelse", difference);
                if (difference.abs().compareTo(tolerance) > 0) {
                    discrepancies++;
                    steps.add("Linje " + r.line() + " (" + r.municipality().name() + "): " + String.join(" + ", parts)
                            + " = " + format(sum) + ", men den trykte '" + rowTotal + "' er " + format(shown)
                            + "; afvigelse " + format(difference) + ".");
                }
            }
            rows.add(row);
        }
        if (rowTotal != null) {
            steps.add("Hver rækkes '" + rowTotal + "' er sammenholdt med summen af " + String.join(", ", parts) + ".");
        }
        steps.add(discrepancies == 0 ? "Ingen afvigelser." : discrepancies + (discrepancies == 1 ? " afvigelse" : " afvigelser")
                + " fundet.");
        return new CalcResult(name(), params.asMap(), rows, total, steps);
    }
}
