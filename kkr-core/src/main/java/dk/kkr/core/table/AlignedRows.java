package dk.kkr.core.table;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Space-aligned rows: at least {@value #MIN_ROWS} consecutive lines, each a label followed by the same
 * number of numbers ("Aabenraa      1.234.567   12,5"). The label must hold a letter and stand apart
 * from the numbers by two or more spaces, a tab or a "|". OCR'd tables often keep only one space there;
 * such a line counts only when it ends in two or more numbers ("Ialt 950.000( 950.000| 950.000": OCR
 * reads a column rule as "|" or "(", which therefore also separate numbers). Once a wide gap (two or more
 * spaces, a tab) has been seen, walking from the end of the line, a number before a single space belongs
 * to the label: a table of contents line "3.1. [tab] Praktikpladser 2026 [tab] 4" has the one number 4.
 *
 * <p>The header is the line right above the rows when it splits, at two or more spaces, tabs or "|", into
 * as many parts as the rows have numbers (then the label column's header is empty) or one more; or, for
 * rows of two or more numbers, when it consists of exactly that many words ("Antal Pct.").
 */
final class AlignedRows implements TableRecogniser {

    static final int MIN_ROWS = 3;

    /** Between two numbers, or between the label and the first: white space, "|", or "(" right after a number. */
    private static final String GAP = "(?:[ \\t]*\\|[ \\t]*|(?<=\\d)\\([ \\t]*|[ \\t]+)";
    /** The last number of a line, with the gap before it. */
    private static final Pattern LAST_NUMBER = Pattern.compile(
            "(" + GAP + ")(" + DanishNumbers.VALUE + ")[ \\t]*$");
    /** Two or more spaces or a tab: the gap of a table laid out with spaces. */
    private static final Pattern WIDE = Pattern.compile("[ \\t]*\\t[ \\t]*|[ \\t]{2,}");
    /** A gap that sets a label apart from its numbers without doubt: wide, or a "|". */
    private static final Pattern STRONG_GAP = Pattern.compile("[ \\t]*(?:\\t|\\|)[ \\t]*|[ \\t]{2,}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** A line read as a row: its cells, label first. */
    private record RowLine(Row row, int numbers) {
    }

    @Override
    public List<Table> recognise(List<SourceLine> lines, BitSet taken) {
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            RowLine first = taken.get(i) ? null : read(lines.get(i));
            if (first == null) {
                i++;
                continue;
            }
            List<Row> rows = new ArrayList<>(List.of(first.row()));
            int last = i;
            while (last + 1 < lines.size() && !taken.get(last + 1)) {
                RowLine next = read(lines.get(last + 1));
                if (next == null || next.numbers() != first.numbers()) {
                    break;
                }
                rows.add(next.row());
                last++;
            }
            if (rows.size() >= MIN_ROWS) {
                int start = i;
                List<String> header = i > 0 && !taken.get(i - 1) ? header(lines.get(i - 1), first.numbers()) : List.of();
                if (!header.isEmpty()) {
                    start = i - 1;
                }
                Span span = new Span(lines.get(start).start(), lines.get(last).end());
                tables.add(new Table(span, header, rows, Table.Kind.ALIGNED, TotalChecker.check(rows)));
                taken.set(start, last + 1);
            }
            i = last + 1;
        }
        return tables;
    }

    /** The line as a row of a label and numbers, or null when it is not one. */
    private static RowLine read(SourceLine line) {
        String text = line.text();
        List<Cell> numbers = new ArrayList<>();
        int end = text.length();
        String gap = null;
        boolean wide = false;
        Matcher m = LAST_NUMBER.matcher(text);
        while (mayEndInValue(text, end) && m.region(0, end).find()) {
            if (wide && m.group(1).equals(" ")) {
                break;
            }
            wide |= WIDE.matcher(m.group(1)).matches();
            numbers.addFirst(TableCells.cell(text, line.start(), m.start(2), m.end(2)));
            gap = m.group(1);
            end = m.start();
        }
        String label = text.substring(0, end);
        if (numbers.isEmpty() || !LETTER.matcher(label).find()) {
            return null;
        }
        boolean strong = STRONG_GAP.matcher(gap).matches();
        if (!strong && numbers.size() < 2) {
            return null;
        }
        List<Cell> cells = new ArrayList<>();
        cells.add(TableCells.cell(text, line.start(), 0, end));
        cells.addAll(numbers);
        return new RowLine(new Row(cellSpan(cells), cells), numbers.size());
    }

    /**
     * Whether {@code text} up to {@code end} can end in a value ({@link #LAST_NUMBER}): its last character before
     * spaces and tabs is a digit, ")" or "%", or it ends in "pct" or "pct.". Most lines are prose and end otherwise;
     * they are known without the regular expression, which would try every position of the line.
     */
    private static boolean mayEndInValue(String text, int end) {
        int last = end;
        while (last > 0 && (text.charAt(last - 1) == ' ' || text.charAt(last - 1) == '\t')) {
            last--;
        }
        if (last == 0) {
            return false;
        }
        char c = text.charAt(last - 1);
        return (c >= '0' && c <= '9') || c == ')' || c == '%' || text.startsWith("pct", last - 3)
                || text.startsWith("pct.", last - 4);
    }

        private static Span cellSpan(List<Cell> cells) {
        return cells.getFirst().span().union(cells.getLast().span());
    }

    private static List<String> header(SourceLine line, int numbers) {
        if (line.isBlank() || read(line) != null) {
            return List.of();
        }
        List<String> parts = List.of(STRONG_GAP.split(line.text().strip()));
        if (parts.size() == numbers + 1) {
            return parts;
        }
        if (parts.size() == numbers) {
            return prependEmpty(parts);
        }
        List<String> words = List.of(line.text().strip().split("\\s+"));
        if (numbers >= 2 && words.size() == numbers) {
            return prependEmpty(words);
        }
        return List.of();
    }

    private static List<String> prependEmpty(List<String> parts) {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(parts);
        return header;
    }
}
