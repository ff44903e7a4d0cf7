package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.TextDecoder;
import dk.kkr.core.text.UnreadableSourceException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the input table of a calculation from a CSV file as Danish spreadsheets export it.
 *
 * <ul>
 * <li>Encoding: UTF-8 (a BOM is skipped) when the bytes are valid UTF-8, otherwise Windows-1252; see
 *     {@link TextDecoder}.</li>
 * <li>Separator: ";" when the header line has one outside quotes, else a tab when it has one, else ",".
 *     Cells may be quoted with '"' ("" inside quotes is one quote), and a quoted cell may span lines.</li>
 * <li>Header: the first column must be called "kommune"; column names are stripped and lower-cased and
 *     must be unique.</li>
 * <li>Numbers: read by {@link DanishNumbers}. The ambiguous "1.550" is Danish thousands (1550) when the
 *     separator is ";" or any cell of the file shows the Danish style ("4,6", "1.550.000"); otherwise it
 *     is a decimal point (1.55). Cells that hold no number are kept as text.</li>
 * <li>Rows: the first cell names one of the 98 municipalities, in any inflected or damaged form that
 *     {@link ReferenceData#municipalityTolerant} accepts; an unknown name, or a municipality named twice,
 *     is an error that names the line. A row whose first cell starts with "I alt", "Total", "Sum" or
 *     "Samlet" is the printed sum row (at most one). Empty lines are skipped.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class CalcCsv {

    private static final Pattern SUM_ROW = Pattern.compile("(?iu)(i\\s+alt|total|sum|samlet)\\b.*");

    private CalcCsv() {
    }

    /** Reads a file's bytes: decodes them, then parses the text. */
    public static CalcInput read(byte[] bytes) {
        TextDecoder.Decoded decoded;
        try {
            decoded = new TextDecoder().decode(bytes);
        } catch (UnreadableSourceException e) {
            throw new CalcException(Messages.text("calc.csv.unreadable", e.getMessage()));
        }
        List<String> notes = new ArrayList<>();
        notes.add(Messages.text("calc.csv.charset",
                decoded.notes().isEmpty() ? "UTF-8" : String.join(", ", decoded.notes())));
        return parse(decoded.text(), notes);
    }

    /** Parses text that is already decoded. */
    public static CalcInput parse(String text) {
        return parse(text, List.of());
    }

    private static CalcInput parse(String text, List<String> readingNotes) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(body);
        List<Record> records = records(body, separator);
        if (records.isEmpty()) {
            throw new CalcException(Messages.text("calc.csv.empty"));
        }
        List<String> columns = header(records.get(0));
        List<Record> data = records.subList(1, records.size());
        DanishNumbers.Style style = separator == ';' || data.stream()
                .anyMatch(r -> r.cells().stream().skip(1).anyMatch(DanishNumbers::looksDanish))
                ? DanishNumbers.Style.DANISH : DanishNumbers.Style.PLAIN;

        List<String> notes = new ArrayList<>(readingNotes);
        List<CalcInput.Row> rows = new ArrayList<>();
        Map<String, BigDecimal> printedTotals = new LinkedHashMap<>();
        Integer sumLine = null;
        Map<Municipality, Integer> seen = new HashMap<>();
        for (Record record : data) {
            if (record.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (record.cells().size() > columns.size() + 1
                    && record.cells().stream().skip(columns.size() + 1).anyMatch(c -> !c.isBlank())) {
                throw new CalcException(Messages.text("calc.csv.tooManyCells", String.valueOf(record.line()),
                        String.valueOf(record.cells().size()), String.valueOf(columns.size() + 1)));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            Map<String, BigDecimal> numbers = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String cell = i + 1 < record.cells().size() ? record.cells().get(i + 1).strip() : "";
                cells.put(columns.get(i), cell);
                BigDecimal number = DanishNumbers.parseCell(cell, style);
                if (number != null) {
                    numbers.put(columns.get(i), number);
                }
            }
            String name = record.cells().get(0).strip();
            if (SUM_ROW.matcher(name).matches()) {
                if (sumLine != null) {
                    throw new CalcException(Messages.text("calc.csv.secondTotal", String.valueOf(record.line()), name,
                            String.valueOf(sumLine)));
                }
                sumLine = record.line();
                printedTotals.putAll(numbers);
                notes.add(Messages.text("calc.csv.totalRow", String.valueOf(record.line()), name));
                continue;
            }
            Municipality municipality = ReferenceData.municipalityTolerant(name).orElseThrow(() -> new CalcException(
                    Messages.text("calc.csv.notAMunicipality", String.valueOf(record.line()), name)));
            Integer earlier = seen.putIfAbsent(municipality, record.line());
            if (earlier != null) {
                throw new CalcException(Messages.text("calc.csv.twice", String.valueOf(record.line()),
                        municipality.name(), String.valueOf(earlier)));
            }
            if (ReferenceData.municipality(name).isEmpty()) {
                notes.add(Messages.text("calc.csv.readAs", String.valueOf(record.line()), name, municipality.name()));
            }
            rows.add(new CalcInput.Row(record.line(), municipality, cells, numbers));
        }
        notes.add(0, Messages.text("calc.csv.read", String.valueOf(rows.size()), String.join(", ", columns),
                separator == '\t' ? Messages.text("calc.csv.tab") : String.valueOf(separator),
                Messages.text(style == DanishNumbers.Style.DANISH ? "calc.csv.danishNumbers"
                        : "calc.csv.plainNumbers")));
        return new CalcInput(columns, rows, printedTotals, notes);
    }

    private static List<String> header(Record header) {
        List<String> cells = header.cells();
        if (!cells.get(0).strip().equalsIgnoreCase("kommune")) {
            throw new CalcException(Messages.text("calc.csv.firstColumn", cells.get(0).strip()));
        }
        List<String> columns = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        for (int i = 1; i < cells.size(); i++) {
            String column = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (column.isEmpty()) {
                if (cells.stream().skip(i).allMatch(String::isBlank)) {
                    break;
                }
                throw new CalcException(Messages.text("calc.csv.unnamedColumn", String.valueOf(i + 1)));
            }
            if (!unique.add(column) || column.equals("kommune")) {
                throw new CalcException(Messages.text("calc.csv.columnTwice", column));
            }
            columns.add(column);
        }
        return columns;
    }

    /** ";" when the first line has one outside quotes, else a tab when it has one, else ",". */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).replaceAll("\"[^\"]*\"", "");
        return first.indexOf(';') >= 0 ? ';' : first.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** One record of the file and the line it starts on. */
    private record Record(int line, List<String> cells) {
    }

    private static List<Record> records(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                records.add(new Record(start, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                start = ++line;
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CalcException(Messages.text("calc.csv.openQuote", String.valueOf(start)));
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells)));
        }
        return records;
    }
}
