package dk.kkr.web.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kkr.core.text.Messages;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal API tokens on the JSON API (the filter of its security chain): a request with {@code Authorization: Bearer TOKEN} is made
 * as the token's account (for this request only, no session); a request with a token that is unknown or revoked, or
 * another kind of Authorization, is answered 401 with a Danish JSON error and nothing else. Without the header the
 * request is the public's.
 */
public final class ApiTokens extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountStore accounts;

    public ApiTokens(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Account> account = header.startsWith(BEARER)
                ? accounts.byToken(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (account.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(Map.of("error", Messages.text("api.badToken"))));
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(account.get().name(), null,
                List.of(SignedInAccount.authority(account.get().role())));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
