package dk.kkr.web.login;

import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The one place that reads from Spring Security which account a request is made as, and that names a role as the
 * authority a login or a token carries.
 */
public final class SignedInAccount {

    private SignedInAccount() {
    }

    /** The current request's login (session or token), if it is an account's; empty for the public. */
    public static Optional<Authentication> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? Optional.empty() : Optional.of(authentication);
    }

    /** The current request's account, read afresh from {@code accounts}; empty for the public or a removed account. */
    public static Optional<Account> account(AccountStore accounts) {
        return current().flatMap(login -> accounts.find(login.getName()));
    }

    /** The authority an account of {@code role} has ({@code hasRole} in the security configuration matches it). */
    public static GrantedAuthority authority(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }
}
