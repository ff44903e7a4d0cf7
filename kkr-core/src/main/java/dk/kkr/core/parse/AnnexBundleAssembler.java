package dk.kkr.core.parse;

import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles the items of an annex bundle: the "Indholdsfortegnelse - Bilag" table lists items ("3.2 Title")
 * and their annexes ("Bilag 1: Title"); item covers in the body (a line holding just "3.2" followed by the
 * title, or "3.2 Title") mark where each item's annexes start. Without such a table, the covers alone give
 * the items: a "3.2 Title" cover must then open a document of the bundle (the text's first line, or the
 * first after a run of blank lines) and keep the covers' numbers in order, so the numbered headings inside
 * an annex ("1.1 Nøgleord") are not taken for items. Stateless.
 */
final class AnnexBundleAssembler {

    /** The rows of the bundle's table of contents: an item, or an annex under it ({@code grammar.tsv}). */
    static final Pattern ITEM_ROW = Grammar.STANDARD.pattern("bundle-item-row");
    static final Pattern ANNEX_ROW = Grammar.STANDARD.pattern("annex-row");
    private static final Pattern LEADER_AND_PAGE = Pattern.compile("\\s*\\.{2,}\\s*(?:\\d{1,4})?\\s*$");
    private static final Pattern TRAILING_PAGE = Pattern.compile("\\s+\\d{1,4}$");
    private static final int MAX_TITLE_LENGTH = 200;

    /** At most this many lines make a cover's title (a long title wraps). */
    private static final int MAX_TITLE_LINES = 3;

    /** A run of at least this many blank lines separates the documents of a bundle taken from a PDF. */
    static final int DOCUMENT_BREAK = 5;

    /** A line wholly in parentheses, e.g. "(orientering)": a remark on the item, not part of its title. */
    private static final Pattern REMARK = Pattern.compile("^\\(.*\\)$");

    /** Where an item's annexes start: the cover line, the last line of its title, and the title's span. */
    record Cover(int line, int titleEnd, String number, Span title) {
    }

    /** An item as the table of contents lists it. */
    private record Entry(String number, String title, Span titleSpan, List<AnnexRef> annexes) {
    }

    private AnnexBundleAssembler() {
    }

    /** Whether the text has an annex table of contents ("Indholdsfortegnelse - Bilag"). */
    static boolean hasAnnexToc(Scan scan) {
        return scan.forms().stream().anyMatch(f -> f instanceof LineForm.TocHeading h && h.annexes());
    }

    /** The bundle's items and the covers that mark where they stand. */
    record Bundle(List<ParsedItem> items, List<Cover> covers) {
    }

    static Bundle read(Scan scan) {
        Map<String, Entry> entries = tableOfContents(scan);
        List<Cover> covers = covers(scan, entries);
        if (entries.isEmpty()) {
            Paragraphs paragraphs = Paragraphs.of(scan);
            for (Cover cover : covers) {
                entries.putIfAbsent(cover.number(), new Entry(cover.number(),
                        LineClassifier.clean(paragraphs.joined(cover.title()).text()), cover.title(), List.of()));
            }
        }
        List<ParsedItem> items = new ArrayList<>();
        for (Entry entry : entries.values()) {
            items.add(new ParsedItem(entry.number(), entry.title(), null, null, List.of(), entry.annexes(),
                    itemSpan(scan, entry, covers), entry.titleSpan()));
        }
        return new Bundle(items, covers);
    }

