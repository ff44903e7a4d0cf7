package dk.kkr.store.read;

import dk.kkr.core.model.Span;
import dk.kkr.core.text.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a document as a viewer may read it: each closed item in it that is a stub to the viewer
 * ({@link Visibility#itemStub}) is cut out and replaced by a short placeholder, "[Lukket punkt]". Everything that
 * points into the text (items, mentions, tables) is moved to the redacted text with {@link #start} and
 * {@link #end}. Every reader that hands out a document's text cuts it here, so that no channel shows what the
 * item pages withhold.
 */
public final class Redaction {

    /** Nothing cut. */
    public static final Redaction NONE = new Redaction(List.of());

    private static final String PLACEHOLDER = Messages.text("closedItem.placeholder");

    /** The cuts, relative to the text, sorted and not overlapping. */
    private final List<Span> cuts;

    private Redaction(List<Span> cuts) {
        this.cuts = List.copyOf(cuts);
    }

    /**
     * The cuts in the part {@code span} of source file {@code sourceFileId}'s text, for the viewer of
     * {@code visible}; positions are then relative to {@code span}'s start.
     */
    public static Redaction of(JdbcClient jdbc, Visibility visible, long sourceFileId, Span span) {
        List<Span> closed = jdbc.sql("""
                        SELECT i.span_start, i.span_end FROM agenda_item i JOIN document d ON d.id = i.document_id
                        WHERE d.source_file_id = :source AND i.span_end > :start AND i.span_start < :end AND"""
                        + " " + visible.itemStub("i") + " ORDER BY i.span_start, i.span_end DESC")
                .param("source", sourceFileId).param("start", span.start()).param("end", span.end())
                .query((rs, row) -> new Span(Math.max(rs.getInt(1), span.start()) - span.start(),
                        Math.min(rs.getInt(2), span.end()) - span.start()))
                .list();
        List<Span> merged = new ArrayList<>();
        for (Span cut : closed) {
            if (!merged.isEmpty() && cut.start() <= merged.getLast().end()) {
                merged.set(merged.size() - 1, merged.getLast().union(cut));
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
        for (Span cut : cuts) {
            redacted.append(text, at, cut.start()).append(PLACEHOLDER);
            at = cut.end();
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
        for (Span cut : cuts) {
            if (position <= cut.start()) {
                break;
            }
            if (position < cut.end()) {
                // inside the cut
                return cut.start() - shift + (end ? PLACEHOLDER.length() : 0);
            }
            shift += cut.length() - PLACEHOLDER.length();
        }
        return position - shift;
    }
}
