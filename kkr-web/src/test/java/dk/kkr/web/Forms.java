package dk.kkr.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms as a browser sends them in the web tests: the page's CSRF token, and a url-encoded POST. */
public final class Forms {

    /** The CSRF token as Thymeleaf writes it into every form of the site. */
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Forms() {
    }

    /** The CSRF token of the page's first form; fails the test when the page has none. */
    public static String csrf(String page) {
        return token(CSRF, page);
    }

    /** The token {@code pattern} (its first group) finds on the page; fails the test when it finds none. */
    public static String token(Pattern pattern, String page) {
        Matcher token = pattern.matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    /** A POST to {@code uri} of the fields {@code name, value, name, value …}, url-encoded. */
    public static HttpRequest.Builder post(URI uri, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
}
