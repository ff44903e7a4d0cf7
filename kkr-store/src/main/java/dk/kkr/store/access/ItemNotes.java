package dk.kkr.store.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Private notes on agenda items (table {@code item_note}): one per account and item, read by nobody but the account
 * that wrote it — no reader of the archive joins this table, so no channel can show it. The caller checks that the
 * account reads the item. Thread-safe.
 */
public final class ItemNotes {

    /** Longest note kept. */
    public static final int MAX_LENGTH = 10_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ItemNotes(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = Clock.systemDefaultZone();
    }

    /** The note {@code account} wrote on item {@code itemId}, if any. */
    public Optional<String> note(long itemId, String account) {
        return jdbc.sql("""
                        SELECT n.text FROM item_note n JOIN account a ON a.id = n.account_id
                        WHERE n.item_id = :item AND a.name = :account""")
                .param("item", itemId).param("account", account).query(String.class).optional();
    }

    /**
     * Keeps {@code text} as {@code account}'s note on item {@code itemId}; a blank text removes the note.
     *
     * @throws AccessException with one Danish sentence when the note is too long
     */
    public void keep(long itemId, String account, String text) {
        String note = text == null ? "" : text.strip();
        if (note.length() > MAX_LENGTH) {
            throw new AccessException(dk.kkr.core.text.Messages.text("note.tooLong", MAX_LENGTH));
        }
        transactions.executeWithoutResult(status -> {
            long accountId = jdbc.sql("SELECT id FROM account WHERE name = :name").param("name", account)
                    .query(Long.class).single();
            jdbc.sql("DELETE FROM item_note WHERE item_id = :item AND account_id = :account")
                    .param("item", itemId).param("account", accountId).update();
            if (!note.isEmpty()) {
                jdbc.sql("""
                                INSERT INTO item_note (item_id, account_id, text, updated_at)
                                VALUES (:item, :account, :text, :at)""")
                        .param("item", itemId).param("account", accountId).param("text", note)
                        .param("at", OffsetDateTime.now(clock)).update();
            }
        });
    }
}
