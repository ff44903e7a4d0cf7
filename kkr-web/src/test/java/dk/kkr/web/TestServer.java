package dk.kkr.web;

import dk.kkr.store.read.ArchiveFixture;
import org.springframework.boot.web.context.WebServerApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The web application started once per test JVM, through {@link KkrWebApplication#start}, on a free port
 * over a fresh H2 database holding the shared archive fixture. Spring's shutdown hook stops it.
 */
public final class TestServer {

    private static TestServer running;

    public final ArchiveFixture.Ids ids;
    /** The server's database, for tests that set up what a page needs (an account, say). */
    public final DataSource dataSource;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestServer(ArchiveFixture.Loaded archive) {
        this.ids = archive.ids();
        this.dataSource = archive.dataSource();
        var context = (WebServerApplicationContext) KkrWebApplication.start(archive.dataSource(), 0);
        this.port = context.getWebServer().getPort();
    }

    public static synchronized TestServer get() {
        if (running == null) {
            running = new TestServer(ArchiveFixture.load());
        }
        return running;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * GETs a path; a page that shows a message key instead of its text (Thymeleaf's "??key_da_DK??", a key
     * missing from the bundle) fails the calling test.
     */
    public HttpResponse<String> get(String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.body().matches("(?s).*\\?\\?[\\w.]+_\\w+\\?\\?.*")) {
                throw new AssertionError(path + " shows a message key that is not in the bundle");
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
