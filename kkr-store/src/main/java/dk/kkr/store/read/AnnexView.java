package dk.kkr.store.read;

import dk.kkr.core.model.Span;

/** An annex listed under an item; {@code documentId} is the memo it was matched to, or null. */
public record AnnexView(String title, Long documentId, Span span) {
}
