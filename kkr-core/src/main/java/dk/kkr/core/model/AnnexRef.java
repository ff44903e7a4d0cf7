package dk.kkr.core.model;

import java.util.Locale;
import java.util.Objects;

/** The title of an annex (bilag) as listed under an item, and where that title stands. */
public record AnnexRef(String title, Span span) {

    /** An annex title as titles are compared: ignoring case, spacing and trailing dots. */
    public static String key(String title) {
        return Objects.requireNonNullElse(title, "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s.…]+$", "")
                .strip();
    }
}
