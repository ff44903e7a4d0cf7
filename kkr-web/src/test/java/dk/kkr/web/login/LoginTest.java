package dk.kkr.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.kkr.service.access.Passwords;
import dk.kkr.service.access.TwoFactor;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import dk.kkr.web.Forms;
import dk.kkr.web.TestServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Logging in and out at /log-ind and /log-ud with an account of the archive, as a browser does. */
class LoginTest {

    private static final String PASSWORD = "korrekt hest batteri";

    private final TestServer server = TestServer.get();
    private final AccountStore accounts = new AccountStore(server.dataSource);
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private String account() {
        String name = "anne-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(name, Role.MEMBER, List.of("hovedstaden"), null, Passwords.hash(PASSWORD));
        return name;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(String page) throws IOException, InterruptedException {
        return Forms.csrf(get(page).body());
    }

    private HttpResponse<String> post(String path, String... pairs) throws IOException, InterruptedException {
        return browser.send(Forms.post(URI.create(server.url(path)), pairs).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return URI.create(response.headers().firstValue("Location").orElseThrow()).getRawPath()
                + (URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery() == null ? ""
                : "?" + URI.create(response.headers().firstValue("Location").orElseThrow()).getRawQuery());
    }

    @Test
    void anAccountLogsInAndOutAndThePageHeaderSaysWho() throws Exception {
        String name = account();
        assertThat(get("/").body()).contains("href=\"/log-ind\">Log ind</a>").doesNotContain("Logget ind som");

        HttpResponse<String> in = post("/log-ind", "navn", name, "adgangskode", PASSWORD, "_csrf", token("/log-ind"));
        assertThat(location(in)).isEqualTo("/");
        assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly")
                .contains("SameSite=Lax"));
        String home = get("/").body();
        assertThat(home).contains("Logget ind som " + name).contains("action=\"/log-ud\"");

        HttpResponse<String> out = post("/log-ud", "_csrf", token("/"));
        assertThat(location(out)).isEqualTo("/");
        assertThat(get("/").body()).doesNotContain("Logget ind som");
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhetherTheNameExists() throws Exception {
        String name = account();
        assertThat(location(post("/log-ind", "navn", name, "adgangskode", "forkert", "_csrf", token("/log-ind"))))
                .isEqualTo("/log-ind?fejl");
        assertThat(location(post("/log-ind", "navn", "findes-ikke", "adgangskode", PASSWORD, "_csrf", token("/log-ind"))))
                .isEqualTo("/log-ind?fejl");
        assertThat(get("/log-ind?fejl").body()).contains("Forkert brugernavn, adgangskode eller engangskode.");
        assertThat(post("/log-ind", "navn", name, "adgangskode", PASSWORD).statusCode())
                .as("a login form without the token is refused").isEqualTo(403);
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = account();
        for (int i = 0; i < AccountStore.MAX_FAILED_LOGINS; i++) {
            assertThat(location(post("/log-ind", "navn", name, "adgangskode", "forkert " + i, "_csrf", token("/log-ind"))))
                    .isEqualTo("/log-ind?fejl");
        }
        assertThat(location(post("/log-ind", "navn", name, "adgangskode", PASSWORD, "_csrf", token("/log-ind"))))
                .isEqualTo("/log-ind?laast");
        assertThat(get("/log-ind?laast").body()).contains("Kontoen er låst i et kvarter");
        assertThat(get("/").body()).doesNotContain("Logget ind som");
    }

    @Test
    void anAccountWithTwoFactorLoginNeedsTheCodeOfItsAppAndEachCodeWorksOnce() throws Exception {
        String name = account();
        String secret = TwoFactor.newSecret();
        accounts.setTwoFactorSecret(name, secret);
        String code = TwoFactor.code(secret, TwoFactor.step(Instant.now()));
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

        assertThat(location(post("/log-ind", "navn", name, "adgangskode", PASSWORD, "_csrf", token("/log-ind"))))
                .as("the password alone").isEqualTo("/log-ind?fejl");
        assertThat(location(post("/log-ind", "navn", name, "adgangskode", PASSWORD, "kode", wrong,
                "_csrf", token("/log-ind")))).as("a wrong code").isEqualTo("/log-ind?fejl");
        assertThat(location(post("/log-ind", "navn", name, "adgangskode", "forkert", "kode", code,
                "_csrf", token("/log-ind")))).as("the code with a wrong password").isEqualTo("/log-ind?fejl");
        assertThat(get("/").body()).doesNotContain("Logget ind som");

        assertThat(location(post("/log-ind", "navn", name, "adgangskode", PASSWORD, "kode",
                code.substring(0, 3) + " " + code.substring(3), "_csrf", token("/log-ind")))).isEqualTo("/");
        assertThat(get("/").body()).contains("Logget ind som " + name);
        post("/log-ud", "_csrf", token("/"));

        assertThat(location(post("/log-ind", "navn", name, "adgangskode", PASSWORD, "kode", code,
                "_csrf", token("/log-ind")))).as("the same code again").isEqualTo("/log-ind?fejl");
        assertThat(get("/").body()).doesNotContain("Logget ind som");
    }
}
