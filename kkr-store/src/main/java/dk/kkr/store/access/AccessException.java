package dk.kkr.store.access;

/** An account change the archive refuses, with one Danish sentence saying why. */
public final class AccessException extends RuntimeException {

    public AccessException(String danishMessage) {
        super(danishMessage);
    }
}
