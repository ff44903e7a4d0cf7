package dk.kkr.core.model;

/** One section of an agenda item, e.g. "Indstilling", with its text and where it stands. */
public record Section(String heading, String text, Span span) {

    /** The heading of the section that tells the background of an item. */
    public static final String BACKGROUND = "Baggrund";

    /** The heading of the section that presents the case. */
    public static final String PRESENTATION = "Sagsfremstilling";

    /** The heading of the section that recommends what the council should decide. */
    public static final String RECOMMENDATION = "Indstilling";

    /** The heading of the section with what was decided; only minutes carry it. */
    public static final String DECISION = "Beslutning";

    /** The heading of the section that lists annex titles, one a line. */
    public static final String ANNEXES = "Bilag";
}
