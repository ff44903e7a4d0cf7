package dk.kkr.store.read;

/**
 * An agenda item as listed on its meeting: {@code depth} is 0 for "3", 1 for "3.1";
 * {@code parentId} is null for a top-level item. Case number and owner may be null.
 */
public record ItemSummary(long id, Long parentId, String number, String title, int depth, String caseNumber,
                          String caseOwner, long documentId) {
}
