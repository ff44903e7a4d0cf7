package dk.kkr.store.read;

import java.util.List;

/** The file a document was read from, and the notes on what was done to decode it. */
public record SourceFileView(long id, String fileName, String sha256, List<String> notes) {
    public SourceFileView {
        notes = List.copyOf(notes);
    }
}
