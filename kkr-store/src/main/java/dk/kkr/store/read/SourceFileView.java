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
}
