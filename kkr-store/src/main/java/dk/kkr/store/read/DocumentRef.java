package dk.kkr.store.read;

import dk.kkr.core.model.DocumentKind;

/** A link to a document: its id, kind and title (title may be null). */
public record DocumentRef(long id, DocumentKind kind, String title) {
}
