package dk.kkr.service.importing;

import dk.kkr.store.SaveResult;
import java.nio.file.Path;

/** What became of one file in an import: new, already known, or failed with a one-line reason. */
public record FileOutcome(Path file, Status status, String reason, SaveResult saved) {

    public enum Status { NEW, KNOWN, FAILED }

    static FileOutcome failed(Path file, String reason) {
        return new FileOutcome(file, Status.FAILED, reason, null);
    }
}
