package dk.kkr.core.table;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.model.Span;
import dk.kkr.core.danish.ReferenceData;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Tables that OCR read column by column: a run of at least {@value #MIN_NAMES} lines that each name a
 * municipality (any form {@link ReferenceData#municipality} accepts, "Aarhus", "Aarhus Kommune",
 * "Nordfyns"), optionally ended by one total line ("I alt"), then the numbers, one per line, column after
 * column. Blank lines in between are skipped. Each column may be headed by one short text line
 * ("Indbyggere"). Precision over recall: every column must have exactly as many numbers as there are
 * labels, so the numbers can be zipped onto the labels; when a run of numbers does not divide into whole
 * columns, there is no table. When the columns have headers, a short text line right above the labels is
 * the label column's header.
 */
final class ColumnwiseTables implements TableRecogniser {

    static final int MIN_NAMES = 3;
    /** The longest line taken for a column header. */
    private static final int MAX_HEADER = 40;

    @Override
    public List<Table> recognise(List<SourceLine> lines, BitSet taken) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Table table = tableAt(lines, taken, i);
            if (table == null) {
                i++;
                continue;
            }
            tables.add(table);
            int last = i;
            while (last < lines.size() && lines.get(last).start() < table.span().end()) {
                last++;
            }
            int first = i;
            while (first > 0 && lines.get(first - 1).end() > table.span().start()) {
                first--;
            }
            taken.set(first, last);
            i = last;
        }
        return tables;
    }

    /**
     * The table whose labels start at line {@code i}, or null. Labels start only where the run of names
     * starts: a table is never made of the tail of a run whose whole did not fit.
     */
    private static Table tableAt(List<SourceLine> lines, BitSet taken, int i) {
        if (taken.get(i) || !isMunicipality(lines.get(i))) {
            return null;
        }
        int previous = i - 1;
        while (previous >= 0 && lines.get(previous).isBlank()) {
            previous--;
        }
        if (previous >= 0 && !taken.get(previous) && isMunicipality(lines.get(previous))) {
            return null;
        }
        Cursor cursor = new Cursor(lines, taken, i);
        List<SourceLine> labels = new ArrayList<>();
        int names = 0;
        while (cursor.has() && isMunicipality(cursor.line())) {
            labels.add(cursor.next());
            names++;
        }
        if (names < MIN_NAMES) {
            return null;
        }
        if (cursor.has() && RowLabels.isTotal(cursor.line().text())) {
            labels.add(cursor.next());
        }
        int n = labels.size();
        List<String> columnHeaders = new ArrayList<>();
        List<SourceLine> numbers = new ArrayList<>();
        while (cursor.has()) {
            SourceLine heading = null;
            if (isHeading(cursor.line()) && cursor.peekIsNumber()) {
                heading = cursor.next();
            }
            int before = numbers.size();
            while (cursor.has() && isNumber(cursor.line())) {
                numbers.add(cursor.next());
            }
            int count = numbers.size() - before;
            if (count == 0) {
                break;
            }
            if (count % n != 0) {
                return null;
            }
            for (int c = 0; c < count / n; c++) {
                columnHeaders.add(heading != null && c == 0 ? heading.text().strip() : "");
            }
        }
        if (numbers.isEmpty()) {
            return null;
        }
        return table(lines, taken, i, labels, numbers, columnHeaders);
    }

    private static Table table(List<SourceLine> lines, BitSet taken, int i, List<SourceLine> labels,
                               List<SourceLine> numbers, List<String> columnHeaders) {
        int n = labels.size();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<Cell> cells = new ArrayList<>(List.of(labels.get(r).strippedCell()));
            for (int c = 0; c < numbers.size() / n; c++) {
                cells.add(numbers.get(c * n + r).strippedCell());
            }
            rows.add(new Row(cells.getFirst().span().union(cells.getLast().span()), cells));
        }
        List<String> header = List.of();
        int start = labels.getFirst().start();
        if (columnHeaders.stream().anyMatch(h -> !h.isEmpty())) {
            List<String> all = new ArrayList<>();
            SourceLine above = i > 0 && !taken.get(i - 1) && isHeading(lines.get(i - 1)) ? lines.get(i - 1) : null;
            all.add(above == null ? "" : above.text().strip());
            all.addAll(columnHeaders);
            header = all;
            if (above != null) {
                start = above.start();
            }
        }
        Span span = new Span(start, numbers.getLast().end());
        return new Table(span, header, rows, Table.Kind.COLUMNWISE, TotalChecker.check(rows));
    }

    private static boolean isMunicipality(SourceLine line) {
        return !line.isBlank() && ReferenceData.municipality(line.text()).isPresent();
    }

    private static boolean isNumber(SourceLine line) {
        return DanishNumbers.parseValue(line.text()).isPresent();
    }

    private static boolean isHeading(SourceLine line) {
        String text = line.text().strip();
        return !text.isEmpty() && text.length() <= MAX_HEADER && !isNumber(line) && !isMunicipality(line)
                && !RowLabels.isTotal(text) && !text.endsWith(".");
    }

    /** Walks the non-blank lines from a start line on, stopping at a line another table has taken. */
    private static final class Cursor {
        private final List<SourceLine> lines;
        private final BitSet taken;
        private int index;

        Cursor(List<SourceLine> lines, BitSet taken, int start) {
            this.lines = lines;
            this.taken = taken;
            this.index = start;
            skipBlank();
        }

        boolean has() {
            return index < lines.size() && !taken.get(index);
        }

        SourceLine line() {
            return lines.get(index);
        }

        SourceLine next() {
            SourceLine line = lines.get(index++);
            skipBlank();
            return line;
        }

        /** Whether the non-blank line after the current one is a number. */
        boolean peekIsNumber() {
            int p = index + 1;
            while (p < lines.size() && lines.get(p).isBlank()) {
                p++;
            }
            return p < lines.size() && !taken.get(p) && isNumber(lines.get(p));
        }

        private void skipBlank() {
            while (index < lines.size() && lines.get(index).isBlank()) {
                index++;
            }
        }
    }
}
