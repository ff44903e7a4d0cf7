package dk.kkr.store;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.text.Messages;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A draft agenda sent for review (til gennemlæsning): its secretariat chooses accounts of the KKR, who then read the
 * draft (through {@code Visibility}, as the secretariat does) and comment on its items, until it is released. The comments are read by the reviewers and the KKR's secretariat only: no reader of the archive joins
 * their table. The reviewers are told by e-mail (queued with the change). Thread-safe.
 */
public final class AgendaReviews {

    /** Longest comment kept. */
    public static final int MAX_COMMENT = 10_000;

    /** A comment: on which item (its number and title), by whom, when, and what. */
    public record Comment(long id, long itemId, String itemNumber, String itemTitle, String author,
                          OffsetDateTime madeAt, String text) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Durability durability;
    private final AuthoredAgendas agendas;
    private final Clock clock;

    public AgendaReviews(DataSource dataSource, AuthoredAgendas agendas) {
        this(dataSource, agendas, Clock.systemDefaultZone());
    }

    public AgendaReviews(DataSource dataSource, AuthoredAgendas agendas, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.durability = new Durability(dataSource);
        this.agendas = agendas;
        this.clock = clock;
    }

    /** The accounts that may review the meeting's agenda: those of its KKR (members and secretariat), by name. */
    public List<String> candidates(long meetingId) {
        return jdbc.sql("""
                        SELECT a.name FROM account a JOIN account_body ab ON ab.account_id = a.id
                        JOIN meeting m ON m.body_id = ab.body_id WHERE m.id = :m ORDER BY a.name""")
                .param("m", meetingId).query(String.class).list();
    }

    /** The accounts the meeting's agenda is sent to for review, by name. */
    public List<String> reviewers(long meetingId) {
        return jdbc.sql("""
                        SELECT a.name FROM agenda_reviewer r JOIN account a ON a.id = r.account_id
                        WHERE r.meeting_id = :m ORDER BY a.name""")
                .param("m", meetingId).query(String.class).list();
    }

    /** Whether {@code account} reads and writes the review of the meeting: a reviewer of it, or its writer. */
    public boolean takesPart(long meetingId, Account account) {
        return agendas.agenda(meetingId).map(agenda -> AuthoredAgendas.mayWrite(account, agenda.kkr())
                || reviewers(meetingId).contains(account.name())).orElse(false);
    }

    /**
     * Sends the meeting's draft agenda for review to the accounts {@code names} (of the KKR), by {@code account} who
     * writes it, with {@code message} (may be blank) in the mail each reviewer with an address gets. Sent again, it
     * goes to those named now (the others no longer read the draft); comments made stay.
     *
     * @throws AccessException with one Danish sentence when the account may not, the agenda is not a draft, nobody is
     *                         named, or a name is not an account of the KKR
     */
    public void send(long meetingId, List<String> names, String message, Account account) {
        AuthoredAgendas.Agenda agenda = agendas.agenda(meetingId)
                .orElseThrow(() -> new AccessException(Messages.text("authoring.noSuchMeeting", meetingId)));
        if (!AuthoredAgendas.mayWrite(account, agenda.kkr())) {
            throw new AccessException(Messages.text("authoring.notAllowed", account.name()));
        }
        if (agenda.stage() != AuthoredAgendas.Stage.DRAFT) {
            throw new AccessException(Messages.text("review.notDraft"));
        }
        List<String> chosen = List.copyOf(new LinkedHashSet<>(names.stream().map(String::strip)
                .filter(name -> !name.isEmpty()).toList()));
        if (chosen.isEmpty()) {
            throw new AccessException(Messages.text("review.nobody"));
        }
        List<String> candidates = candidates(meetingId);
        for (String name : chosen) {
            if (!candidates.contains(name)) {
                throw new AccessException(Messages.text("review.notOfKkr", name));
            }
        }
        String note = message == null ? "" : message.strip();
        if (note.length() > MAX_COMMENT) {
            throw new AccessException(Messages.text("review.tooLong", MAX_COMMENT));
        }
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM agenda_reviewer WHERE meeting_id = :m").param("m", meetingId).update();
            record Meeting(String body, LocalDate date) {
            }
            Meeting meeting = jdbc.sql("""
                            SELECT b.name, m.meeting_date FROM meeting m JOIN body b ON b.id = m.body_id
                            WHERE m.id = :m""")
                    .param("m", meetingId)
                    .query((rs, row) -> new Meeting(rs.getString(1), rs.getObject(2, LocalDate.class))).single();
            MailQueue queue = new MailQueue(jdbc, clock);
            String date = DanishDates.format(meeting.date());
            String link = MailQueue.SITE + "/moeder/" + meetingId;
            for (String name : chosen) {
                jdbc.sql("""
                                INSERT INTO agenda_reviewer (meeting_id, account_id)
                                SELECT :m, id FROM account WHERE name = :name""")
                        .param("m", meetingId).param("name", name).update();
                jdbc.sql("SELECT email FROM account WHERE name = :name AND email IS NOT NULL").param("name", name)
                        .query(String.class).optional()
                        .ifPresent(to -> queue.queue(to, Messages.text("mail.review.subject", meeting.body(), date),
                                Messages.text("mail.review.body", meeting.body(), date, account.name(),
                                        note.isEmpty() ? "" : note + "\n\n", link)));
            }
        });
        durability.committed();
    }

    /**
     * Keeps {@code account}'s comment {@code text} on item {@code itemId} of a draft agenda.
     *
     * @throws AccessException with one Danish sentence when the item is not on an agenda written here, the account
     *                         takes no part in its review, the agenda is released already, or the text is blank or too
     *                         long
     */
    public void comment(long itemId, String text, Account account) {
        AuthoredAgendas.Agenda agenda = agendas.agendaOfItem(itemId)
                .orElseThrow(() -> new AccessException(Messages.text("authoring.noSuchItem", itemId)));
        long meetingId = agenda.meetingId();
        if (!takesPart(meetingId, account)) {
            throw new AccessException(Messages.text("review.notReviewer", account.name()));
        }
        if (agenda.stage() != AuthoredAgendas.Stage.DRAFT) {
            throw new AccessException(Messages.text("review.over"));
        }
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty() || comment.length() > MAX_COMMENT) {
            throw new AccessException(Messages.text("review.tooLong", MAX_COMMENT));
        }
        jdbc.sql("""
                        INSERT INTO review_comment (meeting_id, item_id, account_id, text, made_at)
                        SELECT :m, :item, id, :text, :at FROM account WHERE name = :name""")
                .param("m", meetingId).param("item", itemId).param("text", comment)
                .param("at", OffsetDateTime.now(clock)).param("name", account.name()).update();
        durability.committed();
    }

    /**
     * The comments on the meeting's agenda in the order made, for {@code account}: all of them to one who takes part
     * in the review, none to anyone else.
     */
    public List<Comment> comments(long meetingId, Account account) {
        if (account == null || !takesPart(meetingId, account)) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT c.id, c.item_id, i.number, i.title, a.name, c.made_at, c.text
                        FROM review_comment c JOIN account a ON a.id = c.account_id
                        JOIN agenda_item i ON i.id = c.item_id
                        WHERE c.meeting_id = :m ORDER BY c.made_at, c.id""")
                .param("m", meetingId)
                .query((rs, row) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list();
    }
}
