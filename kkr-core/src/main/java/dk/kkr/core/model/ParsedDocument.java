package dk.kkr.core.model;

import java.util.List;

/** What the structure parser understood of one file's text. */
public record ParsedDocument(DocumentKind kind, String title, String body, MeetingInfo meeting,
                             List<ParsedItem> items, List<EmbeddedDocument> documents) {
    public ParsedDocument {
        items = List.copyOf(items);
        documents = List.copyOf(documents);
    }
}
