package dk.kkr.core.model;

/** The title of an annex (bilag) as listed under an item, and where that title stands. */
public record AnnexRef(String title, Span span) {
}
