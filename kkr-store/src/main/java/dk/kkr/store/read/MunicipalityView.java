package dk.kkr.store.read;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality and where the archive mentions it: every item whose own text names it, newest meeting first
 * (items without a meeting last), and every document that names it outside any item.
 */
public record MunicipalityView(int code, String name, String region, String kkr, List<MentioningItem> items,
                               List<MentioningDocument> documents) {
    public MunicipalityView {
        items = List.copyOf(items);
        documents = List.copyOf(documents);
    }

    /**
     * An item naming the municipality {@code mentions} times, the first of them {@code firstMentionId} in the
     * text of document {@code documentId}; meeting fields are null for an item without a meeting.
     */
    public record MentioningItem(long id, String number, String title, Long meetingId, LocalDate meetingDate,
                                 String bodyName, long documentId, int mentions, long firstMentionId) {
    }

    /** A document naming the municipality outside any item. */
    public record MentioningDocument(DocumentRef document, int mentions, long firstMentionId) {
    }
}
