package dk.kkr.store.read;

import dk.kkr.core.model.Span;

/** One section of an item ("Indstilling" …) with its text and its span in the source file's text. */
public record SectionView(String heading, String text, Span span) {
}
