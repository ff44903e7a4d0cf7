package dk.kkr.service.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.kkr.core.text.Messages;
import dk.kkr.store.Closure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One writer: while {@code ./kkr serve} runs, the server owns the archive and its search index, and
 * {@code ./kkr import} on the same data directory hands its files to it instead of opening them itself.
 *
 * <p>The server publishes where it listens and a random token in {@value #FILE_NAME} in the data directory,
 * readable by its owner only, and withdraws it when it stops. The command line finds the file, sends the
 * files' absolute paths to {@code POST /intern/import} on the loopback address with the token, and reads the
 * answer as it comes: one JSON line per file done (the same progress and failures as a direct import) and
 * the totals last. The server imports one request at a time, so two imports at once run one after the other;
 * what it imported is searchable as soon as its line comes back. A file left by a server that no longer runs
 * (killed) is removed, and the import runs directly.
 */
public final class ImportHandoff {

    /** Where a running server is published, in the data directory. */
    public static final String FILE_NAME = "server.json";
    /** The header that carries the token. */
    public static final String TOKEN_HEADER = "X-KKR-Token";
    /** The endpoint on the server. */
    public static final String PATH = "/intern/import";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportHandoff() {
    }

    /**
     * A running server: the port it listens on, its token and the database it serves ({@code "indlejret"}
     * for the embedded one, else its JDBC URL), so that an import for another database is not handed to it.
     */
    public record Server(int port, String token, String database) {

        /** A new token for a server about to start. */
        public static String newToken() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        public String url() {
            return "http://127.0.0.1:" + port + "/";
        }
    }

    /** The database name a server publishes for a JDBC URL (null: the embedded database). */
    public static String databaseName(String jdbcUrl) {
        return jdbcUrl == null ? "indlejret" : jdbcUrl;
    }

    // ---- the server's side

    /** Publishes a running server in {@code dataDir}, readable by the owner only. */
    public static void publish(Path dataDir, Server server) {
        ObjectNode node = JSON.createObjectNode().put("port", server.port()).put("token", server.token())
                .put("database", server.database());
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Path fresh = dataDir.resolve(FILE_NAME + ".new");
            Files.deleteIfExists(fresh);
            try {
                Files.createFile(fresh, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(fresh);
            }
            Files.writeString(fresh, node.toString());
            try {
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the server in " + file, e);
        }
    }

    /** Withdraws the server from {@code dataDir}, unless another server has published itself there since. */
    public static void withdraw(Path dataDir, Server server) {
        if (find(dataDir).filter(s -> s.token().equals(server.token())).isPresent()) {
            try {
                Files.deleteIfExists(dataDir.resolve(FILE_NAME));
            } catch (IOException e) {
                // the next import finds no server there and removes the file itself
            }
        }
    }

    /**
     * Writes an import's progress to the command line that handed it over, one JSON line per event (whole lines: the
     * reader threads tell of scanned pages side by side).
     */
    public static Importer.Listener writer(OutputStream out) {
        return new Importer.Listener() {
            @Override
            public synchronized void started(int total) {
                line(out, JSON.createObjectNode().put("type", "started").put("total", total));
            }

            @Override
            public synchronized void done(FileOutcome outcome, int doneCount, int total) {
                line(out, JSON.createObjectNode().put("type", "file").put("file", outcome.file().toString())
                        .put("status", outcome.status().name()).put("reason", outcome.reason())
                        .put("done", doneCount).put("total", total));
            }

            @Override
            public synchronized void reading(Path file, int page, int pages) {
                line(out, JSON.createObjectNode().put("type", "page").put("file", file.toString()).put("page", page)
                        .put("pages", pages));
            }
        };
    }

    /** The last line of an import: its totals, and whether the index could not be updated. */
    public static void writeSummary(OutputStream out, ImportSummary s, boolean indexStale) {
        line(out, JSON.createObjectNode().put("type", "summary").put("read", s.read()).put("added", s.added())
                .put("known", s.known()).put("failed", s.failed()).put("meetings", s.meetings())
                .put("items", s.items()).put("documents", s.documents()).put("indexStale", indexStale));
    }

    private static void line(OutputStream out, ObjectNode node) {
        try {
            out.write((node.toString() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the importing command line went away", e);
        }
    }

    // ---- the command line's side

    /** The server published in {@code dataDir}, if a file is there and can be read. */
    public static Optional<Server> find(Path dataDir) {
        try {
            JsonNode node = JSON.readTree(Files.readString(dataDir.resolve(FILE_NAME)));
            return Optional.of(new Server(node.get("port").asInt(), node.get("token").asText(),
                    node.get("database").asText()));
        } catch (IOException | RuntimeException noneOrUnreadable) {
            return Optional.empty();
        }
    }

    /** What a handed-over import came to: its summary and whether the server's index is stale. */
    public record Outcome(ImportSummary summary, boolean indexStale) {
    }

    /** The server refused or broke off an import; the message is one Danish line. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** What a command line hands over: absolute paths, and whether to import them closed (what for, by whom). */
    public record Request(List<String> paths, boolean closed, String publicTitle, String legalBasis,
                          String closedBy) {

        /** The closure the files are to be imported with. */
        public Closure closure() {
            return new Closure(closed, publicTitle, legalBasis, closedBy);
        }
    }

    /**
     * Hands {@code paths} to the server, to import as {@code closure} says, and tells {@code listener} of each file
     * as the server is done with it. Empty when no server listens there any more (its file is then removed from
     * {@code dataDir}).
     *
     * @throws Refused when the server refuses the import or breaks it off
     */
    public static Optional<Outcome> importThrough(Path dataDir, Server server, List<Path> paths, Closure closure,
                                                  Importer.Listener listener) {
        String body;
        try {
            body = JSON.writeValueAsString(new Request(paths.stream()
                    .map(p -> p.toAbsolutePath().normalize().toString()).toList(), closure.closed(),
                    closure.publicTitle(), closure.legalBasis(), closure.closedBy()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()).resolve(PATH))
                .header("Content-Type", "application/json").header(TOKEN_HEADER, server.token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<java.util.stream.Stream<String>> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            } catch (ConnectException gone) {
                try {
                    Files.deleteIfExists(dataDir.resolve(FILE_NAME));
                } catch (IOException e) {
                    // left for the next import to try again
                }
                return Optional.empty();
            } catch (IOException e) {
                throw new Refused(Messages.text("handoff.noAnswer", server.url(), e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Refused(Messages.text("handoff.interrupted"));
            }
            if (response.statusCode() != 200) {
                throw new Refused(Messages.text("handoff.refused", server.url(), response.statusCode()));
            }
            return Optional.of(read(response.body().iterator(), listener));
        }
    }

    /** Reads the lines {@link #writer} and {@link #writeSummary} wrote, telling {@code listener} as they come. */
    static Outcome read(Iterator<String> lines, Importer.Listener listener) {
        List<FileOutcome> failures = new ArrayList<>();
        while (lines.hasNext()) {
            JsonNode event;
            try {
                event = JSON.readTree(lines.next());
            } catch (IOException e) {
                throw new Refused(Messages.text("handoff.unreadableAnswer", e.getMessage()));
            }
            switch (event.path("type").asText()) {
                case "started" -> listener.started(event.get("total").asInt());
                case "page" -> listener.reading(Path.of(event.get("file").asText()), event.get("page").asInt(),
                        event.get("pages").asInt());
                case "file" -> {
                    FileOutcome outcome = new FileOutcome(Path.of(event.get("file").asText()),
                            FileOutcome.Status.valueOf(event.get("status").asText()),
                            event.get("reason").isNull() ? null : event.get("reason").asText(), null);
                    if (outcome.status() == FileOutcome.Status.FAILED) {
                        failures.add(outcome);
                    }
                    listener.done(outcome, event.get("done").asInt(), event.get("total").asInt());
                }
                case "summary" -> {
                    return new Outcome(new ImportSummary(event.get("read").asInt(), event.get("added").asInt(),
                            event.get("known").asInt(), event.get("failed").asInt(), event.get("meetings").asInt(),
                            event.get("items").asInt(), event.get("documents").asInt(), failures),
                            event.get("indexStale").asBoolean());
                }
                default -> throw new Refused(Messages.text("handoff.unreadableAnswer", event));
            }
        }
        throw new Refused(Messages.text("handoff.cutShort"));
    }
}
