package dk.kkr.core.parse;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reflows text taken from a PDF's text layer into paragraphs. The lines of a paragraph are joined: a word
 * hyphenated at a line break is made whole again ("udarbej-" + "delse" gives "udarbejdelse"), while a
 * suspended compound keeps its hyphen ("sundheds-" + "og omsorg" gives "sundheds- og omsorg"). Page
 * furniture is lifted out of the flow and recorded: memo letterheads, "Side x af y", addresses and web
 * addresses, running headers repeated at page tops, and footnotes at page bottoms; a paragraph that such
 * furniture cuts in two is joined again. Footnote numbers glued to a word ("området12") are split off as
 * markers when the text has a footnote with that number. Every paragraph keeps its span in the text.
 *
 * <p>Layout is measured locally, since one file may hold documents laid out differently: a line wraps
 * when the next line's first word would not have fitted within the width of the lines around it, and
 * text is double-spaced where its lines are mostly set one empty line apart. A line holding only spaces
 * (how a PDF's text layer writes an empty paragraph) always ends a paragraph.
 *
 * <p>A pure function of the text; instances are immutable and thread-safe.
 */
public final class Paragraphs {

    /** A paragraph: its reflowed text, its span in the source and the footnote markers taken out of it. */
    public record Paragraph(String text, Span span, List<Marker> markers) {
        public Paragraph {
            markers = List.copyOf(markers);
        }
    }

    /** A footnote number glued to a word, and where its digits stand. */
    public record Marker(String number, Span span) {
    }

    /** A footnote at a page's bottom: its number and where its text stands. */
    public record Footnote(String number, Span span) {
    }

    /** What a run of lines lifted out of the flow was. */
    public enum FurnitureKind {
        LETTERHEAD, PAGE_FURNITURE, RUNNING_HEADER, FOOTNOTES
    }

    /** Lines lifted out of the flow: what they were and where they stood. */
    public record Furniture(FurnitureKind kind, Span span) {
    }

    /** The paragraphs of a text, the furniture lifted out of it and its footnotes, all in text order. */
    public record Reflow(List<Paragraph> paragraphs, List<Furniture> furniture, List<Footnote> footnotes) {
        public Reflow {
            paragraphs = List.copyOf(paragraphs);
            furniture = List.copyOf(furniture);
            footnotes = List.copyOf(footnotes);
        }

        /** The paragraphs' texts, set apart by an empty line. */
        public String text() {
            return String.join("\n\n", paragraphs.stream().map(Paragraph::text).toList());
        }
    }

    /** Lines around a line (each way) that give its paragraphs' width and line spacing. */
    private static final int WINDOW = 10;

    /** A line seen at least this many times at page edges is a running header. */
    private static final int RUNNING_HEADER_REPEATS = 3;
    private static final int MAX_RUNNING_HEADER_LENGTH = 100;

    /** A footnote block holds at most this many lines before the page ends. */
    private static final int MAX_FOOTNOTE_LINES = 15;

    /** "12 Danmarks Statistik …" or "7 https://…": the first line of a footnote. */
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(\\d{1,2}) (?=\\p{Lu}|https?://)");

    /** Digits glued to a word or to the punctuation right after one, standing before a break or punctuation. */
    private static final Pattern MARKER = Pattern.compile(
            "(?<=\\p{Ll}|\\p{L}[.)\u201d\"'\u2019])(\\d{1,2})(?=[\\s.,;:)]|$)");

    /** Words after which a word's trailing hyphen suspends a compound ("sundheds- og omsorgsområderne"). */
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "og/eller", "såvel", "end");

    private final Scan scan;
    private final FurnitureKind[] lifted;
    private final List<Footnote> footnotes;
    private final Set<String> footnoteNumbers;

    private Paragraphs(Scan scan) {
        this.scan = scan;
        this.lifted = new FurnitureKind[scan.size()];
        for (Letterheads.Block block : Letterheads.find(scan)) {
            for (int i = block.first(); i <= block.last(); i++) {
                lifted[i] = FurnitureKind.LETTERHEAD;
            }
        }
        for (int i = 0; i < scan.size(); i++) {
            if (lifted[i] == null && isPageFurniture(scan.form(i))) {
                lifted[i] = FurnitureKind.PAGE_FURNITURE;
            }
        }
        this.footnotes = liftFootnotes();
        this.footnoteNumbers = new LinkedHashSet<>(footnotes.stream().map(Footnote::number).toList());
        liftRunningHeaders();
    }

    /** Reflows a whole text. */
    public static Reflow reflow(String text) {
        return of(Scan.of(text)).reflow(new Span(0, text.length()));
    }

    /** The reflow of a scanned text; its letterheads, footnotes and running headers are found once. */
    static Paragraphs of(Scan scan) {
        return new Paragraphs(scan);
    }

    /** The paragraphs of the lines that {@code within} touches, with the furniture and footnotes among them. */
    Reflow reflow(Span within) {
        return reflow(within, false);
    }

    /**
     * The entries of a list, such as the annex titles under "Bilag": the paragraphs of the lines that
     * {@code within} touches, each item of a list an entry of its own.
     */
    List<Paragraph> entries(Span within) {
        return reflow(within, true).paragraphs();
    }

    /** The text of {@code within}, known to make one paragraph (a title), its lines joined as one. */
    Paragraph joined(Span within) {
        Builder builder = null;
        for (int i = scan.lineAt(within.start()); i <= scan.lineAt(within.end()) && i < scan.size(); i++) {
            Line line = scan.line(i);
            Span part = line.span(Math.max(0, within.start() - line.start()),
                    Math.min(line.text().length(), within.end() - line.start()));
            if (lifted[i] == null && part.length() > 0) {
                if (builder == null) {
                    builder = new Builder(part);
                } else {
                    builder.add(part);
                }
            }
        }
        return builder == null ? new Paragraph("", within, List.of()) : builder.build();
    }

    private Reflow reflow(Span within, boolean itemsApart) {
        int first = scan.lineAt(within.start());
        int end = Math.min(scan.size(), scan.lineAt(within.end()) + 1);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Furniture> furniture = new ArrayList<>();
        Builder current = null;
        int previous = -1;
        for (int i = first; i < end; i++) {
            if (lifted[i] != null) {
                addFurniture(furniture, lifted[i], i);
                continue;
            }
            if (scan.line(i).isBlank()) {
                continue;
            }
            Join join = current == null ? Join.NONE : join(previous, i, current.list);
            if (join == Join.RUN_ON) {
                current.add(scan.line(i).span());
            } else if (join == Join.NEXT_LIST_ITEM && !itemsApart) {
                current.addListItem(scan.line(i).span());
            } else {
                if (current != null) {
                    paragraphs.add(current.build());
                }
                current = new Builder(scan.line(i).span());
            }
            previous = i;
        }
        if (current != null) {
            paragraphs.add(current.build());
        }
        int from = first < end ? scan.line(first).start() : within.start();
        int to = first < end ? scan.line(end - 1).end() : within.end();
        List<Footnote> inside = footnotes.stream()
                .filter(f -> f.span().start() >= from && f.span().end() <= to).toList();
        return new Reflow(paragraphs, furniture, inside);
    }

    private static boolean isPageFurniture(LineForm form) {
        return form instanceof LineForm.Furniture
                || form instanceof LineForm.Field f && f.name() == LineForm.FieldName.PAGE;
    }

    private void addFurniture(List<Furniture> furniture, FurnitureKind kind, int line) {
        Span span = scan.line(line).span();
        if (span.length() == 0) {
            return;
        }
        int last = furniture.size() - 1;
        if (last >= 0 && furniture.get(last).kind() == kind
                && !hasText(scan.lineAt(furniture.get(last).span().end()) + 1, line)) {
            furniture.set(last, new Furniture(kind, furniture.get(last).span().union(span)));
        } else {
            furniture.add(new Furniture(kind, span));
        }
    }

    /** Whether a line of [from, to) is neither blank nor lifted out. */
    private boolean hasText(int from, int to) {
        for (int i = from; i < to; i++) {
            if (lifted[i] == null && !scan.line(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** How a line goes on from the line before it. */
    private enum Join {
        /** It opens a new paragraph. */
        NONE,
        /** It runs on the paragraph's last line. */
        RUN_ON,
        /** It is the next item of the list the paragraph holds, on a line of its own. */
        NEXT_LIST_ITEM
    }

    /**
     * How line {@code next} goes on from the paragraph whose last line is {@code last}. Both must be lines
     * of text. A list item opens a paragraph, unless it follows the items of a list right below them.
     * Across furniture lifted out, and onto a line that opens a page, the paragraph runs on only when it
     * has not ended its sentence and goes on in lower case or after a hyphen. Otherwise the lines must stand next to each other (or one empty line
     * apart in double-spaced text), and the last line must end in a hyphen, run on unfinished into lower
     * case, or be too long to have held the next line's first word.
     */
    private Join join(int last, int next, boolean inList) {
        if (!(scan.form(last) instanceof LineForm.Text) || !(scan.form(next) instanceof LineForm.Text)) {
            return Join.NONE;
        }
        String a = scan.line(last).trimmed();
        String b = scan.line(next).trimmed();
        boolean runsOn = runsOn(a, b);
        boolean liftedBetween = false;
        int blanks = 0;
        boolean spacesOnly = false;
        for (int i = last + 1; i < next; i++) {
            if (lifted[i] != null) {
                liftedBetween = true;
            } else {
                blanks++;
                spacesOnly |= !scan.line(i).text().isEmpty();
            }
        }
        boolean together = !liftedBetween && !spacesOnly && (blanks == 0 || blanks == 1 && doubleSpaced(last));
        if (Line.opensListItem(b)) {
            return inList && together ? Join.NEXT_LIST_ITEM : Join.NONE;
        }
        if (liftedBetween || scan.line(next).opensPage()) {
            return runsOn ? Join.RUN_ON : Join.NONE;
        }
        int firstWord = b.split("\\s", 2)[0].length();
        return together && (runsOn || a.length() + 1 + firstWord > width(last)) ? Join.RUN_ON : Join.NONE;
    }

    /** Whether line {@code b} plainly goes on from line {@code a}: after a hyphen, or unfinished into lower case. */
    private static boolean runsOn(String a, String b) {
        return hyphenated(a) || !endsSentence(a) && Character.isLowerCase(b.codePointAt(0));
    }

    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':';
    }

    /** Whether a line ends in a hyphen right after a letter or digit (not a dash standing apart). */
    private static boolean hyphenated(String line) {
        return line.length() >= 2 && line.endsWith("-") && Character.isLetterOrDigit(line.charAt(line.length() - 2));
    }

    /** The width of the lines of text around line {@code i}: the longest of them. */
    private int width(int i) {
        int width = 0;
        for (int k = Math.max(0, i - WINDOW); k <= Math.min(scan.size() - 1, i + WINDOW); k++) {
            if (scan.form(k) instanceof LineForm.Text && lifted[k] == null) {
                width = Math.max(width, scan.line(k).trimmed().length());
            }
        }
        return width;
    }

    /**
     * Whether the text around line {@code i} is double-spaced: more of its lines run on over one empty line
     * into the next (see {@link #runsOn}) than stand right next to each other. A clean export that sets
     * whole paragraphs apart with empty lines has hardly any such run-ons.
     */
    private boolean doubleSpaced(int i) {
        int runOnApart = 0;
        int together = 0;
        for (int k = Math.max(0, i - WINDOW); k < Math.min(scan.size() - 2, i + WINDOW); k++) {
            if (scan.line(k).isBlank()) {
                continue;
            }
            if (!scan.line(k + 1).isBlank()) {
                together++;
            } else if (scan.line(k + 1).text().isEmpty() && !scan.line(k + 2).isBlank()
                    && runsOn(scan.line(k).trimmed(), scan.line(k + 2).trimmed())) {
                runOnApart++;
            }
        }
        return runOnApart > together;
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
                lifted[k] = FurnitureKind.FOOTNOTES;
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
            if (line.opensPage() || lifted[i] == FurnitureKind.LETTERHEAD) {
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
        headers.forEach(i -> lifted[i] = FurnitureKind.RUNNING_HEADER);
    }

    private boolean atPageEdge(int i) {
        return scan.line(i).opensPage() || lifted(neighbour(i, -1)) || lifted(neighbour(i, 1));
    }

    private boolean standsApart(int i) {
        String t = scan.line(i).trimmed();
        int before = neighbour(i, -1);
        int after = neighbour(i, 1);
        return (before < 0 || lifted(before) || !runsOn(scan.line(before).trimmed(), t))
                && (after < 0 || lifted(after) || !runsOn(t, scan.line(after).trimmed()));
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

    private boolean lifted(int line) {
        return line >= 0 && lifted[line] != null;
    }

    /** Gathers one paragraph's lines: joins them and takes footnote markers out. */
    private final class Builder {
        private final StringBuilder text = new StringBuilder();
        /** Whether the paragraph is a list: it opens with a list item. */
        private final boolean list;
        private final List<Marker> markers = new ArrayList<>();
        private final int start;
        private int end;

        Builder(Span first) {
            start = first.start();
            list = Line.opensListItem(first.of(scan.text()));
            append(first);
        }

        void addListItem(Span next) {
            text.append('\n');
            append(next);
        }

        void add(Span next) {
            String written = next.of(scan.text());
            String firstWord = written.split("[\\s,]", 2)[0];
            if (Paragraphs.hyphenated(text.toString())) {
                char before = text.charAt(text.length() - 2);
                if (CONJUNCTIONS.contains(firstWord) || written.startsWith(",")) {
                    text.append(' ');
                } else if (!(Character.isUpperCase(before) || Character.isDigit(before)
                        || Character.isUpperCase(written.codePointAt(0)) || Character.isDigit(written.codePointAt(0)))) {
                    text.setLength(text.length() - 1);
                }
            } else {
                text.append(' ');
            }
            append(next);
        }

        private void append(Span span) {
            String content = span.of(scan.text());
            Matcher m = MARKER.matcher(content);
            int at = 0;
            while (m.find()) {
                if (footnoteNumbers.contains(m.group(1))) {
                    text.append(content, at, m.start());
                    markers.add(new Marker(m.group(1), new Span(span.start() + m.start(), span.start() + m.end())));
                    at = m.end();
                }
            }
            text.append(content, at, content.length());
            end = span.end();
        }

        Paragraph build() {
            return new Paragraph(text.toString(), new Span(start, end), markers);
        }
    }
}
