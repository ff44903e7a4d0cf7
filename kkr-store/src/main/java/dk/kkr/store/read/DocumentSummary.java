package dk.kkr.store.read;

import dk.kkr.core.model.DocumentKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A whole imported document in a list: what it is, whose, for which meeting (date and id may be null
 * when the document does not say), from which file, and when it was imported.
 */
public record DocumentSummary(long id, DocumentKind kind, String title, String bodyName, Long meetingId,
                              LocalDate meetingDate, String fileName, OffsetDateTime importedAt, int itemCount) {
}
