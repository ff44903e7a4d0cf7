package dk.kkr.core.model;

/**
 * One word changed by OCR repair: at {@code offset} in the original text, {@code before} became
 * {@code after}, with a confidence between 0 and 1.
 */
public record TextChange(int offset, String before, String after, double confidence) {
}
