package dk.kkr.store.read;

/**
 * What a reader of closed material is told about its closure: the public title the public sees instead, and the
 * legal basis (hjemmel) for closing it.
 */
public record ClosureNote(String publicTitle, String legalBasis) {
}
