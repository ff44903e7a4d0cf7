package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

/** A case id, "SAG-2020-04197", with the initials of the case officer written after it ("nihj"), or null. */
public record CaseIdMention(Span span, String text, String caseId, String owner) implements Mention {
}
