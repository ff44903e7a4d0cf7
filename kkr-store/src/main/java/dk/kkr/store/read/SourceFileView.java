package dk.kkr.store.read;

import java.util.List;

/**
 * The file a document was read from, the notes on what was done to decode it, and, when its text was
 * OCR-damaged, what the repair changed ({@code ocrRepair}, null when nothing was repaired).
 */
public record SourceFileView(long id, String fileName, String sha256, List<String> notes, OcrRepairView ocrRepair) {
    public SourceFileView {
        notes = List.copyOf(notes);
    }

    /**
     * The same without what the repair changed: for a viewer from whom closed items of the text are cut, since the
     * original text and its changes would show them.
     */
    SourceFileView withoutOcrRepair() {
        return new SourceFileView(id, fileName, sha256, notes, null);
    }
}
