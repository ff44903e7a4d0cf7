package dk.kkr.store.access;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The log of who opened or changed closed material, and when (table {@code audit_event}): the read model writes
 * {@link Action#OPENED} when an account opens a closed document or an item inside one, the store writes
 * {@link Action#IMPORTED} in the transaction that stores a closed file. Administrators read it, newest first.
 * Nothing removes an entry. Thread-safe.
 */
public final class AuditLog {

    /** Longest actor name or detail stored; a longer one is cut. */
    private static final int MAX_ACTOR = 200;

    /** What was done to the closed material. */
    public enum Action {
        /** An account read it: the page of a closed document or of an item in one, or the same through the API. */
        OPENED,
        /** It was imported as closed. */
        IMPORTED,
        /** An item of an open document was closed. */
        CLOSED,
        /** The public wording of a closed item's decision was published, or the decision withheld. */
        DECIDED,
        /** An annex of an open item was closed, with the memo it is. */
        ANNEX_CLOSED,
        /** A member was left out of an item (inhabil); the entry's detail names the member. */
        EXCLUDED,
        /** A member left out of an item was let back in; the entry's detail names the member. */
        INCLUDED
    }

    /**
     * One entry: when, by whom, what, and the material: its document (its title, or the public title when it has
     * none, and the public title) and the item, if it was an item ({@code itemId} and {@code itemNumber} are null
     * otherwise); {@code detail} whom it concerns (the member left out or let in), or null.
     */
    public record Entry(long id, OffsetDateTime at, String actor, Action action, long documentId,
                        String documentTitle, String publicTitle, Long itemId, String itemNumber, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    public AuditLog(DataSource dataSource, Clock clock) {
        this(JdbcClient.create(dataSource), clock);
    }

    /** A log that writes through {@code jdbc}, e.g. inside the caller's transaction. */
    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code actor} opened the closed document {@code documentId}, or item {@code itemId} in it. */
    public void opened(String actor, long documentId, Long itemId) {
        record(actor, Action.OPENED, documentId, itemId, null);
    }

    /** Records that {@code actor} imported the closed file whose document is {@code documentId}. */
    public void imported(String actor, long documentId) {
        record(actor, Action.IMPORTED, documentId, null, null);
    }

    /** Records that {@code actor} closed item {@code itemId} of document {@code documentId}. */
    public void closed(String actor, long documentId, long itemId) {
        record(actor, Action.CLOSED, documentId, itemId, null);
    }

    /** Records that {@code actor} closed an annex of item {@code itemId} of document {@code documentId}. */
    public void closedAnnex(String actor, long documentId, long itemId) {
        record(actor, Action.ANNEX_CLOSED, documentId, itemId, null);
    }

    /** Records that {@code actor} published or withheld the decision of closed item {@code itemId}. */
    public void decided(String actor, long documentId, long itemId) {
        record(actor, Action.DECIDED, documentId, itemId, null);
    }

    /**
     * Records that {@code actor} left member {@code member} out of item {@code itemId} of document {@code documentId}
     * ({@code excluded}), or let them back in.
     */
    public void excluded(String actor, long documentId, long itemId, String member, boolean excluded) {
        record(actor, excluded ? Action.EXCLUDED : Action.INCLUDED, documentId, itemId, member);
    }

    private void record(String actor, Action action, long documentId, Long itemId, String detail) {
        jdbc.sql("""
                        INSERT INTO audit_event (at, actor, action, document_id, item_id, detail)
                        VALUES (:at, :actor, :action, :document, :item, :detail)""")
                .param("at", OffsetDateTime.now(clock))
                .param("actor", cut(actor))
                .param("action", action.name())
                .param("document", documentId)
                .param("item", itemId)
                .param("detail", detail == null ? null : cut(detail))
                .update();
    }

    /** A name as stored: stripped, and cut to {@link #MAX_ACTOR} characters. */
    private static String cut(String name) {
        String stripped = name.strip();
        return stripped.length() > MAX_ACTOR ? stripped.substring(0, MAX_ACTOR) : stripped;
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("""
                        SELECT a.id, a.at, a.actor, a.action, a.document_id, COALESCE(d.title, f.public_title),
                               COALESCE(i.public_title, f.public_title), a.item_id, i.number, a.detail
                        FROM audit_event a
                        JOIN document d ON d.id = a.document_id
                        JOIN document f ON f.id = COALESCE(d.parent_id, d.id)
                        LEFT JOIN agenda_item i ON i.id = a.item_id
                        ORDER BY a.at DESC, a.id DESC FETCH FIRST :limit ROWS ONLY""")
                .param("limit", limit)
                .query((rs, row) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        Action.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8) == null ? null : rs.getLong(8), rs.getString(9), rs.getString(10)))
                .list();
    }
}
