package dk.kkr.web.calc;

import dk.kkr.web.Forms;
import dk.kkr.web.TestServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Posting forms to the test server as a browser does: url-encoded, or multipart with a file, in one session whose
 * CSRF token (read once from {@code formPage}, as a browser has it from the page with the form) goes with every
 * form. No redirects followed.
 */
final class Http {

    private final TestServer server;
    private final String formPage;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String token;

    Http(TestServer server, String formPage) {
        this.server = server;
        this.formPage = formPage;
    }

    /** The session's CSRF token, from the form page's first form. */
    String token() {
        if (token == null) {
            token = Forms.csrf(text(get(formPage)));
        }
        return token;
    }

    /** A form's fields in order; {@link #file} adds a file part, named "fil" as in the pages' forms. */
    static final class Form {
        final Map<String, String> fields = new LinkedHashMap<>();
        String filePart = "fil";
        String fileName;
        byte[] file;

        Form filePart(String name) {
            this.filePart = name;
            return this;
        }

        Form with(String name, String value) {
            fields.put(name, value);
            return this;
        }

        Form file(String name, byte[] bytes) {
            this.fileName = name;
            this.file = bytes;
            return this;
        }
    }

    HttpResponse<byte[]> multipart(String path, Form form) {
        return multipart(path, form, true);
    }

    /** The form as multipart, with the session's CSRF token or (to show it is needed) without. */
    HttpResponse<byte[]> multipart(String path, Form form, boolean withToken) {
        if (withToken && !path.startsWith("/api/")) {
            form.with("_csrf", token());
        }
        String boundary = "----kkr" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        form.fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (form.file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + form.filePart
                    + "\"; filename=\"" + form.fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(form.file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    HttpResponse<byte[]> urlEncoded(String path, Form form) {
        return urlEncoded(path, form, true);
    }

    /** The form url-encoded, with the session's CSRF token or (to show it is needed) without. */
    HttpResponse<byte[]> urlEncoded(String path, Form form, boolean withToken) {
        if (withToken && !path.startsWith("/api/")) {
            form.with("_csrf", token());
        }
        String[] pairs = form.fields.entrySet().stream()
                .flatMap(field -> Stream.of(field.getKey(), field.getValue())).toArray(String[]::new);
        return send(Forms.post(URI.create(server.url(path)), pairs).build());
    }

    HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET().build());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
