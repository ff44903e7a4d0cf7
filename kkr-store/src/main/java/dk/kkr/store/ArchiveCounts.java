package dk.kkr.store;

/** How much the archive holds, for an import summary. {@code documents} counts embedded documents too. */
public record ArchiveCounts(long sourceFiles, long meetings, long items, long documents) {
}
