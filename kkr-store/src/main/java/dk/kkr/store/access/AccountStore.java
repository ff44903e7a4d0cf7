package dk.kkr.store.access;

import dk.kkr.core.text.Sha256;
import dk.kkr.core.text.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts of the archive: who may log in, with which role and for which KKRs, their password hashes (made by
 * the caller), lock-out after {@value #MAX_FAILED_LOGINS} failed logins in a row for {@link #LOCK_OUT}, and personal
 * API tokens, of which only the SHA-256 is stored (the token itself is shown once). Thread-safe.
 */
public final class AccountStore implements Accounts {

    /** Failed logins in a row after which the account is locked for {@link #LOCK_OUT}. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);
    private static final int MAX_NAME = 100;
    private static final String TOKEN_PREFIX = "kkr_";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AccountStore(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    public AccountStore(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
    }

    /**
     * Adds an account. A member or secretariat is given one or more KKRs (by slug); an administrator none, as it has
     * them all. {@code passwordHash} may be null (an account that logs in by single sign-on only).
     */
    @Override
    public Account add(String name, Role role, List<String> kkrs, String email, String passwordHash) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME || !clean.matches("[\\p{L}\\p{N}._@-]+")) {
            throw new AccessException(Messages.text("account.badName", MAX_NAME));
        }
        if (role == Role.ADMINISTRATOR && !kkrs.isEmpty()) {
            throw new AccessException(Messages.text("account.administratorHasAll"));
        }
        if (role != Role.ADMINISTRATOR && kkrs.isEmpty()) {
            throw new AccessException(Messages.text("account.needsKkr", role.danish()));
        }
        return transactions.execute(status -> {
            if (find(clean).isPresent()) {
                throw new AccessException(Messages.text("account.exists", clean));
            }
            Map<String, Long> bodies = new LinkedHashMap<>();
            for (String slug : kkrs) {
                long bodyId = jdbc.sql("SELECT id FROM body WHERE slug = :slug").param("slug", slug.strip())
                        .query(Long.class).optional()
                        .orElseThrow(() -> new AccessException(Messages.text("account.unknownKkr", slug.strip())));
                bodies.put(slug.strip(), bodyId);
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            INSERT INTO account (name, role, email, password_hash, failed_logins, created_at)
                            VALUES (:name, :role, :email, :hash, 0, :now)""")
                    .param("name", clean).param("role", role.name()).param("email", email)
                    .param("hash", passwordHash).param("now", now())
                    .update(keys, "id");
            long id = keys.getKeyAs(Number.class).longValue();
            bodies.values().forEach(bodyId -> jdbc.sql("INSERT INTO account_body (account_id, body_id) VALUES (:a, :b)")
                    .param("a", id).param("b", bodyId).update());
            return find(clean).orElseThrow();
        });
    }

    /** Every account, by name. */
    @Override
    public List<Account> list() {
        return accounts("TRUE", Map.of());
    }

    public Optional<Account> find(String name) {
        return accounts("a.name = :name", Map.of("name", name.strip())).stream().findFirst();
    }

    /** The account by this name, or a Danish refusal saying there is none. */
    @Override
    public Account require(String name) {
        return find(name).orElseThrow(() -> new AccessException(Messages.text("account.unknown", name.strip())));
    }

    /** Removes the account, its KKRs and its tokens; a Danish refusal when there is none by that name. */
    @Override
    public void remove(String name) {
        if (jdbc.sql("DELETE FROM account WHERE name = :name").param("name", name.strip()).update() == 0) {
            require(name);
        }
    }

    /** The account's password hash, if it has an account and a password. */
    public Optional<String> passwordHash(String name) {
        return jdbc.sql("SELECT password_hash FROM account WHERE name = :name").param("name", name.strip())
                .query(String.class).optional();
    }

    /** Until when the account is locked after failed logins, if it is locked now. */
    public Optional<OffsetDateTime> lockedUntil(String name) {
        return jdbc.sql("SELECT locked_until FROM account WHERE name = :name").param("name", name.strip())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .filter(until -> until != null && until.isAfter(now()));
    }

    /** Counts a failed login; the {@value #MAX_FAILED_LOGINS}th in a row locks the account for {@link #LOCK_OUT}. */
    public void failedLogin(String name) {
        transactions.executeWithoutResult(status -> {
            int failed = jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE name = :name")
                    .param("name", name.strip()).update();
            if (failed > 0) {
                jdbc.sql("""
                                UPDATE account SET locked_until = :until, failed_logins = 0
                                WHERE name = :name AND failed_logins >= :max""")
                        .param("until", now().plus(LOCK_OUT)).param("name", name.strip())
                        .param("max", MAX_FAILED_LOGINS).update();
            }
        });
    }

    /** A login succeeded: the count of failures starts again. */
    public void loggedIn(String name) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE name = :name")
                .param("name", name.strip()).update();
    }

    /**
     * Gives the account two-factor login with this shared secret (Base32), replacing any it had; null takes
     * two-factor login away. A Danish refusal when there is no account by that name.
     */
    @Override
    public void setTwoFactorSecret(String name, String secret) {
        if (jdbc.sql("UPDATE account SET totp_secret = :secret, totp_last_step = NULL WHERE name = :name")
                .param("secret", secret).param("name", name.strip()).update() == 0) {
            require(name);
        }
    }

    /** The account's two-factor secret, if it logs in with two factors. */
    public Optional<String> twoFactorSecret(String name) {
        return jdbc.sql("SELECT totp_secret FROM account WHERE name = :name").param("name", name.strip())
                .query(String.class).optional().filter(secret -> secret != null);
    }

    /**
     * Takes the code of time step {@code step} as used: true if no code of this step or a later one was used before
     * (a code is good once, so that one seen over a shoulder or in a log cannot log in again).
     */
    public boolean useTwoFactorStep(String name, long step) {
        return jdbc.sql("""
                        UPDATE account SET totp_last_step = :step
                        WHERE name = :name AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .param("step", step).param("name", name.strip()).update() == 1;
    }

    /** A new personal API token for the account, shown this once: only its SHA-256 is stored. */
    @Override
    public String newToken(String name) {
        Account account = require(name);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("INSERT INTO api_token (account_id, token_hash, created_at) VALUES (:a, :hash, :now)")
                .param("a", account.id()).param("hash", Sha256.hex(token)).param("now", now()).update();
        return token;
    }

    /** Revokes every token of the account; returns how many were still valid. */
    @Override
    public int revokeTokens(String name) {
        require(name);
        return jdbc.sql("""
                        UPDATE api_token SET revoked_at = :now
                        WHERE revoked_at IS NULL AND account_id = (SELECT id FROM account WHERE name = :name)""")
                .param("now", now()).param("name", name.strip()).update();
    }

    /** The account a valid (unrevoked) token belongs to. */
    public Optional<Account> byToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT a.name FROM api_token t JOIN account a ON a.id = t.account_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL""")
                .param("hash", Sha256.hex(token)).query(String.class).optional().flatMap(this::find);
    }

    private List<Account> accounts(String condition, Map<String, ?> params) {
        record Row(long id, String name, Role role, String email, OffsetDateTime created, String slug) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT a.id, a.name, a.role, a.email, a.created_at, b.slug FROM account a
                        LEFT JOIN account_body ab ON ab.account_id = a.id
                        LEFT JOIN body b ON b.id = ab.body_id
                        WHERE %s ORDER BY a.name, b.slug""".formatted(condition))
                .params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                        rs.getString("email"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("slug")))
                .list();
        Map<Long, List<Row>> byAccount = new LinkedHashMap<>();
        rows.forEach(r -> byAccount.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byAccount.values().stream().map(group -> {
            Row first = group.getFirst();
            List<String> slugs = group.stream().map(Row::slug).filter(s -> s != null).toList();
            return new Account(first.id(), first.name(), first.role(), slugs, first.email(), first.created());
        }).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