    /**
     * The item covers in the body, confirmed against the table of contents when there is one. Without a
     * table, a bare number needs a title-like line after it, and a "3.2 Title" line must open a document
     * and not go back in the covers' numbering.
     */
    private static List<Cover> covers(Scan scan, Map<String, Entry> entries) {
        List<Cover> covers = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < scan.size(); i++) {
            LineForm form = scan.form(i);
            Cover cover = null;
            if (form instanceof LineForm.BareNumber bare) {
                int next = scan.nextNonBlank(i + 1);
                if (next >= 0 && isTitleFor(scan, next, entries.get(bare.number()), entries.isEmpty())) {
                    int end = titleEnd(scan, next);
                    cover = new Cover(i, end, bare.number(), scan.content(next, end + 1));
                }
            } else if (form instanceof LineForm.ItemHeading heading) {
                Entry entry = entries.get(heading.number());
                boolean confirmed = entry != null ? Vocabulary.alike(heading.title(), entry.title())
                        : entries.isEmpty() && opensDocument(scan, i)
                        && (previous == null || ItemNumbers.compare(previous, heading.number()) <= 0);
                if (confirmed) {
                    int end = entry != null ? i : titleEnd(scan, i);
                    Span title = end == i ? heading.titleSpan()
                            : new Span(heading.titleSpan().start(), scan.line(end).span().end());
                    cover = new Cover(i, end, heading.number(), title);
                }
            }
            if (cover != null) {
                covers.add(cover);
                previous = cover.number();
            }
        }
        return covers;
    }

    /** Whether line {@code i} is the text's first line or the first after a run of blank lines. */
    private static boolean opensDocument(Scan scan, int i) {
        int blanks = 0;
        while (blanks < DOCUMENT_BREAK && i - blanks - 1 >= 0 && scan.line(i - blanks - 1).isBlank()) {
            blanks++;
        }
        return blanks == i || blanks == DOCUMENT_BREAK;
    }

    /**
     * The last line of a title starting at line {@code first}: it runs on over the lines of text right
     * below it that keep its indentation (a line indented differently opens a new block of the page), up to
     * a line that is only a remark in parentheses.
     */
    private static int titleEnd(Scan scan, int first) {
        boolean indented = Character.isWhitespace(scan.line(first).text().charAt(0));
        int last = first;
        while (last + 1 < scan.size() && last + 1 - first < MAX_TITLE_LINES
                && scan.form(last + 1) instanceof LineForm.Text) {
            String next = scan.line(last + 1).text();
            if (Character.isWhitespace(next.charAt(0)) != indented || REMARK.matcher(next.strip()).matches()) {
                break;
            }
            last++;
        }
        return last;
    }

    private static boolean isTitleFor(Scan scan, int line, Entry entry, boolean noToc) {
        String text = LineClassifier.clean(scan.line(line).trimmed());
        if (entry != null) {
            return Vocabulary.alike(text, entry.title());
        }
        return noToc && scan.form(line) instanceof LineForm.Text && text.length() <= MAX_TITLE_LENGTH
                && !text.endsWith(".") && Character.isUpperCase(text.codePointAt(0));
    }

    /** From the item's first cover to the line before the next item's first cover. */
    private static Span itemSpan(Scan scan, Entry entry, List<Cover> covers) {
        int start = -1;
        int end = scan.size();
        for (Cover cover : covers) {
            if (start < 0 && cover.number().equals(entry.number())) {
                start = cover.line();
            } else if (start >= 0 && !cover.number().equals(entry.number())) {
                end = cover.line();
                break;
            }
        }
        Span span = start < 0 ? null : scan.content(start, end);
        return span == null ? entry.titleSpan() : span;
    }

    private static Map<String, Entry> tableOfContents(Scan scan) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        int i = 0;
        while (i < scan.size() && !(scan.form(i) instanceof LineForm.TocHeading h && h.annexes())) {
            i++;
        }
        Entry current = null;
        for (i = i + 1; i < scan.size(); i++) {
            LineForm form = scan.form(i);
            if (form instanceof LineForm.Blank) {
                continue;
            }
            if (!(form instanceof LineForm.TableRow row)) {
                break;
            }
            if (row.cells().isEmpty()) {
                continue;
            }
            LineForm.Cell cell = row.cells().get(0);
            String text = stripPage(cell.text(), row.cells().size() == 1);
            Matcher annex = ANNEX_ROW.matcher(text);
            Matcher item = ITEM_ROW.matcher(text);
            if (annex.matches() && current != null) {
                String title = annex.group(1).strip();
                current.annexes().add(new AnnexRef(title, scan.find(title, cell.span())));
            } else if (item.matches()) {
                String title = item.group(2).strip();
                current = new Entry(LineClassifier.number(item.group(1)), title, scan.find(title, cell.span()),
                        new ArrayList<>());
                entries.putIfAbsent(current.number(), current);
            }
        }
        return entries;
    }

    /** A cell's text without its dot leader, and without a page number when the row has no page column. */
    private static String stripPage(String text, boolean pageInCell) {
        String stripped = LEADER_AND_PAGE.matcher(text).replaceFirst("");
        return pageInCell ? TRAILING_PAGE.matcher(stripped).replaceFirst("") : stripped;
    }
}
