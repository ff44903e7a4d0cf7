package dk.kkr.core.text;

import java.io.IOException;

/**
 * A file that cannot become text. The message is one line, in Danish, meant for the user: it says
 * what is wrong with the file and why it was not imported.
 */
public class UnreadableSourceException extends IOException {
    public UnreadableSourceException(String reason) {
        super(reason);
    }

    public UnreadableSourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
