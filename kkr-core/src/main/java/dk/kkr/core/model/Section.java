package dk.kkr.core.model;

/** One section of an agenda item, e.g. "Indstilling", with its text and where it stands. */
public record Section(String heading, String text, Span span) {
}
