package dk.kkr.core.model;

import java.util.List;

/**
 * What the structure parser understood of one file's text. {@code attendance} is null when the document
 * states none.
 */
public record ParsedDocument(DocumentKind kind, String title, String body, MeetingInfo meeting,
                             List<ParsedItem> items, List<EmbeddedDocument> documents, Attendance attendance) {
    public ParsedDocument {
        items = List.copyOf(items);
        documents = List.copyOf(documents);
    }

    /** A document that states no attendance. */
    public ParsedDocument(DocumentKind kind, String title, String body, MeetingInfo meeting,
                          List<ParsedItem> items, List<EmbeddedDocument> documents) {
        this(kind, title, body, meeting, items, documents, null);
    }
}
