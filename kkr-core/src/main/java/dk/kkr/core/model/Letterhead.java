package dk.kkr.core.model;

import java.time.LocalDate;

/** The memo letterhead fields: Dato, Sags ID, Dok. ID. Any may be null. */
public record Letterhead(LocalDate date, String caseId, String docId) {
}
