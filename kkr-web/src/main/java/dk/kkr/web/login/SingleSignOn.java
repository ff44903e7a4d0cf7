package dk.kkr.web.login;

import dk.kkr.core.text.Messages;
import dk.kkr.store.Failures;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AccountStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Single sign-on by OpenID Connect through the identity broker the municipalities use (KOMBIT's Context Handler is
 * reached through a broker such as Keycloak). It is on when an issuer is configured ({@code kkr.oidc.issuer}, or
 * {@code KKR_OIDC_ISSUER} in the environment, with {@code …_CLIENT_ID} and {@code …_CLIENT_SECRET}); the broker's
 * addresses are read from its discovery document the first time someone logs in, so a broker that is down does not
 * stop the site. A login through the broker is an account of the archive's: the claim {@code kkr.oidc.name-claim}
 * (default {@code preferred_username}) names it, and the account's role is what the login may do. A person the
 * broker knows but the archive does not, or whose account is locked, is not logged in. The broker asks for the second
 * factor; the archive's own two-factor code belongs to its password logins.
 */
@Component
public final class SingleSignOn {

    /** The registration's id: in the addresses {@code /oauth2/authorization/sso} and {@code /login/oauth2/code/sso}. */
    public static final String REGISTRATION = "sso";
    /** Where the login page's single sign-on link goes. */
    public static final String START = "/log-ind/sso";

    static final String UNKNOWN_ACCOUNT = "unknown_account";
    static final String LOCKED_ACCOUNT = "locked_account";

    private static final Logger LOG = LoggerFactory.getLogger(SingleSignOn.class);

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String nameClaim;
    private final String brokerName;
    private final String baseUrl;
    private final AccountStore accounts;
    private volatile ClientRegistration registration;

    SingleSignOn(@Value("${kkr.oidc.issuer:}") String issuer,
                 @Value("${kkr.oidc.client-id:}") String clientId,
                 @Value("${kkr.oidc.client-secret:}") String clientSecret,
                 @Value("${kkr.oidc.name-claim:preferred_username}") String nameClaim,
                 @Value("${kkr.oidc.name:}") String brokerName,
                 @Value("${kkr.base-url:}") String baseUrl,
                 AccountStore accounts) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.nameClaim = nameClaim.strip();
        this.brokerName = brokerName.strip();
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        this.accounts = accounts;
    }

    /** Whether single sign-on is configured. */
    public boolean configured() {
        return !issuer.isEmpty();
    }

    /** What the login page calls the broker ("Log ind med …"), if the configuration names it. */
    public Optional<String> brokerName() {
        return brokerName.isEmpty() ? Optional.empty() : Optional.of(brokerName);
    }

    /**
     * The broker as a client registration, read from its discovery document the first time and kept; empty (and
     * tried again next time) while the broker does not answer or answers with something else.
     */
    public Optional<ClientRegistration> registration() {
        if (!configured()) {
            return Optional.empty();
        }
        ClientRegistration known = registration;
        if (known != null) {
            return Optional.of(known);
        }
        try {
            known = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(REGISTRATION)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .scope("openid", "profile")
                    .redirectUri(siteAddress() + "/login/oauth2/code/{registrationId}")
                    .userNameAttributeName(nameClaim)
                    .build();
        } catch (RuntimeException e) {
            LOG.warn(Messages.text("sso.brokerDown", issuer, Failures.firstLine(e)));
            return Optional.empty();
        }
        registration = known;
        return Optional.of(known);
    }

    /** The registrations Spring Security's login reads: this one broker. */
    public ClientRegistrationRepository registrations() {
        return id -> REGISTRATION.equals(id) ? registration().orElse(null) : null;
    }

    /** Turns the broker's person into the archive's account of the same name, or refuses the login. */
    public OAuth2UserService<OidcUserRequest, OidcUser> accounts() {
        OidcUserService broker = new OidcUserService();
        return request -> {
            OidcUser person = broker.loadUser(request);
            String name = person.getClaimAsString(nameClaim);
            Optional<Account> account = name == null ? Optional.empty() : accounts.find(name);
            if (account.isEmpty()) {
                throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_ACCOUNT),
                        "no account for " + nameClaim + "=" + name);
            }
            if (accounts.lockedUntil(name).isPresent()) {
                throw new OAuth2AuthenticationException(new OAuth2Error(LOCKED_ACCOUNT), "account locked: " + name);
            }
            return new DefaultOidcUser(List.of(SignedInAccount.authority(account.get().role())),
                    person.getIdToken(), person.getUserInfo(), nameClaim);
        };
    }

    /**
     * Where the browser goes after /log-ud: the front page; after a login through the broker, first the broker's
     * own logout, which then sends it to the front page.
     */
    public LogoutSuccessHandler afterLogout() {
        if (!configured()) {
            return new SimpleUrlLogoutSuccessHandler();
        }
        OidcClientInitiatedLogoutSuccessHandler broker = new OidcClientInitiatedLogoutSuccessHandler(registrations());
        broker.setPostLogoutRedirectUri(siteAddress() + "/");
        return broker;
    }

    /** A refused single sign-on goes back to the login page, which says why in Danish. */
    public AuthenticationFailureHandler failures() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String code = e instanceof OAuth2AuthenticationException refused ? refused.getError().getErrorCode() : "";
            LOG.info(Messages.text("sso.refused", e.getMessage()));
            String reason = switch (code) {
                case UNKNOWN_ACCOUNT -> "ukendt";
                case LOCKED_ACCOUNT -> "laast";
                default -> "sso-fejl";
            };
            response.sendRedirect(request.getContextPath() + "/log-ind?" + reason);
        };
    }

    /** The site's public address as configured, else as the request came in (Spring fills in {@code {baseUrl}}). */
    private String siteAddress() {
        return baseUrl.isEmpty() ? "{baseUrl}" : baseUrl;
    }
}
