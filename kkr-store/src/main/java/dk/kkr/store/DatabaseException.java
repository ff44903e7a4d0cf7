package dk.kkr.store;

/** The archive database could not be opened or prepared. The message is one line, fit to show a user. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
