package dk.kkr.oidcbroker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.ArrayList;
import java.util.List;

/**
 * An identity broker for tests, in the test's own process and on this machine only: Spring Authorization Server as
 * an OpenID Connect provider, with one client (the archive's site) and people who log in with a password on its own
 * login page. Like the brokers municipalities use (Keycloak), it puts the person's user name in the ID token as
 * {@code preferred_username}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
public class TestBroker {

    public static final String CLIENT_ID = "kkr-platform";
    public static final String CLIENT_SECRET = "broker-hemmelighed";
    public static final String PASSWORD = "brokerens adgangskode";

    /** The people the broker knows; each logs in with {@link #PASSWORD}. */
    private static List<String> people = List.of();

    /**
     * Starts the broker on {@code port} for the archive site at {@code site} ("http://127.0.0.1:PORT"), which may
     * send people back to its login and logout addresses.
     */
    public static synchronized ConfigurableApplicationContext start(int port, String site, String... knownPeople) {
        people = List.of(knownPeople);
        String client = "--spring.security.oauth2.authorizationserver.client.kkr.";
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false",
                "--springdoc.api-docs.enabled=false",
                client + "registration.client-id=" + CLIENT_ID,
                client + "registration.client-secret={noop}" + CLIENT_SECRET,
                client + "registration.client-authentication-methods=client_secret_basic",
                client + "registration.authorization-grant-types=authorization_code",
                client + "registration.redirect-uris=" + site + "/login/oauth2/code/sso",
                client + "registration.post-logout-redirect-uris=" + site + "/",
                client + "registration.scopes=openid,profile",
                client + "require-authorization-consent=false"));
        SpringApplication broker = new SpringApplication(TestBroker.class);
        return broker.run(args.toArray(String[]::new));
    }

    /** The port a started broker listens on. */
    public static int port(ConfigurableApplicationContext broker) {
        return ((WebServerApplicationContext) broker).getWebServer().getPort();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(people.stream()
                .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
                .toList());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claim("preferred_username", context.getPrincipal().getName());
            }
        };
    }
}
