package dk.kkr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every answer tells the browser what the page may load and that no other site may frame it. */
class SecurityHeadersTest {

    private final TestServer server = TestServer.get();

    @Test
    void pagesApiAndErrorsCarryTheHeaders() {
        for (String path : new String[] {"/", "/soeg?q=borgmestre", "/api/bodies", "/findes-ikke", "/log-ind"}) {
            HttpResponse<String> response = server.get(path, "*/*");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'")
                            .contains("script-src 'self'").contains("frame-ancestors 'none'")
                            .doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }
}
