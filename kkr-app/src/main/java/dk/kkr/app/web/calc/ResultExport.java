package dk.kkr.app.web.calc;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A result table as a download. CSV: ";"-separated, UTF-8 with a BOM so that a Danish Excel reads æøå,
 * numbers with a decimal comma and no thousands dots, the totals row last as "I alt" (so the file can be
 * read again, e.g. by the audit model). XLSX: the table with real numbers on the sheet "Resultat", the
 * parameters on "Parametre" and the numbered steps on "Trin". Stateless and thread-safe.
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
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet("Resultat");
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(styles.bold(0));
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                write(sheet.createRow(r++), row, styles, false);
            }
            if (table.hasTotalsRow()) {
                write(sheet.createRow(r), table.totalsLine(), styles, true);
            }
            for (int c = 0; c < table.columns().size(); c++) {
                sheet.setColumnWidth(c, 256 * Math.min(60, table.width(c) + 2));
            }
            Sheet params = book.createSheet("Parametre");
            int p = 0;
            Row model = params.createRow(p++);
            model.createCell(0).setCellValue("model");
            model.createCell(1).setCellValue(table.model());
            for (var entry : table.params().entrySet()) {
                Row row = params.createRow(p++);
                row.createCell(0).setCellValue(entry.getKey());
                row.createCell(1).setCellValue(entry.getValue());
            }
            params.setColumnWidth(1, 256 * 60);
            Sheet steps = book.createSheet("Trin");
            for (int s = 0; s < table.steps().size(); s++) {
                Row row = steps.createRow(s);
                row.createCell(0).setCellValue(s + 1);
                row.createCell(1).setCellValue(table.steps().get(s));
            }
            steps.setColumnWidth(1, 256 * 120);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the XLSX file could not be written", e);
        }
    }

    private static void write(Row row, List<Object> cells, Styles styles, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(bold ? styles.bold(number.scale()) : styles.plain(number.scale()));
            } else {
                cell.setCellValue(value.toString());
                if (bold) {
                    cell.setCellStyle(styles.bold(0));
                }
            }
        }
    }

    /** One cell style per number of decimals and weight, shared by the cells (a workbook has few styles). */
    private static final class Styles {
        private final XSSFWorkbook book;
        private final Map<String, CellStyle> made = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
        }

        CellStyle plain(int decimals) {
            return style(decimals, false);
        }

        CellStyle bold(int decimals) {
            return style(decimals, true);
        }

        private CellStyle style(int decimals, boolean bold) {
            int places = Math.max(decimals, 0);
            return made.computeIfAbsent(places + "/" + bold, key -> {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat("#,##0" + (places == 0 ? "" : "." + "0".repeat(places))));
                if (bold) {
                    Font font = book.createFont();
                    font.setBold(true);
                    style.setFont(font);
                }
                return style;
            });
        }
    }
}
