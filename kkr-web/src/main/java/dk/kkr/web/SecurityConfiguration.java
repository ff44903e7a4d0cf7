package dk.kkr.web;

import dk.kkr.service.access.Passwords;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import dk.kkr.web.login.AccountLogins;
import dk.kkr.web.login.ApiTokens;
import dk.kkr.web.login.SingleSignOn;
import dk.kkr.web.login.TwoFactorLogins;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * Spring Security in front of every request. Every page is open to everyone but the administrators' pages
 * (/administration/…: a login first, then 403 for any other role) and what sets who reads an item (closing it,
 * its public decision, leaving members out: a login; the store checks that it is the item's secretariat's or an
 * administrator's); an account logs in at /log-ind
 * (name and password, checked against its bcrypt hash, and for an account with two-factor login the code of its
 * authenticator app, {@link TwoFactorLogins}; five failures in a row lock it for a quarter of an hour,
 * {@link AccountLogins}), or through the municipal identity broker when single sign-on is configured
 * ({@link SingleSignOn}), and out at /log-ud (a login through the broker is ended at the broker too). A state-changing form must carry the session's CSRF token, which
 * Thymeleaf puts into every form the site renders; the loopback hand-over of imports (its own token) is outside that
 * check, and so is the JSON API, which has a chain of its own that never reads the session (personal tokens only,
 * {@link ApiTokens}). The session cookie is HttpOnly, SameSite=Lax, and
 * Secure when the site's public address is https. Every answer carries a Content-Security-Policy, a Referrer-Policy
 * (same origin only), X-Frame-Options DENY and X-Content-Type-Options nosniff.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * Scripts, styles, images and forms only from the site itself (style attributes allowed: the API's Swagger UI
     * sets them), no plugins, and no page of the site inside another's frame.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    AccountStore accountStore(DataSource dataSource) {
        return new AccountStore(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.ENCODER;
    }

    /**
     * The JSON API: stateless. A request is the public's or, with a personal token, its account's ({@link ApiTokens});
     * the session of a browser that is logged in is not read here, so another site cannot make such a browser call
     * the API as its user, and no CSRF token is needed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccountStore accounts) throws Exception {
        return headers(http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokens(accounts), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable))
                .build();
    }

    /** Everything else: pages with the login session, CSRF tokens on forms (the import hand-over has its own). */
    @Bean
    @Order(2)
    SecurityFilterChain site(HttpSecurity http, AccountLogins logins, AccountStore accounts, PasswordEncoder encoder,
                             SingleSignOn sso) throws Exception {
        if (sso.configured()) {
            http.oauth2Login(login -> login.loginPage("/log-ind")
                    .clientRegistrationRepository(sso.registrations())
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(sso.accounts()))
                    .successHandler(logins).failureHandler(sso.failures()));
        }
        return headers(http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/administration/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.POST, "/punkter/*/luk", "/punkter/*/bilag/*/luk", "/punkter/*/inhabil",
                                "/punkter/*/beslutning", "/punkter/*/kommentar")
                        .authenticated()
                        // the secretariat's desk: agendas written on the platform
                        .requestMatchers("/moeder/nyt", "/moeder/*/dagsorden", "/moeder/*/punkter/**",
                                "/moeder/*/udsend", "/moeder/*/offentliggoer", "/moeder/*/beslutninger",
                                "/moeder/*/fremmoede", "/moeder/*/referat/udsend", "/moeder/*/gennemlaesning", "/punkter/*/rediger", "/punkter/*/flyt",
                                "/punkter/*/slet", "/punkter/*/bilag", "/skabeloner/**", "/punkter/*/note", "/mine-moeder")
                        .authenticated()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/intern/**"))
                .authenticationProvider(new TwoFactorLogins(logins, accounts, encoder, Clock.systemUTC()))
                .formLogin(form -> form.loginPage("/log-ind").loginProcessingUrl("/log-ind")
                        .usernameParameter("navn").passwordParameter("adgangskode")
                        .authenticationDetailsSource(TwoFactorLogins.Details::of)
                        .successHandler(logins).failureHandler(logins))
                .logout(logout -> logout.logoutUrl("/log-ud").logoutSuccessHandler(sso.afterLogout()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable))
                .build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny()));
    }

    @Bean
    ServletContextInitializer sessionCookie(@Value("${kkr.base-url:}") String baseUrl) {
        return context -> {
            context.getSessionCookieConfig().setHttpOnly(true);
            context.getSessionCookieConfig().setAttribute("SameSite", "Lax");
            context.getSessionCookieConfig().setSecure(baseUrl.startsWith("https://"));
        };
    }
}
