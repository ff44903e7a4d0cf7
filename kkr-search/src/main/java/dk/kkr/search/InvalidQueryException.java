package dk.kkr.search;

/**
 * A search the archive refuses to run, with one Danish sentence for the person who asked (a page shows it, the
 * API answers 400 with it, the command line prints it).
 */
public final class InvalidQueryException extends IllegalArgumentException {

    public InvalidQueryException(String danishMessage) {
        super(danishMessage);
    }
}
