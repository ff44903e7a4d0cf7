package dk.kkr.store;

import java.sql.SQLException;

/** Turns an exception chain into one line a user can read. */
public final class Failures {

    private Failures() {
    }

    /**
     * The first line of the message that best says what went wrong: the innermost SQLException's, which is
     * the driver speaking to a user, else the innermost cause's; its class name when it has no message.
     * Drivers and libraries put SQL and details after the first line.
     */
    public static String firstLine(Throwable e) {
        Throwable root = e;
        Throwable innermostSql = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            root = t;
            if (t instanceof SQLException) {
                innermostSql = t;
            }
        }
        Throwable chosen = innermostSql == null ? root : innermostSql;
        String message = chosen.getMessage();
        return message == null || message.isBlank()
                ? chosen.getClass().getSimpleName()
                : message.strip().lines().findFirst().orElseThrow();
    }
}
