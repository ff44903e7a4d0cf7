package dk.kkr.core.parse;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Span;
import dk.kkr.core.danish.ReferenceData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line level of the parser's cascade: tells what each line is by its own shape (blank, table row,
 * table-of-contents entry, item heading, section heading, case line, letterhead field, page furniture,
 * body text), by the patterns and words of the line grammar ({@code grammar.tsv}, {@link Grammar}) tried in
 * this order. Context is left to the assemblers. Stateless and thread-safe.
 */
final class LineClassifier {

    /** The line classes' patterns, from {@code grammar.tsv}, where their examples are. */
    private static final Pattern TOC_ENTRY = Grammar.STANDARD.pattern("toc-entry");
    private static final Pattern TOC_HEADING = Grammar.STANDARD.pattern("toc-heading");
    private static final Pattern DOCUMENT_HEADING = Grammar.STANDARD.pattern("document-heading");
    private static final Pattern ITEM_HEADING = Grammar.STANDARD.pattern("item-heading");
    private static final Pattern BARE_NUMBER = Grammar.STANDARD.pattern("bare-number");
    private static final Pattern CASE_LINE = Grammar.STANDARD.pattern("case-line");
    private static final Pattern FIELD = Grammar.STANDARD.pattern("field");
    private static final Pattern PAGE = Grammar.STANDARD.pattern("page");
    private static final Pattern FURNITURE = Grammar.STANDARD.pattern("furniture");
    /** A field's folded label to its name, from the field word lists of {@code grammar.tsv}. */
    private static final Map<String, LineForm.FieldName> FIELD_NAMES = fieldNames();
    private static final Pattern LABEL_ALONE = Pattern.compile("^(\\p{L}[\\p{L}. ]{0,14}?)\\s*:$");

    private LineClassifier() {
    }

    static List<LineForm> classify(List<Line> lines) {
        List<LineForm> forms = new ArrayList<>(lines.size());
        for (Line line : lines) {
            forms.add(classify(line));
        }
        return forms;
    }

    static LineForm classify(Line line) {
        String t = line.trimmed();
        if (t.isEmpty()) {
            return new LineForm.Blank();
        }
        if (t.length() > 1 && t.startsWith("|") && t.endsWith("|")) {
            return tableRow(line);
        }
        String cleaned = clean(t);
        Matcher m = TOC_ENTRY.matcher(t);
        if (m.matches()) {
            return new LineForm.TocEntry(number(m.group(1)), clean(m.group(2)), spanOf(line, m, 2));
        }
        if ((m = TOC_HEADING.matcher(cleaned)).matches()) {
            return new LineForm.TocHeading(m.group(1) != null);
        }
        if ((m = DOCUMENT_HEADING.matcher(cleaned)).matches()) {
            return new LineForm.DocumentHeading(
                    m.group(1).equals("REFERAT") ? DocumentKind.MINUTES : DocumentKind.AGENDA);
        }
        if ((m = BARE_NUMBER.matcher(cleaned)).matches()) {
            return new LineForm.BareNumber(number(m.group(1)));
        }
        if ((m = ITEM_HEADING.matcher(t)).matches() && isTitle(clean(m.group(2)))) {
            return new LineForm.ItemHeading(number(m.group(1)), clean(m.group(2)), spanOf(line, m, 2));
        }
        var section = Vocabulary.sectionHeading(cleaned);
        if (section.isPresent()) {
            return new LineForm.SectionHeading(section.get());
        }
        if ((m = CASE_LINE.matcher(t)).matches()) {
            return new LineForm.CaseLine(m.group(1), m.group(2));
        }
        if ((m = FIELD.matcher(t)).matches() && FIELD_NAMES.containsKey(label(m.group(1)))) {
            return new LineForm.Field(FIELD_NAMES.get(label(m.group(1))), m.group(2).strip(), spanOf(line, m, 2));
        }
        if ((m = PAGE.matcher(t)).matches()) {
            return new LineForm.Field(LineForm.FieldName.PAGE, m.group(1), spanOf(line, m, 1));
        }
        if (FURNITURE.matcher(t).matches()) {
            return new LineForm.Furniture();
        }
        var body = ReferenceData.body(cleaned);
        if (body.isPresent()) {
            return new LineForm.BodyName(body.get());
        }
        return new LineForm.Text();
    }

    /** Removes markdown emphasis and heading marks and surrounding white space. */
    static String clean(String text) {
        return text.replace("*", "").replaceFirst("^#+\\s*", "").strip();
    }

    /** "3.1." and "3.1" give "3.1". */
    static String number(String written) {
        return written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
    }

    /**
     * Whether a heading's text reads like a title: it starts with a capital letter, digit or quote and
     * does not lead into something else (a trailing colon or comma).
     */
    private static boolean isTitle(String text) {
        if (text.isEmpty() || text.endsWith(":") || text.endsWith(",") || text.endsWith(";")) {
            return false;
        }
        int first = text.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"\u201c\u201e\u00ab".indexOf(first) >= 0;
    }

    private static LineForm.TableRow tableRow(Line line) {
        String text = line.text();
        List<LineForm.Cell> cells = new ArrayList<>();
        int open = text.indexOf('|');
        int close;
        while ((close = text.indexOf('|', open + 1)) >= 0) {
            String cell = text.substring(open + 1, close);
            cells.add(new LineForm.Cell(clean(cell), line.span(open + 1, close)));
            open = close;
        }
        return new LineForm.TableRow(cells);
    }

    private static Span spanOf(Line line, Matcher m, int group) {
        int offset = line.text().indexOf(line.trimmed());
        return line.span(offset + m.start(group), offset + m.end(group));
    }

    /**
     * The field a line names without giving its value ("Dok. ID:" alone: a scanner broke the line after
     * the label), if any.
     */
    static Optional<LineForm.FieldName> labelAlone(String trimmed) {
        Matcher m = LABEL_ALONE.matcher(clean(trimmed));
        return m.matches() ? Optional.ofNullable(FIELD_NAMES.get(label(m.group(1)))) : Optional.empty();
    }

    /** A field's label as the word lists are compared: without case, spaces and dots ("Dok. ID" is "dokid"). */
    private static String label(String written) {
        return written.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
    }

    private static Map<String, LineForm.FieldName> fieldNames() {
        Map<String, LineForm.FieldName> names = new HashMap<>();
        for (LineForm.FieldName name : LineForm.FieldName.values()) {
            if (name.labels != null) {
                Grammar.STANDARD.words(name.labels).forEach(word -> names.put(label(word), name));
            }
        }
        return Map.copyOf(names);
    }
}
