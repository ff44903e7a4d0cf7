package dk.kkr.web.calc;

import dk.kkr.web.TestServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Posting forms to the test server as a browser does: url-encoded, or multipart with a file. No redirects followed. */
final class Http {

    private final TestServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    Http(TestServer server) {
        this.server = server;
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
        List<String> pairs = new ArrayList<>();
        form.fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
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
