package dk.kkr.store.read;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Letterhead;

import java.util.List;

/**
 * A document in full: its text is the part of the source file's text it covers, and the spans of
 * {@code items}, {@code mentions} and {@code totals} are relative to that text. {@code bodyName},
 * {@code meeting}, {@code parent} and the letterhead's fields may be null; {@code memos} are the documents
 * found inside this one; {@code mentions} every entity mention in the text; {@code totals} the tables in it
 * whose total row was checked; {@code extractions} the file documents that are this same document read
 * another way, the shown one first (empty when it was imported once); {@code closure} is null unless the document is
 * closed material (or in a closed file), which only its readers get.
 */
public record DocumentView(long id, DocumentKind kind, String title, String bodyName, MeetingSummary meeting,
                           Letterhead letterhead, DocumentRef parent, SourceFileView source, String text,
                           List<ItemSpan> items, List<DocumentRef> memos, List<MentionView> mentions,
                           List<TotalCheckView> totals, List<ExtractionRef> extractions, ClosureNote closure) {
    public DocumentView {
        extractions = List.copyOf(extractions);
        items = List.copyOf(items);
        memos = List.copyOf(memos);
        mentions = List.copyOf(mentions);
        totals = List.copyOf(totals);
    }
}
