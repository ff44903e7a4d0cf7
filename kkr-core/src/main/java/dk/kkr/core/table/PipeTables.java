package dk.kkr.core.table;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables: an optional header line, a separator line ("|---|:---:|"), then the rows, each a
 * line with a "|", up to the first line without one. Cells are split at "|" (not at an escaped "\|") and
 * trimmed; what is inside a cell, HTML included, is kept as text.
 */
final class PipeTables implements TableRecogniser {

    private static final Pattern SEPARATOR = Pattern.compile(
            "[ \\t]*\\|?(?:[ \\t]*:?-+:?[ \\t]*\\|)+(?:[ \\t]*:?-+:?)?[ \\t]*");

    @Override
    public List<Table> recognise(List<SourceLine> lines, BitSet taken) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (taken.get(i) || !SEPARATOR.matcher(lines.get(i).text()).matches()) {
                continue;
            }
            int first = i > 0 && !taken.get(i - 1) && isRow(lines.get(i - 1)) ? i - 1 : i;
            int last = i;
            while (last + 1 < lines.size() && !taken.get(last + 1) && isRow(lines.get(last + 1))
                    && !SEPARATOR.matcher(lines.get(last + 1).text()).matches()) {
                last++;
            }
            if (last == i) {
                continue;
            }
            List<String> header = first < i ? split(lines.get(first)).stream().map(Cell::text).toList() : List.of();
            List<Row> rows = new ArrayList<>();
            for (int r = i + 1; r <= last; r++) {
                SourceLine line = lines.get(r);
                rows.add(new Row(line.span(), split(line)));
            }
            Span span = new Span(lines.get(first).start(), lines.get(last).end());
            tables.add(new Table(span, header, rows, Table.Kind.PIPE, TotalChecker.check(rows)));
            taken.set(first, last + 1);
            i = last;
        }
        return tables;
    }

    private static boolean isRow(SourceLine line) {
        return !line.isBlank() && line.text().indexOf('|') >= 0;
    }

    /** The cells of a row; a "|" at the start or end of the line opens or closes the row, it is no cell. */
    private static List<Cell> split(SourceLine line) {
        String text = line.text();
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to && text.charAt(from) == '|') {
            from++;
        }
        if (to > from && text.charAt(to - 1) == '|' && !(to - 2 >= from && text.charAt(to - 2) == '\\')) {
            to--;
        }
        List<Cell> cells = new ArrayList<>();
        int cellStart = from;
        for (int p = from; p < to; p++) {
            if (text.charAt(p) == '|' && (p == 0 || text.charAt(p - 1) != '\\')) {
                cells.add(TableCells.cell(text, line.start(), cellStart, p));
                cellStart = p + 1;
            }
        }
        cells.add(TableCells.cell(text, line.start(), cellStart, to));
        return cells;
    }
}
