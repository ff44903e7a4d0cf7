package dk.kkr.core.extract;

import dk.kkr.core.model.Span;

/** A document id as a memo letterhead gives it, "Dok. ID: 3290323"; {@code docId} is the number alone. */
public record DocIdMention(Span span, String text, String docId) implements Mention {
}
