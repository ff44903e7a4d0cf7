package dk.kkr.core.model;

import java.util.List;

/**
 * A file's text, ready for parsing: decoded, with its encoding repaired and line structure normalised.
 * Every {@link Span} downstream points into {@code text}. {@code notes} says what was done to get here
 * ("Windows-1252 decoded", "double-encoded UTF-8 repaired") so the user can see it.
 */
public record SourceText(String fileName, String sha256, long byteSize, String mediaType, String text,
                         List<String> notes) {
    public SourceText {
        notes = List.copyOf(notes);
    }
}
