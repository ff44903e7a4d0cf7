package dk.kkr.web.calc;

import dk.kkr.core.text.Messages;
import dk.kkr.service.calc.ResultTable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A result table as a download. CSV: ";"-separated, UTF-8 with a BOM so that a Danish Excel reads æøå,
 * numbers with a decimal comma and no thousands dots, the totals row last as "I alt" (so the file can be
 * read again, e.g. by the audit model). XLSX: the table with real numbers on one sheet, the
 * parameters on a second and the numbered steps on a third (named in {@link Messages}). Stateless and thread-safe.
 */
public final class ResultExport {

    private ResultExport() {
    }

    public static byte[] csv(ResultTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.columns().stream().map(c -> (Object) c).toList());
        table.rows().forEach(row -> line(out, row));
        if (table.hasTotalsRow()) {
            line(out, table.totalsLine());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            String text = value instanceof BigDecimal n ? ResultTable.danish(n, false) : value == null ? "" : value.toString();
            if (i > 0) {
                out.append(';');
            }
            out.append(text.matches("[^;\"\r\n]*") ? text : '"' + text.replace("\"", "\"\"") + '"');
        }
        out.append("\r\n");
    }

    public static byte[] xlsx(ResultTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook book = new Workbook(out, "KKR Platform", "0.1")) {
            Worksheet sheet = book.newWorksheet(Messages.text("export.sheet.result"));
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.value(0, c, table.columns().get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                write(sheet, r++, row, false);
            }
            if (table.hasTotalsRow()) {
                write(sheet, r, table.totalsLine(), true);
            }
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.width(c, Math.min(60, table.width(c) + 2));
            }
            Worksheet params = book.newWorksheet(Messages.text("export.sheet.params"));
            params.value(0, 0, "model");
            params.value(0, 1, table.model());
            int p = 1;
            for (var entry : table.params().entrySet()) {
                params.value(p, 0, entry.getKey());
                params.value(p++, 1, entry.getValue());
            }
            params.width(1, 60);
            Worksheet steps = book.newWorksheet(Messages.text("export.sheet.steps"));
            for (int s = 0; s < table.steps().size(); s++) {
                steps.value(s, 0, s + 1);
                steps.value(s, 1, table.steps().get(s));
            }
            steps.width(1, 120);
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("the XLSX file could not be written", e);
        }
        return out.toByteArray();
    }

    /** One row: numbers as numbers with as many decimals as they carry, text as text; the totals row bold. */
    private static void write(Worksheet sheet, int row, List<Object> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            if (value instanceof BigDecimal number) {
                sheet.value(row, c, number);
                int places = Math.max(number.scale(), 0);
                var style = sheet.style(row, c).format("#,##0" + (places == 0 ? "" : "." + "0".repeat(places)));
                (bold ? style.bold() : style).set();
            } else {
                sheet.value(row, c, value.toString());
                if (bold) {
                    sheet.style(row, c).bold().set();
                }
            }
        }
    }
}
