package dk.kkr.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser in the web tests: the public's, or one logged in with a name and password; it keeps its cookies, does not
 * follow redirects, and posts forms with the CSRF token of the page they stand on.
 */
final class Browser {

    private final String site;
    private final HttpClient client;

    private Browser(String site, HttpClient client) {
        this.site = site;
        this.client = client;
    }

    /** The public's browser on {@code site} ("http://localhost:PORT"). */
    static Browser anonymous(String site) {
        return new Browser(site, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    /** A browser logged in as {@code name}; fails the test when the login is refused. */
    static Browser loggedIn(String site, String name, String password) {
        Browser browser = anonymous(site);
        HttpResponse<String> in = browser.post("/log-ind", "/log-ind", "navn", name, "adgangskode", password);
        assertThat(in.headers().firstValue("Location")).as("login of " + name)
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        return browser;
    }

    /** GETs {@code path}, with the request headers {@code name, value …}. */
    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /**
     * The text of the PDF at {@code path} as PDFBox extracts it, page after page; empty when it does not answer 200
     * with a PDF.
     */
    String pdfText(String path) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(site + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("")
                    .startsWith("application/pdf")) {
                return "";
            }
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of the page at {@code path}, which must answer 200. */
    String page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** Posts the fields {@code name, value …} to {@code action} as they are (a CSRF token among them, or none). */
    HttpResponse<String> postFields(String action, String... pairs) {
        return send(Forms.post(URI.create(site + action), pairs).build());
    }

    /** Posts the fields {@code name, value …} to {@code action} with the CSRF token of the page at {@code page}. */
    HttpResponse<String> post(String page, String action, String... pairs) {
        String[] withToken = java.util.Arrays.copyOf(pairs, pairs.length + 2);
        withToken[pairs.length] = "_csrf";
        withToken[pairs.length + 1] = Forms.csrf(get(page).body());
        return send(Forms.post(URI.create(site + action), withToken).build());
    }

    /**
     * Posts a multipart form to {@code action} as the page at {@code page} does (its CSRF token in the address): the
     * file {@code bytes} as the field {@code fileField} named {@code fileName}, and the fields {@code name, value …}.
     */
    HttpResponse<String> upload(String page, String action, String fileField, String fileName, byte[] bytes,
                                String... pairs) {
        String boundary = "----kkr" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        for (int i = 0; i < pairs.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pairs[i] + "\"\r\n\r\n"
                    + pairs[i + 1] + "\r\n").getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
        String token = java.net.URLEncoder.encode(Forms.csrf(get(page).body()), utf8);
        return send(HttpRequest.newBuilder(URI.create(site + action + "?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** As {@link #post}, then the page the answer sends the browser to. */
    String postAndFollow(String page, String action, String... pairs) {
        HttpResponse<String> answer = post(page, action, pairs);
        assertThat(answer.statusCode()).as("POST " + action).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return page(location.replaceFirst("^https?://[^/]+", ""));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
