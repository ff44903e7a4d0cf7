package dk.kkr.store.read;

import java.util.List;

/** A meeting with the documents found for it and their items, in document order then item order. */
public record MeetingView(MeetingSummary meeting, List<DocumentRef> documents, List<ItemSummary> items) {
    public MeetingView {
        documents = List.copyOf(documents);
        items = List.copyOf(items);
    }
}
