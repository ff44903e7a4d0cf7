package dk.kkr.web;

import dk.kkr.service.access.Passwords;
import dk.kkr.store.access.AccountStore;
import dk.kkr.web.login.AccountLogins;
import dk.kkr.web.login.ApiTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import javax.sql.DataSource;

/**
 * Spring Security in front of every request. Every page is open to everyone; an account logs in at /log-ind
 * (name and password, checked against its bcrypt hash; five failures in a row lock it for a quarter of an hour,
 * {@link AccountLogins}) and out at /log-ud; the JSON API takes personal tokens ({@link ApiTokens}). A state-changing form must carry the session's CSRF token, which
 * Thymeleaf puts into every form the site renders; the JSON API (no session, no cookies) and the loopback
 * hand-over of imports (its own token) are outside that check. The session cookie is HttpOnly, SameSite=Lax, and
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

    @Bean
    SecurityFilterChain site(HttpSecurity http, AccountLogins logins, AccountStore accounts) throws Exception {
        return http
                .addFilterBefore(new ApiTokens(accounts), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/intern/**"))
                .userDetailsService(logins)
                .formLogin(form -> form.loginPage("/log-ind").loginProcessingUrl("/log-ind")
                        .usernameParameter("navn").passwordParameter("adgangskode")
                        .successHandler(logins).failureHandler(logins))
                .logout(logout -> logout.logoutUrl("/log-ud").logoutSuccessUrl("/"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()))
                .build();
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
