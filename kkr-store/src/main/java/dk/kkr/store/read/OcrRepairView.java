package dk.kkr.store.read;

import java.util.List;

/**
 * What OCR repair did to a source file: the text as it was read, and each word it changed, placed by
 * line and column (from 1) in that original text. Repair never moves line breaks, so line N of the
 * original is line N of the repaired text.
 */
public record OcrRepairView(String originalText, List<Change> changes) {
    public OcrRepairView {
        changes = List.copyOf(changes);
    }

    public record Change(int line, int column, String before, String after, double confidence) {
    }
}
