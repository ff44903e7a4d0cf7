package dk.kkr.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The site's own address during a request, which OParl ids and feed links are built from. It comes from configuration
 * ({@code kkr.base-url}, set by {@code ./kkr serve --base-url}), never from the request's Host header, which
 * a client chooses freely: a forged Host must not come back in ids that other systems store. Without
 * configuration the address is {@code http://localhost} on the port the request arrived at.
 */
@Component
public final class SiteUrl {

    private final String configured;

    SiteUrl(@Value("${kkr.base-url:}") String configured) {
        this.configured = configured.isBlank() ? null : stripSlash(configured.strip());
    }

    /** The site's root address without a trailing slash, e.g. {@code https://kkr.example.dk}. */
    public String root() {
        HttpServletRequest request = request();
        return origin(request) + request.getContextPath();
    }

    /** The address of the requested path on this site, without its query. */
    public String current() {
        HttpServletRequest request = request();
        return origin(request) + request.getRequestURI();
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    private String origin(HttpServletRequest request) {
        return configured != null ? configured : "http://localhost:" + request.getLocalPort();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
