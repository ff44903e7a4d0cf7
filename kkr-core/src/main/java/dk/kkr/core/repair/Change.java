package dk.kkr.core.repair;

/**
 * One word the repair changed.
 *
 * @param offset     where {@code before} starts in the original text (UTF-16 index)
 * @param before     the word as the OCR wrote it
 * @param after      the word as repaired
 * @param confidence how sure the repair is, between 0 and 1
 */
public record Change(int offset, String before, String after, double confidence) {
}
