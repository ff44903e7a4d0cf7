package dk.kkr.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import dk.kkr.web.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Personal API tokens on /api: the token's account, or a Danish 401 for a bad one; without one, the public. */
class ApiTokensTest {

    private final TestServer server = TestServer.get();
    private final AccountStore accounts = new AccountStore(server.dataSource);

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aValidTokenIsAcceptedAndABadOrRevokedOneIsA401() throws Exception {
        String name = "api-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(name, Role.SECRETARIAT, List.of("syddanmark"), null, null);
        String token = accounts.newToken(name);

        assertThat(get("/api/bodies", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/bodies", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(get("/api/bodies", "Bearer " + token).headers().allValues("Set-Cookie"))
                .as("a token opens no session").isEmpty();

        for (String bad : new String[] {"Bearer kkr_forkert", "Bearer ", "Basic YWRtaW46YWRtaW4="}) {
            HttpResponse<String> refused = get("/api/bodies", bad);
            assertThat(refused.statusCode()).as(bad).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
            assertThat(refused.body()).isEqualTo("{\"error\":\"Ugyldig eller tilbagekaldt API-nøgle.\"}");
        }
        accounts.revokeTokens(name);
        assertThat(get("/api/bodies", "Bearer " + token).statusCode()).isEqualTo(401);
        assertThat(get("/", "Bearer kkr_forkert").statusCode()).as("pages ignore the header").isEqualTo(200);
    }
}
