package dk.kkr.core.model;

import java.util.List;

/**
 * A file's text, ready for parsing: decoded, with its encoding repaired and line structure normalised,
 * and, where the file was OCR-damaged, its words repaired. Every {@link Span} downstream points into
 * {@code text}. {@code original} is the text before OCR repair (the same string when nothing was
 * repaired) and {@code changes} lists each repaired word with its offset in {@code original}; repair
 * changes words, never line breaks, so line N of one is line N of the other. {@code notes} says what
 * was done to get here ("læst som Windows-1252", "dobbelt-kodet UTF-8 rettet") so the user can see it.
 */
public record SourceText(String fileName, String sha256, long byteSize, String mediaType, String text,
                         List<String> notes, String original, List<TextChange> changes) {
    public SourceText {
        notes = List.copyOf(notes);
        changes = List.copyOf(changes);
    }

    /** A text as read, before any OCR repair. */
    public SourceText(String fileName, String sha256, long byteSize, String mediaType, String text,
                      List<String> notes) {
        this(fileName, sha256, byteSize, mediaType, text, notes, text, List.of());
    }

    public boolean ocrRepaired() {
        return !changes.isEmpty();
    }
}
