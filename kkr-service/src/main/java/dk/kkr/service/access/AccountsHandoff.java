package dk.kkr.service.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.kkr.core.text.Messages;
import dk.kkr.service.importing.ImportHandoff;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.Accounts;
import dk.kkr.store.access.Role;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The accounts of an archive whose server is running ({@link ImportHandoff}: the server owns the embedded database):
 * {@code ./kkr users …} hands each call to {@code POST /intern/accounts} on the loopback address with the server's
 * token, and the server makes it on its {@link dk.kkr.store.access.AccountStore} ({@link #answer}). A password
 * travels as its hash only. A refusal comes back as the server's Danish sentence, an {@link AccessException}.
 * Both sides of the exchange are here.
 */
public final class AccountsHandoff implements Accounts {

    /** The endpoint on the server. */
    public static final String PATH = "/intern/accounts";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImportHandoff.Server server;

    private AccountsHandoff(ImportHandoff.Server server) {
        this.server = server;
    }

    /** The accounts through {@code server}, if it answers; empty when no server listens there any more. */
    public static Optional<Accounts> through(ImportHandoff.Server server) {
        AccountsHandoff handoff = new AccountsHandoff(server);
        try {
            handoff.send(JSON.createObjectNode().put("call", "ping"), true);
            return Optional.of(handoff);
        } catch (Gone gone) {
            return Optional.empty();
        }
    }

    /** No server listens at the published address (it was killed). */
    private static final class Gone extends RuntimeException {
        Gone() {
            super("no server", null, false, false);
        }
    }

    @Override
    public Account add(String name, Role role, List<String> kkrs, String email, String passwordHash) {
        ObjectNode call = JSON.createObjectNode().put("call", "add").put("name", name).put("role", role.name())
                .put("email", email).put("passwordHash", passwordHash);
        kkrs.forEach(call.putArray("kkrs")::add);
        return account(send(call));
    }

    @Override
    public List<Account> list() {
        List<Account> all = new ArrayList<>();
        send(JSON.createObjectNode().put("call", "list")).forEach(node -> all.add(account(node)));
        return all;
    }

    @Override
    public void remove(String name) {
        send(JSON.createObjectNode().put("call", "remove").put("name", name));
    }

    @Override
    public Account require(String name) {
        return account(send(JSON.createObjectNode().put("call", "require").put("name", name)));
    }

    @Override
    public String newToken(String name) {
        return send(JSON.createObjectNode().put("call", "newToken").put("name", name)).asText();
    }

    @Override
    public int revokeTokens(String name) {
        return send(JSON.createObjectNode().put("call", "revokeTokens").put("name", name)).asInt();
    }

    @Override
    public void setTwoFactorSecret(String name, String secret) {
        send(JSON.createObjectNode().put("call", "setTwoFactorSecret").put("name", name).put("secret", secret));
    }

    private JsonNode send(ObjectNode call) {
        return send(call, false);
    }

    /** Sends one call; its result. While {@code probing}, a server that does not listen is {@link Gone}. */
    private JsonNode send(ObjectNode call, boolean probing) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()).resolve(PATH))
                .header("Content-Type", "application/json").header(ImportHandoff.TOKEN_HEADER, server.token())
                .POST(HttpRequest.BodyPublishers.ofString(call.toString())).build();
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newHttpClient()) {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException gone) {
            if (probing) {
                throw new Gone();
            }
            throw new AccessException(Messages.text("handoff.noAnswer", server.url(), gone.getMessage()));
        } catch (IOException e) {
            throw new AccessException(Messages.text("handoff.noAnswer", server.url(), e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AccessException(Messages.text("handoff.accountsInterrupted"));
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() == 200 && answer != null && answer.has("result")) {
            return answer.get("result");
        }
        if (answer != null && answer.has("error")) {
            throw new AccessException(answer.get("error").asText());
        }
        throw new AccessException(Messages.text("handoff.accountsRefused", server.url(), response.statusCode()));
    }

    // ---- the server's side

    /**
     * Makes one handed-over call on {@code accounts} and writes its answer: {@code {"result": …}}, or
     * {@code {"error": "…"}} for a refusal (with {@code refused} told, to set the status).
     */
    public static String answer(String body, Accounts accounts, Runnable refused) {
        ObjectNode answer = JSON.createObjectNode();
        try {
            JsonNode call = JSON.readTree(body);
            Function<String, String> text = field -> call.hasNonNull(field) ? call.get(field).asText() : null;
            String name = text.apply("name");
            switch (text.apply("call")) {
                case "ping" -> answer.put("result", true);
                case "add" -> {
                    List<String> kkrs = new ArrayList<>();
                    call.path("kkrs").forEach(kkr -> kkrs.add(kkr.asText()));
                    answer.set("result", json(accounts.add(name, Role.valueOf(text.apply("role")), kkrs,
                            text.apply("email"), text.apply("passwordHash"))));
                }
                case "list" -> {
                    ArrayNode all = answer.putArray("result");
                    accounts.list().forEach(account -> all.add(json(account)));
                }
                case "remove" -> {
                    accounts.remove(name);
                    answer.put("result", true);
                }
                case "require" -> answer.set("result", json(accounts.require(name)));
                case "newToken" -> answer.put("result", accounts.newToken(name));
                case "revokeTokens" -> answer.put("result", accounts.revokeTokens(name));
                case "setTwoFactorSecret" -> {
                    accounts.setTwoFactorSecret(name, text.apply("secret"));
                    answer.put("result", true);
                }
                case null, default -> throw new IllegalArgumentException("unknown call");
            }
        } catch (AccessException e) {
            refused.run();
            return JSON.createObjectNode().put("error", e.getMessage()).toString();
        } catch (IOException | RuntimeException e) {
            refused.run();
            return JSON.createObjectNode().put("error", Messages.text("handoff.badCall")).toString();
        }
        return answer.toString();
    }

    private static ObjectNode json(Account account) {
        ObjectNode node = JSON.createObjectNode().put("id", account.id()).put("name", account.name())
                .put("role", account.role().name()).put("email", account.email())
                .put("createdAt", account.createdAt().toString());
        account.kkrs().forEach(node.putArray("kkrs")::add);
        return node;
    }

    private static Account account(JsonNode node) {
        List<String> kkrs = new ArrayList<>();
        node.path("kkrs").forEach(kkr -> kkrs.add(kkr.asText()));
        return new Account(node.get("id").asLong(), node.get("name").asText(), Role.valueOf(node.get("role").asText()),
                kkrs, node.hasNonNull("email") ? node.get("email").asText() : null,
                OffsetDateTime.parse(node.get("createdAt").asText()));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
