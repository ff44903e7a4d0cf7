package dk.kkr.store.read;

import dk.kkr.core.model.Span;

/**
 * An annex listed under an item; {@code documentId} is the memo it was matched to, or null. A closed annex
 * (lukket bilag) has its {@code closure}; to a viewer it is closed to ({@code cut}) it is only that: its
 * {@code title} is the public title, and it has neither memo nor span.
 */
public record AnnexView(long id, String title, Long documentId, Span span, ClosureNote closure, boolean cut) {
}
