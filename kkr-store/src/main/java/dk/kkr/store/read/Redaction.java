package dk.kkr.store.read;

import dk.kkr.core.model.Span;
import dk.kkr.core.text.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a document as a viewer may read it: each closed item in it that is a stub to the viewer
 * ({@link Visibility#itemStub}) is cut out and replaced by a short placeholder, "[Lukket punkt]"; so is each closed
 * annex's line and memo ({@link Visibility#annexCut}, {@link Visibility#readable}), "[Lukket bilag]". Everything that
 * points into the text (items, mentions, tables) is moved to the redacted text with {@link #start} and {@link #end}.
 * Every reader that hands out a document's text cuts it here, so that no channel shows what the item pages withhold.
 */
public final class Redaction {

    /** Nothing cut. */
    public static final Redaction NONE = new Redaction(List.of());

    /** What stands in a closed annex's place, in a document's text and in its item's annex section. */
    public static final String ANNEX_PLACEHOLDER = Messages.text("closedAnnex.placeholder");

    private static final List<String> PLACEHOLDERS =
            List.of(Messages.text("closedItem.placeholder"), ANNEX_PLACEHOLDER);

    /** A part of the text cut out, and what stands in its place. */
    private record Cut(Span span, String placeholder) {
    }

    /** The cuts, relative to the text, sorted and not overlapping. */
    private final List<Cut> cuts;

    private Redaction(List<Cut> cuts) {
        this.cuts = List.copyOf(cuts);
    }

    /**
     * The cuts in the part {@code span} of source file {@code sourceFileId}'s text, for the viewer of
     * {@code visible}; positions are then relative to {@code span}'s start. Where cuts overlap (a closed annex of
     * a closed item) the outer one's placeholder stands.
     */
    public static Redaction of(JdbcClient jdbc, Visibility visible, long sourceFileId, Span span) {
        List<Cut> closed = jdbc.sql("""
                        SELECT 0 AS kind, i.span_start, i.span_end FROM agenda_item i JOIN document d ON d.id = i.document_id
                        WHERE d.source_file_id = :source AND i.span_end > :start AND i.span_start < :end AND %s
                        UNION ALL
                        SELECT 1, a.span_start, a.span_end FROM annex a JOIN agenda_item i ON i.id = a.item_id
                        JOIN document d ON d.id = i.document_id
                        WHERE d.source_file_id = :source AND a.span_end > :start AND a.span_start < :end AND %s
                        UNION ALL
                        SELECT 1, d.span_start, d.span_end FROM document d
                        WHERE d.source_file_id = :source AND d.parent_id IS NOT NULL AND d.closed
                          AND d.span_end > :start AND d.span_start < :end AND NOT %s
                        ORDER BY 2, 3 DESC""".formatted(visible.itemStub("i"), visible.annexCut("a"),
                        visible.readable("d")))
                .param("source", sourceFileId).param("start", span.start()).param("end", span.end())
                .query((rs, row) -> new Cut(new Span(Math.max(rs.getInt(2), span.start()) - span.start(),
                        Math.min(rs.getInt(3), span.end()) - span.start()), PLACEHOLDERS.get(rs.getInt(1))))
                .list();
        List<Cut> merged = new ArrayList<>();
        for (Cut cut : closed) {
            if (!merged.isEmpty() && cut.span().start() <= merged.getLast().span().end()) {
                Cut outer = merged.getLast();
                merged.set(merged.size() - 1, new Cut(outer.span().union(cut.span()), outer.placeholder()));
            } else {
                merged.add(cut);
            }
        }
        return new Redaction(merged);
    }

    /** Whether anything is cut. */
    public boolean isEmpty() {
        return cuts.isEmpty();
    }

    /** The text with the cuts replaced by the placeholder. */
    public String apply(String text) {
        if (cuts.isEmpty()) {
            return text;
        }
        StringBuilder redacted = new StringBuilder(text.length());
        int at = 0;
        for (Cut cut : cuts) {
            redacted.append(text, at, cut.span().start()).append(cut.placeholder());
            at = cut.span().end();
        }
        return redacted.append(text, at, text.length()).toString();
    }

    /** Where a span starting at {@code position} starts in the redacted text (inside a cut: at its placeholder). */
    public int start(int position) {
        return moved(position, false);
    }

    /** Where a span ending at {@code position} ends in the redacted text (inside a cut: after its placeholder). */
    public int end(int position) {
        return moved(position, true);
    }

    /** A span moved into the redacted text. */
    public Span span(Span span) {
        return new Span(start(span.start()), end(span.end()));
    }

    private int moved(int position, boolean end) {
        int shift = 0;
        for (Cut cut : cuts) {
            if (position <= cut.span().start()) {
                break;
            }
            if (position < cut.span().end()) {
                // inside the cut
                return cut.span().start() - shift + (end ? cut.placeholder().length() : 0);
            }
            shift += cut.span().length() - cut.placeholder().length();
        }
        return position - shift;
    }
}
