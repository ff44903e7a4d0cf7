package dk.kkr.core.parse;

import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assembles the items of an agenda or minutes from classified lines: item headings that fit the numbering
 * (or the table of contents), each with its case line and its sections. Table-of-contents entries are
 * not items. Stateless.
 */
final class AgendaAssembler {

    private AgendaAssembler() {
    }

    /**
     * The line indices of the accepted item headings, in order: a heading outside the table of contents,
     * with a number not seen before that follows the numbering (or the table's order), with a title like
     * the table's, and standing alone or listed in the table.
     */
    static List<Integer> itemHeadings(Scan scan, TableOfContents toc) {
        List<Integer> headings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (int i = 0; i < scan.size(); i++) {
            if (!toc.covers(i) && scan.form(i) instanceof LineForm.ItemHeading h && !seen.contains(h.number())
                    && (ItemNumbers.follows(previous, h.number()) || listedAfter(toc, previous, h.number()))
                    && toc.agrees(h) && (standsAlone(scan, i) || toc.position(h.number()) >= 0)) {
                headings.add(i);
                seen.add(h.number());
                previous = h.number();
            }
        }
        return headings;
    }

    static List<ParsedItem> assemble(Scan scan, TableOfContents toc) {
        List<Integer> headings = itemHeadings(scan, toc);
        Paragraphs paragraphs = Paragraphs.of(scan);
        List<ParsedItem> items = new ArrayList<>();
        for (int k = 0; k < headings.size(); k++) {
            int end = k + 1 < headings.size() ? headings.get(k + 1) : scan.size();
            items.add(item(scan, paragraphs, headings.get(k), end));
        }
        return items;
    }

    private static ParsedItem item(Scan scan, Paragraphs paragraphs, int heading, int end) {
        LineForm.ItemHeading h = (LineForm.ItemHeading) scan.form(heading);
        String caseId = null;
        String owner = null;
        List<Section> sections = new ArrayList<>();
        List<AnnexRef> annexes = new ArrayList<>();
        int sectionStart = -1;
        for (int i = heading + 1; i <= end; i++) {
            LineForm form = i < end ? scan.form(i) : null;
            if (form instanceof LineForm.CaseLine c && caseId == null && sectionStart < 0) {
                caseId = c.caseId();
                owner = c.owner();
            } else if ((form == null || form instanceof LineForm.SectionHeading) && sectionStart >= 0) {
                sections.add(section(scan, paragraphs, sectionStart, i, annexes));
            }
            if (form instanceof LineForm.SectionHeading) {
                sectionStart = i;
            }
        }
        Span span = scan.content(heading, end);
        return new ParsedItem(h.number(), h.title(), caseId, owner, sections, annexes, span, h.titleSpan());
    }

    /** A section: its text reflowed into paragraphs, and for the annex section its annexes one a line. */
    private static Section section(Scan scan, Paragraphs paragraphs, int heading, int end, List<AnnexRef> annexes) {
        String name = ((LineForm.SectionHeading) scan.form(heading)).heading();
        Span body = scan.content(heading + 1, end);
        if (name.equals(Vocabulary.ANNEX_SECTION) && body != null) {
            for (Paragraphs.Paragraph entry : paragraphs.entries(body)) {
                Span bulletless = scan.line(scan.lineAt(entry.span().start())).withoutBullet();
                String title = entry.text().substring(bulletless.start() - entry.span().start());
                annexes.add(new AnnexRef(LineClassifier.clean(title), new Span(bulletless.start(), entry.span().end())));
            }
        }
        Span headingSpan = scan.line(heading).span();
        return new Section(name, body == null ? "" : paragraphs.reflow(body).text(),
                body == null ? headingSpan : headingSpan.union(body));
    }

    /**
     * An item heading is a paragraph of its own: it opens a paragraph and is followed by a blank line, its
     * case line or a section. Where blank lines do not set paragraphs apart, every heading opens one, and
     * the heading of its first sub-item may follow it.
     */
    private static boolean standsAlone(Scan scan, int i) {
        boolean before = i == 0 || scan.line(i - 1).isBlank() || !scan.spaced();
        LineForm next = i + 1 < scan.size() ? scan.form(i + 1) : null;
        boolean after = next == null || next instanceof LineForm.Blank || next instanceof LineForm.CaseLine
                || next instanceof LineForm.SectionHeading || !scan.spaced() && next instanceof LineForm.ItemHeading;
        return before && after;
    }

    /** Whether the table of contents lists {@code number} after {@code previous}. */
    private static boolean listedAfter(TableOfContents toc, String previous, String number) {
        int at = toc.position(number);
        return at >= 0 && (previous == null || at > toc.position(previous));
    }
}
