package dk.kkr.web.login;

import dk.kkr.service.access.TwoFactor;
import dk.kkr.store.access.AccountStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The login check: the password against its hash, then, for an account that has two-factor login, the code its
 * authenticator app shows (field {@value #CODE_FIELD} of the login form), each code good once. A wrong or missing
 * code ends the attempt there (no other check may let the password alone through) and counts as a failed login.
 */
public final class TwoFactorLogins extends DaoAuthenticationProvider {

    /** The login form's field for the two-factor code. */
    public static final String CODE_FIELD = "kode";

    private final AccountStore accounts;
    private final Clock clock;

    public TwoFactorLogins(AccountLogins logins, AccountStore accounts, PasswordEncoder encoder, Clock clock) {
        super(logins);
        setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the login form gives besides name and password: the two-factor code, if any. */
    public record Details(String code) {
        public static Details of(HttpServletRequest request) {
            return new Details(request.getParameter(CODE_FIELD));
        }
    }

    /** A login whose two-factor code was missing, wrong or used before. */
    static final class CodeRefused extends AccountStatusException {
        CodeRefused() {
            super("two-factor code refused");
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken login) {
        super.additionalAuthenticationChecks(user, login);
        Optional<String> secret = accounts.twoFactorSecret(user.getUsername());
        if (secret.isEmpty()) {
            return;
        }
        String code = login.getDetails() instanceof Details details ? details.code() : null;
        OptionalLong step = TwoFactor.matchingStep(secret.get(), code, clock.instant());
        if (step.isEmpty() || !accounts.useTwoFactorStep(user.getUsername(), step.getAsLong())) {
            throw new CodeRefused();
        }
    }
}
