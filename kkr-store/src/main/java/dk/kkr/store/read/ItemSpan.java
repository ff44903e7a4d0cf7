package dk.kkr.store.read;

import dk.kkr.core.model.Span;

/** Where an item stands in a document's text; {@code span} is relative to that document's text. */
public record ItemSpan(long id, String number, String title, Span span) {
}
