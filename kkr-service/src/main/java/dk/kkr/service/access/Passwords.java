package dk.kkr.service.access;

import dk.kkr.core.text.Messages;
import dk.kkr.store.access.AccessException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How account passwords are checked and hashed, the same for the command line and the web login: at least
 * {@value #MIN_LENGTH} characters, hashed with bcrypt (the hash names its algorithm, {@code {bcrypt}…}, so that a
 * stronger one can take over without resetting passwords). Thread-safe.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 72;

    /** The encoder the web login checks passwords with. */
    public static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private Passwords() {
    }

    /**
     * The hash of a new password, taken exactly as given (the login compares it as typed), once it is long enough;
     * bcrypt reads at most 72 bytes, so no longer than that.
     */
    public static String hash(String password) {
        String given = password == null ? "" : password;
        if (given.length() < MIN_LENGTH) {
            throw new AccessException(Messages.text("password.tooShort", MIN_LENGTH));
        }
        if (given.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new AccessException(Messages.text("password.tooLong", MAX_LENGTH));
        }
        return ENCODER.encode(given);
    }
}
