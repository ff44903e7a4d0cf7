package dk.kkr.store;

/**
 * What {@link ArchiveStore#save} did with one file. For a {@link Status#KNOWN} file nothing was written:
 * the ids are those of the earlier import and the counts are zero.
 *
 * @param documents the file's own document plus the documents embedded in it
 */
public record SaveResult(Status status, long sourceFileId, long documentId, boolean newMeeting,
                         int items, int documents, int sections, int annexes) {

    public enum Status {
        /** The file was stored now. */
        NEW,
        /** A file with the same SHA-256 was already in the archive. */
        KNOWN
    }

    static SaveResult known(long sourceFileId, long documentId) {
        return new SaveResult(Status.KNOWN, sourceFileId, documentId, false, 0, 0, 0, 0);
    }
}
