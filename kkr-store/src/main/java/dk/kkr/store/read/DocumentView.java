package dk.kkr.store.read;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Letterhead;

import java.util.List;

/**
 * A document in full: its text is the part of the source file's text it covers, and the spans of
 * {@code items} are relative to that text. {@code bodyName}, {@code meeting}, {@code parent} and the
 * letterhead's fields may be null; {@code memos} are the documents found inside this one.
 */
public record DocumentView(long id, DocumentKind kind, String title, String bodyName, MeetingSummary meeting,
                           Letterhead letterhead, DocumentRef parent, SourceFileView source, String text,
                           List<ItemSpan> items, List<DocumentRef> memos) {
    public DocumentView {
        items = List.copyOf(items);
        memos = List.copyOf(memos);
    }
}
