package dk.kkr.cli;

import dk.kkr.cli.ServingDataDir.Run;
import dk.kkr.service.access.AccountsHandoff;
import dk.kkr.service.importing.ImportHandoff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While {@code serve} owns the embedded archive, {@code ./kkr users …} on the same data directory hands its calls to
 * the server and they take effect there at once; with the server stopped, the command opens the archive itself.
 */
class UsersWhileServingTest {

    @TempDir
    Path dir;

    private ServingDataDir serving;
    private Path data;
    private String site;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() {
        serving = new ServingDataDir(dir.resolve("data"));
        data = serving.data;
        site = serving.site;
    }

    @AfterEach
    void stop() {
        serving.close();
    }

    private Run users(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "users";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return ServingDataDir.kkr(all);
    }

    private int apiStatusWith(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(site + "/api/bodies"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void usersCommandsWhileServingGoThroughTheServerAndTakeEffectThere() throws Exception {
        Run added = users("add", "anne", "--role", "medlem", "--kkr", "hovedstaden");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("anne · medlem · hovedstaden");

        Run token = users("token", "anne");
        assertThat(token.code()).as(token.err()).isZero();
        String issued = token.out().strip();
        assertThat(apiStatusWith(issued)).as("the running server knows the token at once").isEqualTo(200);

        Run twice = users("add", "anne", "--role", "medlem", "--kkr", "hovedstaden");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("anne").doesNotContain("Exception");

        assertThat(users("token", "anne", "--revoke").out()).contains("1");
        assertThat(apiStatusWith(issued)).isEqualTo(401);

        Run totp = users("totp", "anne");
        assertThat(totp.out()).contains("otpauth://totp/KKR%20Platform%3Aanne?secret=");

        serving.stopServer();
        assertThat(ImportHandoff.find(data)).as("the stopped server withdrew itself").isEmpty();
        Run listed = users("list");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("anne · medlem · hovedstaden");
    }

    @Test
    void theServerTakesAccountCallsOnlyWithItsToken() throws Exception {
        String body = "{\"call\": \"add\", \"name\": \"mallory\", \"role\": \"ADMINISTRATOR\"}";
        for (String token : new String[] {null, "forkert", ""}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site + AccountsHandoff.PATH))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                request.header(ImportHandoff.TOKEN_HEADER, token);
            }
            assertThat(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .as("token %s", token).isEqualTo(403);
        }
        assertThat(users("list").out()).doesNotContain("mallory");
    }

    @Test
    void theFileOfAServerThatWasKilledIsRemovedAndTheCommandOpensTheArchiveItself() throws Exception {
        serving.stopServer();
        int nobody;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        ImportHandoff.publish(data, new ImportHandoff.Server(nobody, ImportHandoff.Server.newToken(),
                ImportHandoff.databaseName(null)));

        Run added = users("add", "bo", "--role", "medlem", "--kkr", "syddanmark");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(users("list").out()).contains("bo · medlem · syddanmark");
        assertThat(ImportHandoff.find(data)).isEmpty();
    }
}
