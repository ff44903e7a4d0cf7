package dk.kkr.store.read;

/**
 * What a reader of closed material is told about its closure: the public title the public sees instead, and the
 * legal basis (hjemmel) for closing it; for a closed item, once the secretariat has decided, the public wording of
 * its decision or the reason it is withheld (both null before).
 */
public record ClosureNote(String publicTitle, String legalBasis, String publicDecision, String decisionWithheld) {

    /** A closure whose decision is not published (a closed file, or a closed item before the secretariat decides). */
    public ClosureNote(String publicTitle, String legalBasis) {
        this(publicTitle, legalBasis, null, null);
    }
}
