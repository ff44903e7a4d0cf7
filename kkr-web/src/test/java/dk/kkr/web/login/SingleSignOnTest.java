package dk.kkr.web.login;

import dk.kkr.oidcbroker.TestBroker;
import dk.kkr.store.Database;
import dk.kkr.store.access.AccountStore;
import dk.kkr.store.access.Role;
import dk.kkr.web.Forms;
import dk.kkr.web.KkrWebApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end, as a browser goes through it: the archive's site and an OpenID Connect broker
 * ({@link TestBroker}, in this process) on two loopback addresses, each with its own cookies; the broker is down at
 * first, then answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    private static Database database;
    private static ConfigurableApplicationContext site;
    private static ConfigurableApplicationContext broker;
    private static int brokerPort;
    private static String siteRoot;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    static void startTheSite() throws IOException {
        database = Database.open(dataDir, null, null, null);
        AccountStore accounts = new AccountStore(database.dataSource());
        accounts.add("mette", Role.ADMINISTRATOR, List.of(), null, null); // no password: she logs in at the broker
        try (ServerSocket free = new ServerSocket(0)) {
            brokerPort = free.getLocalPort();
        }
        site = KkrWebApplication.start(database.dataSource(), 0,
                "--kkr.oidc.issuer=http://localhost:" + brokerPort,
                "--kkr.oidc.client-id=" + TestBroker.CLIENT_ID,
                "--kkr.oidc.client-secret=" + TestBroker.CLIENT_SECRET,
                "--kkr.oidc.name=Testkommunernes login");
        // the site on 127.0.0.1 and the broker on localhost: a browser keeps their cookies apart
        siteRoot = "http://127.0.0.1:" + ((WebServerApplicationContext) site).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
        site.close();
        database.close();
    }

    private static synchronized void brokerAnswers() {
        if (broker == null) {
            broker = TestBroker.start(brokerPort, siteRoot, "mette", "ole");
        }
    }

    @Test
    @Order(1)
    void whileTheBrokerDoesNotAnswerTheLoginPageSaysSoInDanish() throws Exception {
        String page = get(siteRoot + "/log-ind").body();
        assertThat(page).contains("href=\"/log-ind/sso\"").contains("Log ind med Testkommunernes login");

        Visit visit = follow(siteRoot + SingleSignOn.START);
        assertThat(visit.uri().toString()).isEqualTo(siteRoot + "/log-ind?sso-fejl");
        assertThat(visit.response().body()).contains("Det fælles login svarer ikke lige nu.");
    }

    @Test
    @Order(2)
    void aPersonWithAnAccountLogsInAtTheBrokerAndOutOfBoth() throws Exception {
        brokerAnswers();
        assertThat(get(siteRoot + "/administration/adgangslog").statusCode()).isEqualTo(302);

        Visit home = logInAtTheBroker("mette");
        assertThat(home.uri().toString()).isEqualTo(siteRoot + "/");
        assertThat(home.response().body()).contains("Logget ind som mette");
        // her account's role came with the login: an administrator's page opens
        assertThat(get(siteRoot + "/administration/adgangslog").statusCode()).isEqualTo(200);

        String token = token(get(siteRoot + "/").body());
        HttpResponse<String> out = post(siteRoot + "/log-ud", "_csrf", token);
        URI brokerLogout = location(URI.create(siteRoot + "/log-ud"), out);
        assertThat(brokerLogout.toString()).startsWith("http://localhost:" + brokerPort + "/connect/logout")
                .contains("id_token_hint=");
        Visit back = follow(brokerLogout.toString());
        assertThat(back.uri().toString()).isEqualTo(siteRoot + "/");
        assertThat(back.response().body()).doesNotContain("Logget ind som").contains(">Log ind</a>");
        // logged out at the broker too: the next single sign-on asks for the password again
        assertThat(follow(siteRoot + SingleSignOn.START).uri().getPath()).isEqualTo("/login");
    }

    @Test
    @Order(3)
    void aPersonTheBrokerKnowsButTheArchiveDoesNotIsNotLoggedIn() throws Exception {
        brokerAnswers();
        Visit refused = logInAtTheBroker("ole");
        assertThat(refused.uri().toString()).isEqualTo(siteRoot + "/log-ind?ukendt");
        assertThat(refused.response().body())
                .contains("arkivet har ingen konto med dit brugernavn").doesNotContain("Logget ind som");
    }

    @Test
    @Order(4)
    void aLockedAccountIsNotLoggedInThroughTheBrokerEither() throws Exception {
        brokerAnswers();
        AccountStore accounts = new AccountStore(database.dataSource());
        accounts.add("ole", Role.MEMBER, List.of("hovedstaden"), null, null);
        for (int i = 0; i < AccountStore.MAX_FAILED_LOGINS; i++) {
            accounts.failedLogin("ole");
        }
        Visit refused = logInAtTheBroker("ole");
        assertThat(refused.uri().toString()).isEqualTo(siteRoot + "/log-ind?laast");
        assertThat(refused.response().body()).doesNotContain("Logget ind som");
    }

    /** From the site's single sign-on link to the broker's login page, the person's password there, and back. */
    private Visit logInAtTheBroker(String person) throws Exception {
        Visit login = follow(siteRoot + SingleSignOn.START);
        assertThat(login.uri().toString()).isEqualTo("http://localhost:" + brokerPort + "/login");
        HttpResponse<String> posted = post(login.uri().toString(), "username", person,
                "password", TestBroker.PASSWORD, "_csrf", token(login.response().body()));
        return follow(location(login.uri(), posted).toString());
    }

    private record Visit(URI uri, HttpResponse<String> response) {
    }

    /** GETs an address and follows its redirects, as a browser does. */
    private Visit follow(String address) throws IOException, InterruptedException {
        URI uri = URI.create(address);
        for (int hops = 0; hops < 20; hops++) {
            HttpResponse<String> response = get(uri.toString());
            if (response.statusCode() / 100 != 3) {
                return new Visit(uri, response);
            }
            uri = location(uri, response);
        }
        throw new AssertionError("more than 20 redirects from " + address);
    }

    private static URI location(URI from, HttpResponse<String> response) {
        assertThat(response.statusCode()).isBetween(300, 399);
        return from.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> get(String address) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(address)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String address, String... pairs) throws IOException, InterruptedException {
        return browser.send(Forms.post(URI.create(address), pairs).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a page of the site or of the broker (whose login page puts its attributes in another order). */
    private static String token(String page) {
        return Forms.token(TOKEN, page);
    }
}
