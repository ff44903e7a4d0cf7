package dk.kkr.web.login;

import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/**
 * Logins with the archive's accounts: who an account is (its password hash, its role as an authority, locked or
 * not), and what a login attempt leaves behind: a failure counts towards the lock-out, a success starts the count
 * again. The login page says which happened without saying whether the name exists.
 */
@Component
public class AccountLogins implements UserDetailsService, AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final AccountStore accounts;

    AccountLogins(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        Account account = accounts.find(name).orElseThrow(() -> new UsernameNotFoundException(name));
        String hash = accounts.passwordHash(name).orElseThrow(() -> new UsernameNotFoundException(name));
        return User.withUsername(account.name()).password(hash)
                .authorities(List.of(SignedInAccount.authority(account.role())))
                .accountLocked(accounts.lockedUntil(name).isPresent())
                .build();
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        accounts.loggedIn(authentication.getName());
        response.sendRedirect(request.getContextPath() + "/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String name = request.getParameter("navn");
        if (exception instanceof LockedException) {
            response.sendRedirect(request.getContextPath() + "/log-ind?laast");
            return;
        }
        if (name != null && !name.isBlank()) {
            accounts.failedLogin(name);
        }
        response.sendRedirect(request.getContextPath() + "/log-ind?fejl");
    }
}
