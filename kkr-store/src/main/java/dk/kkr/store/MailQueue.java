package dk.kkr.store;

import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * E-mail waiting to be sent (table {@code mail_queue}): queued in the transaction of the change that causes it, sent
 * by a sender that marks each as sent or counts a failed attempt; nothing is deleted, so none is lost. Thread-safe.
 */
public final class MailQueue {

    /** Stands in a queued mail's text for the site's address, which the sender knows (a link: {@code {site}/moeder/7}). */
    public static final String SITE = "{site}";

    /** A mail to send: its id, address, subject and plain text. */
    public record Mail(long id, String to, String subject, String body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public MailQueue(DataSource dataSource) {
        this(JdbcClient.create(dataSource), Clock.systemDefaultZone());
    }

    /** A queue that writes through {@code jdbc}, e.g. inside the caller's transaction. */
    MailQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a mail. */
    void queue(String to, String subject, String body) {
        jdbc.sql("""
                        INSERT INTO mail_queue (to_address, subject, body, queued_at)
                        VALUES (:to, :subject, :body, :at)""")
                .param("to", to).param("subject", subject.length() > 500 ? subject.substring(0, 500) : subject)
                .param("body", body).param("at", OffsetDateTime.now(clock)).update();
    }

    /** The mails not yet sent, oldest first, at most {@code limit}. */
    public List<Mail> unsent(int limit) {
        return jdbc.sql("""
                        SELECT id, to_address, subject, body FROM mail_queue WHERE sent_at IS NULL
                        ORDER BY id FETCH FIRST :limit ROWS ONLY""")
                .param("limit", limit)
                .query((rs, row) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Marks mail {@code id} as sent. */
    public void sent(long id) {
        jdbc.sql("UPDATE mail_queue SET sent_at = :at, attempts = attempts + 1 WHERE id = :id")
                .param("at", OffsetDateTime.now(clock)).param("id", id).update();
    }

    /** Counts a failed attempt to send mail {@code id}, with its error; it stays queued. */
    public void failed(long id, String error) {
        String message = error == null ? "" : error;
        jdbc.sql("UPDATE mail_queue SET attempts = attempts + 1, last_error = :error WHERE id = :id")
                .param("error", message.length() > 1000 ? message.substring(0, 1000) : message).param("id", id)
                .update();
    }
}
