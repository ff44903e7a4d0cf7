package dk.kkr.core.parse;

import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.List;

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

    private final Scan scan;
    private final PageFurniture furniture;

    private Paragraphs(Scan scan) {
        this.scan = scan;
        this.furniture = new PageFurniture(scan);
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
        ParagraphText builder = null;
        for (int i = scan.lineAt(within.start()); i <= scan.lineAt(within.end()) && i < scan.size(); i++) {
            Line line = scan.line(i);
            Span part = line.span(Math.max(0, within.start() - line.start()),
                    Math.min(line.text().length(), within.end() - line.start()));
            if (!furniture.lifted(i) && part.length() > 0) {
                if (builder == null) {
                    builder = new ParagraphText(scan, part, furniture.footnoteNumbers());
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
        List<Furniture> lifted = new ArrayList<>();
        ParagraphText current = null;
        int previous = -1;
        for (int i = first; i < end; i++) {
            if (furniture.lifted(i)) {
                addFurniture(lifted, furniture.kind(i), i);
                continue;
            }
            if (scan.line(i).isBlank()) {
                continue;
            }
            Join join = current == null ? Join.NONE : join(previous, i, current.isList());
            if (join == Join.RUN_ON) {
                current.add(scan.line(i).span());
            } else if (join == Join.NEXT_LIST_ITEM && !itemsApart) {
                current.addListItem(scan.line(i).span());
            } else {
                if (current != null) {
                    paragraphs.add(current.build());
                }
                current = new ParagraphText(scan, scan.line(i).span(), furniture.footnoteNumbers());
            }
            previous = i;
        }
        if (current != null) {
            paragraphs.add(current.build());
        }
        int from = first < end ? scan.line(first).start() : within.start();
        int to = first < end ? scan.line(end - 1).end() : within.end();
        List<Footnote> inside = furniture.footnotes().stream()
                .filter(f -> f.span().start() >= from && f.span().end() <= to).toList();
        return new Reflow(paragraphs, lifted, inside);
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
            if (!furniture.lifted(i) && !scan.line(i).isBlank()) {
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
        boolean runsOn = LineJoins.runsOn(a, b);
        boolean liftedBetween = false;
        int blanks = 0;
        boolean spacesOnly = false;
        for (int i = last + 1; i < next; i++) {
            if (furniture.lifted(i)) {
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

    /** The width of the lines of text around line {@code i}: the longest of them. */
    private int width(int i) {
        int width = 0;
        for (int k = Math.max(0, i - WINDOW); k <= Math.min(scan.size() - 1, i + WINDOW); k++) {
            if (scan.form(k) instanceof LineForm.Text && !furniture.lifted(k)) {
                width = Math.max(width, scan.line(k).trimmed().length());
            }
        }
        return width;
    }

    /**
     * Whether the text around line {@code i} is double-spaced: more of its lines run on over one empty line
     * into the next (see {@link LineJoins#runsOn}) than stand right next to each other. A clean export that sets
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
                    && LineJoins.runsOn(scan.line(k).trimmed(), scan.line(k + 2).trimmed())) {
                runOnApart++;
            }
        }
        return runOnApart > together;
    }

}
