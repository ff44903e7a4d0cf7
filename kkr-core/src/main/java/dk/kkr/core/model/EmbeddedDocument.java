package dk.kkr.core.model;

/**
 * A document found inside a file, e.g. a memo (NOTAT) in an annex bundle, identified by its letterhead.
 * {@code item} is the number of the agenda item it belongs to, if known. {@code span} covers the whole
 * memo, all its pages.
 */
public record EmbeddedDocument(String title, DocumentKind kind, Letterhead letterhead, String item, Span span) {
}
