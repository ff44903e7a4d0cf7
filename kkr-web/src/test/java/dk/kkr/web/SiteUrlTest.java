package dk.kkr.web;

import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OParl ids and feed links are built from the configured address, never from the Host header a client
 * sends: requests with a forged Host (sent over a plain socket, as an attacker would) must not see it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteUrlTest {

    private static final String FORGED = "attacker.example";

    private ConfigurableApplicationContext plain;
    private ConfigurableApplicationContext configured;

    @BeforeAll
    void start() {
        plain = KkrWebApplication.start(ArchiveFixture.load().dataSource(), 0);
        configured = KkrWebApplication.start(ArchiveFixture.load().dataSource(), 0,
                "--kkr.base-url=https://kkr.example.dk/");
    }

    @AfterAll
    void stop() {
        plain.close();
        configured.close();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A GET with the given Host header, read whole from a raw socket. */
    private static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + FORGED + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void aForgedHostNeverComesBackInOparlIdsListLinksOrFeeds() throws IOException {
        int port = port(plain);
        for (String path : new String[] {"/oparl/v1.1/", "/oparl/v1.1/bodies", "/oparl/v1.1/bodies?limit=1",
                "/feeds/syddanmark.atom", "/kalender/syddanmark.ics"}) {
            String response = get(port, path);
            assertThat(response).as(path).startsWith("HTTP/1.1 200").doesNotContain(FORGED);
        }
        assertThat(get(port, "/oparl/v1.1/bodies")).contains("\"http://localhost:" + port + "/oparl/v1.1/bodies/");
    }

    @Test
    void theConfiguredAddressIsTheOneIdsAreBuiltFrom() throws IOException {
        String system = get(port(configured), "/oparl/v1.1/");
        assertThat(system).doesNotContain(FORGED).contains("\"id\":\"https://kkr.example.dk/oparl/v1.1/\"");
        String bodies = get(port(configured), "/oparl/v1.1/bodies?limit=1");
        assertThat(bodies).contains("\"first\":\"https://kkr.example.dk/oparl/v1.1/bodies?limit=1&page=1\"");
    }
}
