package dk.kkr.core.parse;

import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.Letterhead;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Splits an annex bundle into the documents its table of contents lists: under each item, every annex
 * ("Bilag 2: Takster og rabatter") is looked for, in order, as a line of its own in the item's part of
 * the bundle, and runs from there to the next annex found or the item's end — a memo or report of its
 * own, most without a letterhead, titled by its own first heading. Where the bundle lists no annexes, an
 * item's part without a memo read from its letterhead is one document. An annex whose part overlaps a memo
 * read from its letterhead is that memo (given the annex's heading when its first line is none). Stateless.
 */
final class AnnexMemos {

    /** The fewest lines of text a stretch of an item's part needs to be a document of its own. */
    private static final int MIN_DOCUMENT_LINES = 5;
    /** A heading is at most this many lines of at most this many characters. */
    private static final int MAX_HEADING_LINES = 3;
    private static final int MAX_HEADING_LENGTH = 120;
    /** The shortest annex title that may also be found as the start of a longer line (a wrapped title). */
    private static final int MIN_PREFIX_TITLE = 20;

    private AnnexMemos() {
    }

    static List<EmbeddedDocument> assemble(Scan scan, List<ParsedItem> items, List<AnnexBundleAssembler.Cover> covers,
                                           List<EmbeddedDocument> letterheadMemos) {
        List<EmbeddedDocument> out = new ArrayList<>(letterheadMemos);
        for (ParsedItem item : items) {
            AnnexBundleAssembler.Cover cover = covers.stream().filter(c -> c.number().equals(item.number()))
                    .findFirst().orElse(null);
            if (cover == null) {
                continue;
            }
            List<Integer> starts = new ArrayList<>();
            int from = cover.titleEnd() + 1;
            int end = scan.lineAt(Math.max(item.span().start(), item.span().end() - 1));
            for (AnnexRef annex : item.annexes()) {
                int found = find(scan, annex.title(), from, end);
                if (found >= 0) {
                    starts.add(found);
                    from = found + 1;
                }
            }
            if (starts.isEmpty()) {
                unlisted(scan, item, from, end, out);
                continue;
            }
            for (int k = 0; k < starts.size(); k++) {
                int first = starts.get(k);
                int last = lastContent(scan, first, k + 1 < starts.size() ? starts.get(k + 1) - 1 : end);
                Span span = scan.line(first).span().union(scan.line(last).span());
                String heading = LineClassifier.clean(scan.line(first).trimmed());
                int memo = letterheadMemoWithin(out, span);
                if (memo < 0) {
                    out.add(new EmbeddedDocument(heading, DocumentKind.NOTE, new Letterhead(null, null, null),
                            item.number(), span));
                } else if (out.get(memo).title() == null) {
                    EmbeddedDocument m = out.get(memo);
                    out.set(memo, new EmbeddedDocument(heading, m.kind(), m.letterhead(), m.item(), m.span()));
                }
            }
        }
        out.sort(Comparator.comparingInt(d -> d.span().start()));
        return out;
    }

    /**
     * An item whose annexes the bundle does not list (or lists under titles its text does not repeat) and
     * that holds no memo read from its letterhead: its part after the cover is one document when it holds
     * some text, titled by its first paragraph when that reads as a heading.
     */
    private static void unlisted(Scan scan, ParsedItem item, int from, int to, List<EmbeddedDocument> out) {
        if (from > to || letterheadMemoWithin(out, scan.line(from).span().union(scan.line(to).span())) >= 0) {
            return;
        }
        for (int i = from; i <= to; i++) {
            if (!(scan.form(i) instanceof LineForm.Blank || scan.form(i) instanceof LineForm.Furniture)) {
                document(scan, item, i, to, out);
                return;
            }
        }
    }

    /** Lines {@code [first, to]} as a document of the item when they hold some text. */
    private static void document(Scan scan, ParsedItem item, int first, int to, List<EmbeddedDocument> out) {
        int last = lastContent(scan, first, to);
        int textLines = 0;
        for (int i = first; i <= last; i++) {
            if (scan.form(i) instanceof LineForm.Text) {
                textLines++;
            }
        }
        if (textLines < MIN_DOCUMENT_LINES) {
            return;
        }
        Span span = scan.line(first).span().union(scan.line(last).span());
        out.add(new EmbeddedDocument(heading(scan, first, last), DocumentKind.NOTE, new Letterhead(null, null, null),
                item.number(), span));
    }

    /**
     * A document's first paragraph when it reads as a heading: at most {@value #MAX_HEADING_LINES} short
     * lines without a full stop at the end, all in capitals or none (a title in capitals is not joined with
     * the subtitle under it); else null.
     */
    private static String heading(Scan scan, int first, int last) {
        StringBuilder heading = new StringBuilder();
        Boolean capitals = null;
        for (int i = first; i <= last && !(scan.form(i) instanceof LineForm.Blank); i++) {
            String line = LineClassifier.clean(scan.line(i).trimmed());
            boolean upper = line.equals(line.toUpperCase(Locale.ROOT));
            if (capitals != null && capitals != upper) {
                break;
            }
            if (i - first >= MAX_HEADING_LINES || line.length() > MAX_HEADING_LENGTH || line.endsWith(".")) {
                return null;
            }
            capitals = upper;
            heading.append(heading.isEmpty() ? "" : " ").append(line);
        }
        return heading.isEmpty() ? null : heading.toString();
    }

    /** The first line in {@code [from, to]} that is the annex's title (or, for a long title, starts with it). */
    private static int find(Scan scan, String title, int from, int to) {
        String wanted = key(title);
        if (wanted.isEmpty()) {
            return -1;
        }
        for (int i = from; i <= to && i < scan.size(); i++) {
            if (!(scan.form(i) instanceof LineForm.Text)) {
                continue;
            }
            String line = key(scan.line(i).trimmed());
            if (line.equals(wanted) || wanted.length() >= MIN_PREFIX_TITLE && line.startsWith(wanted)
                    || line.length() >= MIN_PREFIX_TITLE && wanted.startsWith(line)) {
                return i;
            }
        }
        return -1;
    }

    /** The last line in {@code [first, to]} that is not blank or page furniture. */
    private static int lastContent(Scan scan, int first, int to) {
        for (int i = Math.min(to, scan.size() - 1); i > first; i--) {
            if (!(scan.form(i) instanceof LineForm.Blank || scan.form(i) instanceof LineForm.Furniture)) {
                return i;
            }
        }
        return first;
    }

    /** The memo read from its letterhead that overlaps {@code span}, or -1. */
    private static int letterheadMemoWithin(List<EmbeddedDocument> memos, Span span) {
        for (int i = 0; i < memos.size(); i++) {
            Letterhead l = memos.get(i).letterhead();
            Span m = memos.get(i).span();
            if ((l.caseId() != null || l.docId() != null) && m.start() < span.end() && m.end() > span.start()) {
                return i;
            }
        }
        return -1;
    }

    /** A line or title as annex titles are compared ({@link AnnexRef#key}), without its markdown. */
    private static String key(String title) {
        return AnnexRef.key(LineClassifier.clean(title));
    }
}
