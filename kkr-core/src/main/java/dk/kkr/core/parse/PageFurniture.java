package dk.kkr.core.parse;

import dk.kkr.core.parse.Paragraphs.Footnote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a text that are not part of its flow, found once for the whole text: memo letterheads, page
 * furniture ("Side x af y", addresses, web addresses), footnote blocks at page bottoms and running headers
 * repeated at page edges; and the footnotes themselves. Immutable after construction.
 */
final class PageFurniture {

    /** A line seen at least this many times at page edges is a running header. */
    private static final int RUNNING_HEADER_REPEATS = 3;
    private static final int MAX_RUNNING_HEADER_LENGTH = 100;

    /** A footnote block holds at most this many lines before the page ends. */
    private static final int MAX_FOOTNOTE_LINES = 15;

    /** "12 Danmarks Statistik …" or "7 https://…": the first line of a footnote. */
    static final Pattern FOOTNOTE_LINE = Grammar.STANDARD.pattern("footnote");

    private final Scan scan;
    private final Paragraphs.FurnitureKind[] lifted;
    private final List<Footnote> footnotes;
    private final Set<String> footnoteNumbers;

    PageFurniture(Scan scan) {
        this.scan = scan;
        this.lifted = new Paragraphs.FurnitureKind[scan.size()];
        for (Letterheads.Block block : Letterheads.find(scan)) {
            for (int i = block.first(); i <= block.last(); i++) {
                lifted[i] = Paragraphs.FurnitureKind.LETTERHEAD;
            }
        }
        for (int i = 0; i < scan.size(); i++) {
            if (lifted[i] == null && isPageFurniture(scan.form(i))) {
                lifted[i] = Paragraphs.FurnitureKind.PAGE_FURNITURE;
            }
        }
        this.footnotes = liftFootnotes();
        this.footnoteNumbers = Set.copyOf(footnotes.stream().map(Footnote::number).toList());
        liftRunningHeaders();
    }

    private static boolean isPageFurniture(LineForm form) {
        return form instanceof LineForm.Furniture
                || form instanceof LineForm.Field f && f.name() == LineForm.FieldName.PAGE;
    }

    /**
     * Lifts out footnote blocks: a footnote line after a blank line, with the lines below it up to where the
     * page ends (a line that opens a page with a single leading space, a letterhead, a run of blank lines
     * that ends a document, or the end of the text).
     */
    private List<Footnote> liftFootnotes() {
        List<Footnote> found = new ArrayList<>();
        int i = 0;
        while (i < scan.size()) {
            int end = i > 0 && scan.line(i - 1).isBlank() && lifted[i] == null && isFootnoteLine(i) ? pageEnd(i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            int start = i;
            for (int k = i; k < end; k++) {
                lifted[k] = Paragraphs.FurnitureKind.FOOTNOTES;
                if (k + 1 == end || isFootnoteLine(k + 1)) {
                    addFootnote(found, start, k);
                    start = k + 1;
                }
            }
            i = end;
        }
        return found;
    }

    private void addFootnote(List<Footnote> found, int first, int last) {
        Matcher m = FOOTNOTE_LINE.matcher(scan.line(first).text());
        if (m.lookingAt()) {
            found.add(new Footnote(m.group(1), scan.content(first, last + 1)));
        }
    }

    private boolean isFootnoteLine(int i) {
        return scan.form(i) instanceof LineForm.Text && !Character.isWhitespace(scan.line(i).text().charAt(0))
                && FOOTNOTE_LINE.matcher(scan.line(i).text()).lookingAt();
    }

    /** The line where the page of footnote line {@code first} ends, or -1 if it does not end soon after. */
    private int pageEnd(int first) {
        int blanks = 0;
        for (int i = first + 1; i < scan.size() && i - first <= MAX_FOOTNOTE_LINES; i++) {
            Line line = scan.line(i);
            if (line.isBlank()) {
                if (++blanks == AnnexBundleAssembler.DOCUMENT_BREAK) {
                    return i - blanks + 1;
                }
                continue;
            }
            blanks = 0;
            if (line.opensPage() || lifted[i] == Paragraphs.FurnitureKind.LETTERHEAD) {
                return i;
            }
        }
        return first + MAX_FOOTNOTE_LINES >= scan.size() ? scan.size() : -1;
    }

    /**
     * Lifts out running headers: a short line of text seen at least {@link #RUNNING_HEADER_REPEATS} times,
     * each time at a page's edge (opening a page, or with furniture as its nearest neighbour) and standing
     * apart from the text around it (no line runs on into it or from it).
     */
    private void liftRunningHeaders() {
        Map<String, List<Integer>> seen = new HashMap<>();
        for (int i = 0; i < scan.size(); i++) {
            String t = scan.line(i).trimmed();
            if (lifted[i] == null && scan.form(i) instanceof LineForm.Text && t.length() <= MAX_RUNNING_HEADER_LENGTH) {
                seen.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> headers = seen.values().stream()
                .filter(lines -> lines.size() >= RUNNING_HEADER_REPEATS
                        && lines.stream().allMatch(i -> atPageEdge(i) && standsApart(i)))
                .flatMap(List::stream).toList();
        headers.forEach(i -> lifted[i] = Paragraphs.FurnitureKind.RUNNING_HEADER);
    }

    private boolean atPageEdge(int i) {
        return scan.line(i).opensPage() || lifted(neighbour(i, -1)) || lifted(neighbour(i, 1));
    }

    private boolean standsApart(int i) {
        String t = scan.line(i).trimmed();
        int before = neighbour(i, -1);
        int after = neighbour(i, 1);
        return (before < 0 || lifted(before) || !LineJoins.runsOn(scan.line(before).trimmed(), t))
                && (after < 0 || lifted(after) || !LineJoins.runsOn(t, scan.line(after).trimmed()));
    }

    /** The nearest non-blank line before ({@code step} -1) or after (1) line {@code i}, or -1. */
    private int neighbour(int i, int step) {
        for (int k = i + step; k >= 0 && k < scan.size(); k += step) {
            if (!scan.line(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** Whether line {@code line} is lifted out of the flow; false for -1 (no line). */
    boolean lifted(int line) {
        return line >= 0 && lifted[line] != null;
    }

    /** What line {@code line} was lifted out as, or null when it stays in the flow. */
    Paragraphs.FurnitureKind kind(int line) {
        return lifted[line];
    }

    /** The footnotes, in text order. */
    List<Footnote> footnotes() {
        return footnotes;
    }

    /** The numbers of the footnotes: the markers a paragraph may carry. */
    Set<String> footnoteNumbers() {
        return footnoteNumbers;
    }
}
