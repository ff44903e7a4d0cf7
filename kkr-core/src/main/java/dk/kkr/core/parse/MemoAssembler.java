package dk.kkr.core.parse;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns letterheads into memos: all pages whose letterhead has the same case id and document id are one
 * memo, from its first line (after the item cover or the previous memo) to its last page's letterhead.
 * Stateless.
 */
final class MemoAssembler {

    private static final int MAX_TITLE_LENGTH = 150;

    private MemoAssembler() {
    }

    static List<EmbeddedDocument> assemble(Scan scan, List<Letterheads.Block> blocks,
                                           List<AnnexBundleAssembler.Cover> covers) {
        Map<String, List<Letterheads.Block>> pages = new LinkedHashMap<>();
        for (Letterheads.Block block : blocks) {
            pages.computeIfAbsent(block.key(), k -> new ArrayList<>()).add(block);
        }
        List<EmbeddedDocument> memos = new ArrayList<>();
        for (List<Letterheads.Block> memo : pages.values()) {
            Letterheads.Block first = memo.get(0);
            Letterheads.Block last = memo.get(memo.size() - 1);
            int boundary = -1;
            String item = null;
            for (AnnexBundleAssembler.Cover cover : covers) {
                if (cover.titleEnd() < first.first()) {
                    boundary = Math.max(boundary, cover.titleEnd());
                    item = cover.number();
                }
            }
            for (Letterheads.Block other : blocks) {
                if (!other.key().equals(first.key()) && other.last() < first.first()) {
                    boundary = Math.max(boundary, other.last());
                }
            }
            int start = firstContent(scan, boundary + 1, first.first());
            Span span = scan.line(start).span().union(scan.line(last.last()).span());
            memos.add(new EmbeddedDocument(title(scan, start, first.first()), DocumentKind.NOTE,
                    first.letterhead(), item, span));
        }
        return memos;
    }

    /** The first line of a memo's text: not blank and not page furniture; the letterhead itself if none. */
    private static int firstContent(Scan scan, int from, int letterhead) {
        for (int i = from; i < letterhead; i++) {
            LineForm form = scan.form(i);
            if (!(form instanceof LineForm.Blank || form instanceof LineForm.Furniture)) {
                return i;
            }
        }
        return letterhead;
    }

    /** The memo's first line when it reads as a heading (a short line of its own, no full stop), else null. */
    private static String title(Scan scan, int start, int letterhead) {
        if (start >= letterhead || !(scan.form(start) instanceof LineForm.Text)) {
            return null;
        }
        String text = LineClassifier.clean(scan.line(start).trimmed());
        boolean alone = start + 1 >= scan.size() || scan.line(start + 1).isBlank();
        return alone && text.length() <= MAX_TITLE_LENGTH && !text.endsWith(".") ? text : null;
    }
}
