package dk.kkr.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description of the native API and its UI, served by the application itself. */
class ApiDocumentationTest {

    private final TestServer server = TestServer.get();

    @Test
    void describesTheNativeApiOnly() throws IOException {
        HttpResponse<String> response = server.get("/v3/api-docs", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = new ObjectMapper().readTree(response.body());
        assertThat(api.get("info").get("title").asText()).isEqualTo("KKR Platform API");
        assertThat(api.get("paths").properties()).extracting(e -> e.getKey()).contains(
                "/api/bodies", "/api/meetings", "/api/meetings/{id}", "/api/items/{id}", "/api/documents/{id}",
                "/api/calculations/{id}").allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void theUiComesFromTheApplication() {
        assertThat(server.get("/api-docs", "text/html").statusCode()).isEqualTo(302);
        HttpResponse<String> page = server.get("/swagger-ui/index.html", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("cdn", "unpkg");
        HttpResponse<String> config = server.get("/v3/api-docs/swagger-config", "application/json");
        assertThat(config.body()).contains("\"validatorUrl\":\"none\"", "/v3/api-docs");
    }
}
