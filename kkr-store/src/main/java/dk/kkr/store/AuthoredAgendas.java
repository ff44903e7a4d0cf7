package dk.kkr.store;

import dk.kkr.core.danish.DanishDates;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.extract.EntityExtractor;
import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.AuthoredAgenda;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.Span;
import dk.kkr.core.parse.AgendaText;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.core.table.TableExtractor;
import dk.kkr.core.text.Messages;
import dk.kkr.core.text.Sha256;
import dk.kkr.store.access.AccessException;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.Role;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Agendas written on the platform by a KKR's secretariat (the secretariat of the KKR, or an administrator, does
 * everything here). A meeting is created with its agenda from the KKR's template; items are added to a group, edited,
 * moved within it or to a later meeting, and deleted; the agenda is released to the members and published, at once
 * or at a set time. The agenda is stored as any parsed document is — a source file, a document with a stage
 * ({@code document.stage}), its items, sections, annexes and what was found in its text — and after every change its
 * text is written anew from its items ({@link AgendaText}), every span exact and every item keeping its id (and with
 * it its address, closure and exclusions). Each change is one transaction. Thread-safe.
 */
public final class AuthoredAgendas {

    /** Longest title stored. */
    public static final int MAX_TITLE = 2000;

    /** Where an authored agenda is in its life. */
    public enum Stage {
        /** Read only by the KKR's secretariat and administrators. */
        DRAFT,
        /** Released to the KKR's members. */
        RELEASED,
        /** Read by everyone. */
        PUBLISHED
    }

    /**
     * An authored agenda: its meeting, document, source file, KKR and stage, when it is to be published, and when its
     * minutes were released (null until then; from then on the document is the meeting's minutes).
     */
    public record Agenda(long meetingId, long documentId, long sourceFileId, String kkr, Stage stage,
                         OffsetDateTime publishAt, OffsetDateTime minutesReleasedAt) {

        /** Whether the agenda is now the meeting's minutes. */
        public boolean minutes() {
            return minutesReleasedAt != null;
        }
    }

    /** Longest decision stored, in characters. */
    public static final int MAX_DECISION = 20_000;

    /**
     * An item as the secretariat writes it: title, case id and case owner (both may be null; the owner only with a
     * case id) and its sections' texts by heading (Baggrund, Indstilling, Sagsfremstilling; blank ones are left out).
     */
    public record ItemFields(String title, String caseId, String caseOwner, Map<String, String> sections) {

        /** The headings an item's sections may have here, in their order; annexes come with their own upload. */
        public static final List<String> HEADINGS = List.of(Section.BACKGROUND, Section.RECOMMENDATION,
                Section.PRESENTATION);

        public ItemFields {
            title = title == null ? "" : title.strip();
            caseId = blankToNull(caseId);
            caseOwner = blankToNull(caseOwner);
            Map<String, String> written = new LinkedHashMap<>();
            (sections == null ? Map.<String, String>of() : sections).forEach((heading, text) -> {
                if (!HEADINGS.contains(heading)) {
                    throw new AccessException(Messages.text("authoring.noSuchSection", heading));
                }
                if (text != null && !text.isBlank()) {
                    written.put(heading, text.strip());
                }
            });
            sections = Map.copyOf(written);
            if (title.isEmpty() || title.length() > MAX_TITLE) {
                throw new AccessException(Messages.text("authoring.title", MAX_TITLE));
            }
            if (caseOwner != null && caseId == null || caseId != null && !AgendaText.readsAsCaseLine(caseId, caseOwner)) {
                throw new AccessException(Messages.text("authoring.caseLine"));
            }
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final Durability durability;
    private final Clock clock;
    private final EntityExtractor entities = new EntityExtractor();
    private final TableExtractor tables = new TableExtractor();

    public AuthoredAgendas(DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    public AuthoredAgendas(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new NamedParameterJdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.durability = new Durability(dataSource);
        this.clock = clock;
    }

    /** Whether {@code account} writes agendas for the KKR with this short name. */
    public static boolean mayWrite(Account account, String kkr) {
        return account.role() == Role.ADMINISTRATOR
                || account.role() == Role.SECRETARIAT && kkr != null && account.kkrs().contains(kkr);
    }

    /** The KKRs {@code account} writes agendas for, as short names in the reference order. */
    public static List<String> writable(Account account) {
        return ReferenceData.bodies().stream().map(b -> b.slug()).filter(slug -> mayWrite(account, slug)).toList();
    }

    // ---- the template

    /** The KKR's agenda template: its secretariat's own, or the platform's. */
    public List<AuthoredAgenda.Entry> template(String kkr) {
        List<AuthoredAgenda.Entry> own = jdbc.sql("""
                        SELECT t.is_group, t.title FROM agenda_template t JOIN body b ON b.id = t.body_id
                        WHERE b.slug = :kkr ORDER BY t.position""")
                .param("kkr", kkr)
                .query((rs, row) -> AuthoredAgenda.Entry.titled(rs.getBoolean(1), rs.getString(2)))
                .list();
        return own.isEmpty() ? AgendaText.standardTemplate() : own;
    }

    /**
     * Keeps {@code entries} as the KKR's agenda template, by {@code account}; later meetings start from it.
     *
     * @throws AccessException with one Danish sentence when the account may not, or the template does not start with
     *                         a group
     */
    public void keepTemplate(String kkr, List<AuthoredAgenda.Entry> entries, Account account) {
        if (!mayWrite(account, kkr)) {
            throw new AccessException(Messages.text("authoring.notAllowed", account.name()));
        }
        if (entries.isEmpty() || !entries.getFirst().group()) {
            throw new AccessException(Messages.text("authoring.templateStart"));
        }
        transactions.executeWithoutResult(status -> {
            long body = bodyId(kkr);
            jdbc.sql("DELETE FROM agenda_template WHERE body_id = :body").param("body", body).update();
            for (int i = 0; i < entries.size(); i++) {
                jdbc.sql("INSERT INTO agenda_template (body_id, position, is_group, title) VALUES (:b, :p, :g, :t)")
                        .param("b", body).param("p", i + 1).param("g", entries.get(i).group())
                        .param("t", entries.get(i).title().strip()).update();
            }
        });
        durability.committed();
    }

    // ---- meetings

    /**
     * Creates a meeting of the KKR {@code kkr} (short name) with its agenda, a draft from the KKR's template, by
     * {@code account}.
     *
     * @throws AccessException with one Danish sentence when the account may not, or the KKR has a meeting that day
     */
    public Agenda createMeeting(String kkr, LocalDate date, LocalTime time, String place, Account account) {
        if (!mayWrite(account, kkr)) {
            throw new AccessException(Messages.text("authoring.notAllowed", account.name()));
        }
        if (date == null) {
            throw new AccessException(Messages.text("authoring.noDate"));
        }
        String written = oneLine(place);
        String where = written.isEmpty() ? null : written;
        if (where != null && where.length() > 1000) {
            throw new AccessException(Messages.text("authoring.placeTooLong"));
        }
        return change(() -> {
            long body = bodyId(kkr);
            if (jdbc.sql("SELECT COUNT(*) FROM meeting WHERE body_id = :body AND meeting_date = :date")
                    .param("body", body).param("date", date).query(Long.class).single() > 0) {
                throw new AccessException(Messages.text("authoring.meetingExists", bodyName(kkr),
                        DanishDates.format(date)));
            }
            long meeting = insert("""
                    INSERT INTO meeting (body_id, meeting_date, meeting_time, location)
                    VALUES (:body, :date, :time, :location)""",
                    map("body", body, "date", date, "time", time, "location", where));
            long file = insert("""
                    INSERT INTO source_file (file_name, sha256, byte_size, media_type, notes, text, imported_at)
                    VALUES (:name, :sha, 0, 'text/plain', :notes, '', :at)""",
                    map("name", "dagsorden-" + kkr + "-" + date + ".txt", "sha", Sha256.hex("new " + meeting),
                            "notes", Messages.text("source.note.authored"), "at", OffsetDateTime.now(clock)));
            long document = insert("""
                    INSERT INTO document (source_file_id, kind, title, body_id, meeting_id, span_start, span_end, stage,
                                          authored)
                    VALUES (:file, 'AGENDA', '', :body, :meeting, 0, 0, 'DRAFT', TRUE)""",
                    map("file", file, "body", body, "meeting", meeting));
            Long group = null;
            int position = 0;
            for (AuthoredAgenda.Entry entry : template(kkr)) {
                long item = insertItem(document, meeting, entry.group() ? null : group, ++position, entry.title());
                if (entry.group()) {
                    group = item;
                }
            }
            write(document);
            earlierAgenda(meeting).ifPresent(earlier -> linkMinutes(earlier, account));
            return agenda(meeting).orElseThrow();
        });
    }

    /** The authored agenda of a meeting; empty when the meeting has none (an imported meeting, or none at all). */
    public Optional<Agenda> agenda(long meetingId) {
        return jdbc.sql("""
                        SELECT d.meeting_id, d.id, d.source_file_id, b.slug, d.stage, d.publish_at, d.minutes_released_at
                        FROM document d JOIN body b ON b.id = d.body_id
                        WHERE d.meeting_id = :meeting AND d.authored""")
                .param("meeting", meetingId)
                .query((rs, row) -> new Agenda(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        Stage.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class)))
                .optional();
    }

    /** The authored agenda an item stands in; empty for an item of an imported document. */
    public Optional<Agenda> agendaOfItem(long itemId) {
        return jdbc.sql("""
                        SELECT d.meeting_id FROM agenda_item i JOIN document d ON d.id = i.document_id
                        WHERE i.id = :item AND d.authored""")
                .param("item", itemId).query(Long.class).optional().flatMap(this::agenda);
    }

    /** The later meetings of the same KKR with an authored agenda, by date: where an item of this one may move. */
    public List<Agenda> laterAgendas(long meetingId) {
        return jdbc.sql("""
                        SELECT n.id FROM meeting m JOIN meeting n ON n.body_id = m.body_id AND n.meeting_date > m.meeting_date
                        WHERE m.id = :meeting
                          AND EXISTS (SELECT 1 FROM document d WHERE d.meeting_id = n.id AND d.authored)
                        ORDER BY n.meeting_date""")
                .param("meeting", meetingId).query(Long.class).list()
                .stream().map(id -> agenda(id).orElseThrow()).toList();
    }

    // ---- items

    /**
     * Adds an item at the end of group {@code group} (its number, 1 for the first) of the meeting's agenda, by
     * {@code account}; its id.
     *
     * @throws AccessException with one Danish sentence when the account may not, or there is no such group
     */
    public long addItem(long meetingId, int group, ItemFields fields, Account account) {
        return change(() -> {
            Agenda agenda = editable(meetingId, account);
            List<Long> groups = groups(agenda.documentId());
            if (group < 1 || group > groups.size()) {
                throw new AccessException(Messages.text("authoring.noSuchGroup", group));
            }
            long groupId = groups.get(group - 1);
            int position = jdbc.sql("""
                            SELECT MAX(position) FROM agenda_item WHERE id = :group OR parent_id = :group""")
                    .param("group", groupId).query(Integer.class).single() + 1;
            jdbc.sql("UPDATE agenda_item SET position = position + 1 WHERE document_id = :d AND position >= :p")
                    .param("d", agenda.documentId()).param("p", position).update();
            long item = insertItem(agenda.documentId(), meetingId, groupId, position, fields.title());
            fill(item, fields);
            rewrite(agenda, account, item);
            return item;
        });
    }

    /**
     * Writes {@code fields} as item {@code itemId}'s title, case and sections, by {@code account}.
     *
     * @throws AccessException with one Danish sentence when the account may not, or it is not an item written here
     */
    public void updateItem(long itemId, ItemFields fields, Account account) {
        change(() -> {
            Agenda agenda = editableItem(itemId, account);
            fill(itemId, fields);
            rewrite(agenda, account, itemId);
            return null;
        });
    }

    /**
     * Deletes item {@code itemId} with its sections and annexes, by {@code account}. A group of the template is not
     * deleted, nor an item of which the access log tells.
     *
     * @throws AccessException with one Danish sentence when the account may not, or the item cannot be deleted
     */
    public void deleteItem(long itemId, Account account) {
        change(() -> {
            Agenda agenda = editableItem(itemId, account);
            requireNotGroup(itemId);
            if (jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE item_id = :item").param("item", itemId)
                    .query(Long.class).single() > 0) {
                throw new AccessException(Messages.text("authoring.deleteLogged"));
            }
            new Findings(jdbc, batches).delete(agenda.sourceFileId());
            for (String table : List.of("item_section", "annex", "item_exclusion", "item_note", "item_decision",
                    "review_comment")) {
                jdbc.sql("DELETE FROM " + table + " WHERE item_id = :item").param("item", itemId).update();
            }
            jdbc.sql("UPDATE calculation SET agenda_item_id = NULL WHERE agenda_item_id = :item")
                    .param("item", itemId).update();
            jdbc.sql("DELETE FROM agenda_item WHERE id = :item").param("item", itemId).update();
            rewrite(agenda, account);
            return null;
        });
    }

    /**
     * Moves item {@code itemId} one place up ({@code steps} -1) or down (+1) within its group, by {@code account};
     * at the group's edge it stays.
     */
    public void moveItem(long itemId, int steps, Account account) {
        change(() -> {
            Agenda agenda = editableItem(itemId, account);
            requireNotGroup(itemId);
            // the nearest item of the group on that side
            Optional<Long> neighbour = jdbc.sql("""
                            SELECT n.id FROM agenda_item i JOIN agenda_item n ON n.parent_id = i.parent_id
                            WHERE i.id = :item AND (n.position - i.position) * :side > 0
                            ORDER BY (n.position - i.position) * :side FETCH FIRST 1 ROWS ONLY""")
                    .param("item", itemId).param("side", Integer.signum(steps)).query(Long.class).optional();
            neighbour.ifPresent(other -> {
                jdbc.sql("""
                                UPDATE agenda_item SET position = CASE WHEN id = :a
                                    THEN (SELECT position FROM agenda_item WHERE id = :b)
                                    ELSE (SELECT position FROM agenda_item WHERE id = :a) END
                                WHERE id IN (:a, :b)""")
                        .param("a", itemId).param("b", other).update();
                rewrite(agenda, account, itemId);
            });
            return null;
        });
    }

    /**
     * Moves item {@code itemId} to the agenda of a later meeting of the same KKR, by {@code account}: to the end of
     * the group of the same title there (else of the same number, else the last), keeping its id and all it has.
     *
     * @throws AccessException with one Danish sentence when the account may not, or the meeting is not a later one of
     *                         the same KKR with an agenda written here
     */
    public void moveToMeeting(long itemId, long meetingId, Account account) {
        change(() -> {
            Agenda from = editableItem(itemId, account);
            requireNotGroup(itemId);
            Agenda to = editable(meetingId, account);
            if (laterAgendas(from.meetingId()).stream().noneMatch(a -> a.meetingId() == meetingId)) {
                throw new AccessException(Messages.text("authoring.notLater"));
            }
            record Group(long id, String number, String title) {
            }
            Group own = jdbc.sql("""
                            SELECT g.id, g.number, g.title FROM agenda_item i JOIN agenda_item g ON g.id = i.parent_id
                            WHERE i.id = :item""")
                    .param("item", itemId).query((rs, row) -> new Group(rs.getLong(1), rs.getString(2),
                            rs.getString(3))).single();
            List<Group> groups = jdbc.sql("""
                            SELECT id, number, title FROM agenda_item WHERE document_id = :d AND parent_id IS NULL
                            ORDER BY position""")
                    .param("d", to.documentId())
                    .query((rs, row) -> new Group(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
            Group target = groups.stream().filter(g -> g.title().equals(own.title())).findFirst()
                    .or(() -> groups.stream().filter(g -> g.number().equals(own.number())).findFirst())
                    .orElse(groups.getLast());
            int position = jdbc.sql("SELECT MAX(position) FROM agenda_item WHERE id = :g OR parent_id = :g")
                    .param("g", target.id()).query(Integer.class).single() + 1;
            jdbc.sql("UPDATE agenda_item SET position = position + 1 WHERE document_id = :d AND position >= :p")
                    .param("d", to.documentId()).param("p", position).update();
            new Findings(jdbc, batches).delete(from.sourceFileId());
            jdbc.sql("""
                            UPDATE agenda_item SET document_id = :d, meeting_id = :m, parent_id = :g, position = :p
                            WHERE id = :item""")
                    .param("d", to.documentId()).param("m", meetingId).param("g", target.id()).param("p", position)
                    .param("item", itemId).update();
            rewrite(from, account);
            rewrite(to, account, itemId);
            return null;
        });
    }

    /**
     * Attaches {@code file} (an uploaded PDF, read and parsed) to item {@code itemId} as its next annex, titled
     * {@code title} (blank: the file's own title), by {@code account}. The file is stored as any imported file is, as a
     * draft, and then belongs to the agenda's meeting and stage: it is read by whoever reads the agenda (a file stored
     * before, imported say, keeps how it was stored). The id of the annex's document.
     *
     * @throws AccessException with one Danish sentence when the account may not, or the item is a group
     */
    public long attachAnnex(long itemId, ParsedFile file, String title, Account account) {
        editableItem(itemId, account);
        requireNotGroup(itemId);
        // stored first as a draft, in its own transaction: never readable beyond the secretariat before it is linked
        SaveResult saved = new ArchiveStore(dataSource, clock).saveDraft(file);
        return change(() -> {
            Agenda agenda = editableItem(itemId, account);
            String annexTitle = title == null || title.isBlank() ? jdbc.sql("SELECT title FROM document WHERE id = :d")
                    .param("d", saved.documentId()).query(String.class).optional().orElse(file.source().fileName())
                    : oneLine(title);
            jdbc.sql("""
                            INSERT INTO annex (item_id, position, title, document_id, span_start, span_end)
                            VALUES (:item, (SELECT COALESCE(MAX(position), 0) + 1 FROM annex WHERE item_id = :item),
                                    :title, :document, 0, 0)""")
                    .param("item", itemId).param("title", annexTitle.length() > MAX_TITLE
                            ? annexTitle.substring(0, MAX_TITLE) : annexTitle)
                    .param("document", saved.documentId()).update();
            rewrite(agenda, account, itemId);
            return saved.documentId();
        });
    }

    /** The source files uploaded as annexes of the meeting's authored agenda (those that follow its stage). */
    public List<Long> annexFiles(long meetingId) {
        return agenda(meetingId).map(agenda -> jdbc.sql("""
                        SELECT DISTINCT f.source_file_id FROM annex x JOIN agenda_item i ON i.id = x.item_id
                        JOIN document f ON f.id = x.document_id
                        WHERE i.document_id = :d AND f.stage IS NOT NULL AND NOT f.authored""")
                .param("d", agenda.documentId()).query(Long.class).list()).orElse(List.of());
    }

    // ---- release and publication

    /**
     * Releases the meeting's agenda to the KKR's members, by {@code account}.
     *
     * @throws AccessException with one Danish sentence when the account may not, or it is released already
     */
    public Agenda release(long meetingId, Account account) {
        return change(() -> {
            Agenda agenda = editable(meetingId, account);
            if (agenda.stage() != Stage.DRAFT) {
                throw new AccessException(Messages.text("authoring.releasedAlready"));
            }
            setStage(agenda.documentId(), Stage.RELEASED, null);
            keepVersion(agenda.documentId(), account);
            tellMembers(agenda, News.RELEASED);
            return agenda(meetingId).orElseThrow();
        });
    }

    /**
     * Publishes the meeting's agenda, by {@code account}: at once when {@code at} is null or past (a draft is released
     * with it), else at that moment ({@link #publishDue}).
     *
     * @throws AccessException with one Danish sentence when the account may not, or it is published already
     */
    public Agenda publish(long meetingId, OffsetDateTime at, Account account) {
        return change(() -> {
            Agenda agenda = editable(meetingId, account);
            if (agenda.stage() == Stage.PUBLISHED) {
                throw new AccessException(Messages.text("authoring.publishedAlready"));
            }
            boolean now = at == null || !at.isAfter(OffsetDateTime.now(clock));
            setStage(agenda.documentId(), now ? Stage.PUBLISHED : Stage.RELEASED, now ? null : at);
            if (agenda.stage() == Stage.DRAFT) {
                keepVersion(agenda.documentId(), account);
                tellMembers(agenda, News.RELEASED);
            }
            return agenda(meetingId).orElseThrow();
        });
    }

    /** The meetings whose released agenda's time of publication has come, without publishing them. */
    public List<Long> due() {
        return jdbc.sql("""
                        SELECT meeting_id FROM document
                        WHERE authored AND stage = 'RELEASED' AND publish_at IS NOT NULL AND publish_at <= :now
                        ORDER BY id""")
                .param("now", OffsetDateTime.now(clock)).query(Long.class).list();
    }

    /** Publishes the released agendas whose time has come; their meetings' ids. */
    public List<Long> publishDue() {
        return change(() -> {
            List<Long> due = due();
            for (long meeting : due) {
                setStage(agenda(meeting).orElseThrow().documentId(), Stage.PUBLISHED, null);
            }
            return due;
        });
    }

    private void setStage(long documentId, Stage stage, OffsetDateTime publishAt) {
        jdbc.sql("UPDATE document SET stage = :stage, publish_at = :at WHERE id = :d")
                .param("stage", stage.name()).param("at", publishAt).param("d", documentId).update();
        // a change of stage is news to those who now read it (feeds and OParl date by this stamp); the text stays
        jdbc.sql("UPDATE source_file SET imported_at = :at WHERE id = (SELECT source_file_id FROM document WHERE id = :d)")
                .param("at", OffsetDateTime.now(clock)).param("d", documentId).update();
        syncAnnexes(documentId);
    }

    /**
     * The files uploaded as the agenda's annexes belong to its meeting and are read when it is: its stage and place.
     * (Another meeting's minutes, listed as an annex of the item that approves them, keep their own.)
     */
    private void syncAnnexes(long documentId) {
        jdbc.sql("""
                        UPDATE document SET stage = (SELECT a.stage FROM document a WHERE a.id = :d),
                               meeting_id = (SELECT a.meeting_id FROM document a WHERE a.id = :d),
                               body_id = (SELECT a.body_id FROM document a WHERE a.id = :d)
                        WHERE stage IS NOT NULL AND NOT authored AND id IN (
                            SELECT x.document_id FROM annex x JOIN agenda_item i ON i.id = x.item_id
                            WHERE i.document_id = :d)""")
                .param("d", documentId).update();
    }

    // ---- decisions, attendance and minutes

    /** The decisions recorded for the meeting's items, by item id, read by {@code account} (who writes the agenda). */
    public Map<Long, String> decisions(long meetingId, Account account) {
        Agenda agenda = editable(meetingId, account);
        Map<Long, String> decisions = new HashMap<>();
        jdbc.sql("""
                        SELECT x.item_id, x.text FROM item_decision x JOIN agenda_item i ON i.id = x.item_id
                        WHERE i.document_id = :d""")
                .param("d", agenda.documentId())
                .query(rs -> {
                    decisions.put(rs.getLong(1), rs.getString(2));
                });
        return decisions;
    }

    /**
     * Records {@code text} as item {@code itemId}'s decision (blank: none), by {@code account}. Nobody else reads it
     * until the minutes are released; a decision changed after that is marked and kept as a version of the minutes.
     *
     * @throws AccessException with one Danish sentence when the account may not, the item is a group, the agenda is
     *                         not released yet or the text is too long
     */
    public void recordDecision(long itemId, String text, Account account) {
        change(() -> {
            Agenda agenda = editableItem(itemId, account);
            requireNotGroup(itemId);
            if (agenda.stage() == Stage.DRAFT) {
                throw new AccessException(Messages.text("authoring.decisionBeforeRelease"));
            }
            String decision = text == null ? "" : text.strip();
            if (decision.length() > MAX_DECISION) {
                throw new AccessException(Messages.text("authoring.decisionTooLong", MAX_DECISION));
            }
            jdbc.sql("DELETE FROM item_decision WHERE item_id = :item").param("item", itemId).update();
            if (!decision.isEmpty()) {
                jdbc.sql("""
                                INSERT INTO item_decision (item_id, text, made_at, made_by)
                                VALUES (:item, :text, :at, :by)""")
                        .param("item", itemId).param("text", decision).param("at", OffsetDateTime.now(clock))
                        .param("by", account.name()).update();
            }
            if (agenda.minutes()) {
                rewrite(agenda, account, itemId);
            }
            return null;
        });
    }

    /** Who attended the meeting as its secretariat recorded it (empty before), read by {@code account}. */
    public List<AuthoredAgenda.Attendee> recordedAttendance(long meetingId, Account account) {
        editable(meetingId, account);
        return attendees(meetingId);
    }

    /**
     * Who attended the meeting as its secretariat recorded it, read by {@code account}; before anything is recorded,
     * the members the KKR's latest minutes name (present or absent), all as present: a list to correct.
     */
    public List<AuthoredAgenda.Attendee> attendance(long meetingId, Account account) {
        List<AuthoredAgenda.Attendee> recorded = recordedAttendance(meetingId, account);
        if (!recorded.isEmpty()) {
            return recorded;
        }
        return jdbc.sql("""
                        SELECT p.name, a.role, a.municipality FROM attendance a JOIN person p ON p.id = a.person_id
                        WHERE a.status <> 'OTHER' AND a.meeting_id = (
                            SELECT l.id FROM meeting l JOIN meeting m ON m.body_id = l.body_id
                            WHERE m.id = :meeting AND l.meeting_date < m.meeting_date
                              AND EXISTS (SELECT 1 FROM attendance x WHERE x.meeting_id = l.id)
                            ORDER BY l.meeting_date DESC FETCH FIRST 1 ROWS ONLY)
                        ORDER BY a.id""")
                .param("meeting", meetingId)
                .query((rs, row) -> new AuthoredAgenda.Attendee(
                        rs.getString(2) == null ? rs.getString(1) : rs.getString(2) + " " + rs.getString(1),
                        rs.getString(3), true, null))
                .list();
    }

    /**
     * Records who attended the meeting, by {@code account}: each person's name, municipality (may be null; one of the
     * 98), whether present, and the deputy who met instead of one who was not. Once the minutes are released, they are
     * written anew and kept as a version.
     *
     * @throws AccessException with one Danish sentence when the account may not, the agenda is not released yet, a
     *                         name is missing or named twice, or a municipality is not one of the 98
     */
    public void recordAttendance(long meetingId, List<AuthoredAgenda.Attendee> attendees, Account account) {
        change(() -> {
            Agenda agenda = editable(meetingId, account);
            if (agenda.stage() == Stage.DRAFT) {
                throw new AccessException(Messages.text("authoring.attendanceBeforeRelease"));
            }
            jdbc.sql("DELETE FROM meeting_attendee WHERE meeting_id = :m").param("m", meetingId).update();
            java.util.Set<String> names = new java.util.HashSet<>();
            int position = 0;
            for (AuthoredAgenda.Attendee attendee : attendees) {
                String name = oneLine(attendee.name());
                String deputy = attendee.present() || attendee.deputy() == null ? null : oneLine(attendee.deputy());
                if (name.isEmpty() || name.length() > 400 || deputy != null && deputy.length() > 400) {
                    throw new AccessException(Messages.text("authoring.attendeeName"));
                }
                if (!names.add(name) || deputy != null && !deputy.isEmpty() && !names.add(deputy)) {
                    throw new AccessException(Messages.text("authoring.attendeeTwice", name));
                }
                String municipality = attendee.municipality() == null || attendee.municipality().isBlank() ? null
                        : ReferenceData.municipality(attendee.municipality()).orElseThrow(() -> new AccessException(
                        Messages.text("authoring.noSuchMunicipality", attendee.municipality().strip()))).name();
                jdbc.sql("""
                                INSERT INTO meeting_attendee (meeting_id, position, name, municipality, present, deputy)
                                VALUES (:m, :p, :name, :municipality, :present, :deputy)""")
                        .params(map("m", meetingId, "p", ++position, "name", name, "municipality", municipality,
                                "present", attendee.present(), "deputy", deputy == null || deputy.isEmpty()
                                        ? null : deputy))
                        .update();
            }
            if (agenda.minutes()) {
                rewrite(agenda, account);
            }
            return null;
        });
    }

    /**
     * Releases the meeting's minutes, by {@code account}: from now on its agenda is written as its minutes (headed
     * "Referat", with who attended and each item's decision), read by whoever reads the agenda; the members are told by
     * e-mail, and the first item of the KKR's next meeting written here, which approves them, lists them as its annex.
     *
     * @throws AccessException with one Danish sentence when the account may not, the agenda is not released, the
     *                         meeting has not been held yet, or the minutes are released already
     */
    public Agenda releaseMinutes(long meetingId, Account account) {
        return change(() -> {
            Agenda agenda = editable(meetingId, account);
            if (agenda.minutes()) {
                throw new AccessException(Messages.text("authoring.minutesReleasedAlready"));
            }
            if (agenda.stage() == Stage.DRAFT) {
                throw new AccessException(Messages.text("authoring.minutesBeforeRelease"));
            }
            LocalDate held = jdbc.sql("SELECT meeting_date FROM meeting WHERE id = :m").param("m", meetingId)
                    .query(LocalDate.class).single();
            if (held.isAfter(LocalDate.now(clock))) {
                throw new AccessException(Messages.text("authoring.minutesBeforeMeeting", DanishDates.format(held)));
            }
            jdbc.sql("UPDATE document SET minutes_released_at = :at WHERE id = :d")
                    .param("at", OffsetDateTime.now(clock)).param("d", agenda.documentId()).update();
            write(agenda.documentId());
            keepVersion(agenda.documentId(), account);
            tellMembers(agenda, News.MINUTES);
            Agenda minutes = agenda(meetingId).orElseThrow();
            linkMinutes(minutes, account);
            return minutes;
        });
    }

    /** The recorded attendance of a meeting, in order. */
    private List<AuthoredAgenda.Attendee> attendees(long meetingId) {
        return jdbc.sql("""
                        SELECT name, municipality, present, deputy FROM meeting_attendee WHERE meeting_id = :m
                        ORDER BY position""")
                .param("m", meetingId)
                .query((rs, row) -> new AuthoredAgenda.Attendee(rs.getString(1), rs.getString(2),
                        rs.getBoolean(3), rs.getString(4)))
                .list();
    }

    /** The authored agenda of the same KKR's meeting just before this one, if it has one. */
    private Optional<Agenda> earlierAgenda(long meetingId) {
        return jdbc.sql("""
                        SELECT e.id FROM meeting m JOIN meeting e ON e.body_id = m.body_id AND e.meeting_date < m.meeting_date
                        WHERE m.id = :meeting
                          AND EXISTS (SELECT 1 FROM document d WHERE d.meeting_id = e.id AND d.authored)
                        ORDER BY e.meeting_date DESC FETCH FIRST 1 ROWS ONLY""")
                .param("meeting", meetingId).query(Long.class).optional().flatMap(this::agenda);
    }

    /**
     * Lists the released minutes of {@code earlier} as an annex of the item that approves them: the first item of the
     * KKR's next meeting written here, when its title speaks of minutes ("Godkendelse af referat"), once.
     */
    private void linkMinutes(Agenda earlier, Account account) {
        if (!earlier.minutes()) {
            return;
        }
        laterAgendas(earlier.meetingId()).stream().findFirst().ifPresent(next -> {
            record First(long id, String title) {
            }
            jdbc.sql("""
                            SELECT id, title FROM agenda_item WHERE document_id = :d AND parent_id IS NOT NULL
                            ORDER BY position FETCH FIRST 1 ROWS ONLY""")
                    .param("d", next.documentId()).query((rs, row) -> new First(rs.getLong(1), rs.getString(2)))
                    .optional()
                    .filter(first -> AgendaText.approvesMinutes(first.title()))
                    .filter(first -> jdbc.sql("SELECT COUNT(*) FROM annex WHERE item_id = :i AND document_id = :m")
                            .param("i", first.id()).param("m", earlier.documentId()).query(Long.class).single() == 0)
                    .ifPresent(first -> {
                        LocalDate held = jdbc.sql("SELECT meeting_date FROM meeting WHERE id = :m")
                                .param("m", earlier.meetingId()).query(LocalDate.class).single();
                        jdbc.sql("""
                                        INSERT INTO annex (item_id, position, title, document_id, span_start, span_end)
                                        VALUES (:item, (SELECT COALESCE(MAX(position), 0) + 1 FROM annex
                                                        WHERE item_id = :item), :title, :document, 0, 0)""")
                                .param("item", first.id())
                                .param("title", Messages.text("authoring.minutesAnnex", DanishDates.format(held)))
                                .param("document", earlier.documentId()).update();
                        rewrite(next, account, first.id());
                    });
        });
    }

    // ---- writing the text

    /**
     * Writes the agenda anew after a change by {@code account} to it: once it is released, the items {@code changed}
     * are marked as changed after release (today), and the new text is kept as a version.
     */
    private void rewrite(Agenda agenda, Account account, long... changed) {
        String stage = jdbc.sql("SELECT stage FROM document WHERE id = :d").param("d", agenda.documentId())
                .query(String.class).single();
        boolean released = !Stage.DRAFT.name().equals(stage);
        if (released && changed.length > 0) {
            jdbc.sql("UPDATE agenda_item SET changed_after_release = :day WHERE id IN (:ids)")
                    .param("day", LocalDate.now(clock)).param("ids", java.util.Arrays.stream(changed).boxed().toList())
                    .update();
        }
        write(agenda.documentId());
        if (released) {
            keepVersion(agenda.documentId(), account);
            tellMembers(agenda, News.CHANGED);
        }
    }

    /** What the members are told of. */
    private enum News {
        /** The agenda is released to them. */
        RELEASED,
        /** The agenda (or the minutes) changed after release. */
        CHANGED,
        /** The minutes are released. */
        MINUTES
    }

    /**
     * Queues a mail to each member of the agenda's KKR with an e-mail address (in this transaction: it is sent after,
     * and never lost) with the {@code news}; with the KKR, the meeting's date and its address.
     */
    private void tellMembers(Agenda agenda, News news) {
        record Meeting(String body, LocalDate date) {
        }
        Meeting meeting = jdbc.sql("""
                        SELECT b.name, m.meeting_date FROM meeting m JOIN body b ON b.id = m.body_id WHERE m.id = :m""")
                .param("m", agenda.meetingId())
                .query((rs, row) -> new Meeting(rs.getString(1), rs.getObject(2, LocalDate.class))).single();
        String date = DanishDates.format(meeting.date());
        String link = MailQueue.SITE + "/moeder/" + agenda.meetingId();
        MailQueue queue = new MailQueue(jdbc, clock);
        jdbc.sql("""
                        SELECT a.email FROM account a JOIN account_body ab ON ab.account_id = a.id
                        JOIN body b ON b.id = ab.body_id
                        WHERE b.slug = :kkr AND a.role = 'MEMBER' AND a.email IS NOT NULL ORDER BY a.name""")
                .param("kkr", agenda.kkr()).query(String.class).list()
                .forEach(to -> queue.queue(to, switch (news) {
                    case RELEASED -> Messages.text("mail.released.subject", meeting.body(), date);
                    case CHANGED -> Messages.text("mail.changed.subject", meeting.body(), date);
                    case MINUTES -> Messages.text("mail.minutes.subject", meeting.body(), date);
                }, switch (news) {
                    case RELEASED -> Messages.text("mail.released.body", meeting.body(), date, link);
                    case CHANGED -> Messages.text("mail.changed.body", meeting.body(), date, link);
                    case MINUTES -> Messages.text("mail.minutes.body", meeting.body(), date, link);
                }));
    }

    /** Keeps the agenda's text as it now is as its next version, made by {@code account}. */
    private void keepVersion(long documentId, Account account) {
        jdbc.sql("""
                        INSERT INTO agenda_version (document_id, number, text, made_at, made_by)
                        SELECT :d, (SELECT COALESCE(MAX(number), 0) + 1 FROM agenda_version WHERE document_id = :d),
                               f.text, :at, :by
                        FROM document d JOIN source_file f ON f.id = d.source_file_id WHERE d.id = :d""")
                .param("d", documentId).param("at", OffsetDateTime.now(clock)).param("by", account.name()).update();
    }

    /**
     * Writes the agenda of document {@code documentId} anew from its rows: its text, with the items' numbers,
     * positions, spans and sections, the annexes' spans, and what is found in the text.
     */
    private void write(long documentId) {
        record Row(long id, Long parent, String title, String caseNumber, String owner, LocalDate changed) {
        }
        record Head(long file, String body, LocalDate date, LocalTime time, String place, long bodyId, long meeting,
                    boolean minutes) {
        }
        Head head = jdbc.sql("""
                        SELECT d.source_file_id, b.name, m.meeting_date, m.meeting_time, m.location, b.id, m.id,
                               d.minutes_released_at IS NOT NULL
                        FROM document d JOIN body b ON b.id = d.body_id JOIN meeting m ON m.id = d.meeting_id
                        WHERE d.id = :d""")
                .param("d", documentId)
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalTime.class), rs.getString(5), rs.getLong(6), rs.getLong(7),
                        rs.getBoolean(8)))
                .single();
        List<Row> rows = jdbc.sql("""
                        SELECT i.id, i.parent_id, i.title, c.case_number, i.case_owner, i.changed_after_release
                        FROM agenda_item i LEFT JOIN case_file c ON c.id = i.case_id
                        WHERE i.document_id = :d ORDER BY i.position""")
                .param("d", documentId)
                .query((rs, row) -> new Row(rs.getLong(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
                .list();
        Map<Long, Map<String, String>> sections = new HashMap<>();
        jdbc.sql("""
                        SELECT s.item_id, s.heading, s.text FROM item_section s JOIN agenda_item i ON i.id = s.item_id
                        WHERE i.document_id = :d AND s.heading <> :annexes""")
                .param("d", documentId).param("annexes", Section.ANNEXES)
                .query(rs -> {
                    sections.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        if (head.minutes()) {
            jdbc.sql("""
                            SELECT x.item_id, x.text FROM item_decision x JOIN agenda_item i ON i.id = x.item_id
                            WHERE i.document_id = :d""")
                    .param("d", documentId)
                    .query(rs -> {
                        sections.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                                .put(Section.DECISION, rs.getString(2));
                    });
        }
        Map<Long, List<Long>> annexIds = new HashMap<>();
        Map<Long, List<String>> annexTitles = new HashMap<>();
        jdbc.sql("""
                        SELECT a.item_id, a.id, a.title FROM annex a JOIN agenda_item i ON i.id = a.item_id
                        WHERE i.document_id = :d ORDER BY a.item_id, a.position""")
                .param("d", documentId)
                .query(rs -> {
                    annexIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    annexTitles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                });
        AgendaText.Written written = AgendaText.write(new AuthoredAgenda(head.body(), head.date(), head.time(),
                head.place(), rows.stream().map(r -> new AuthoredAgenda.Entry(r.parent() == null, r.title(),
                        r.caseNumber(), r.owner(), sections.getOrDefault(r.id(), Map.of()),
                        annexTitles.getOrDefault(r.id(), List.of()), r.changed())).toList(),
                head.minutes(), head.minutes() ? attendees(head.meeting()) : List.of()));
        String text = written.text();

        jdbc.sql("""
                        UPDATE source_file SET text = :text, sha256 = :sha, byte_size = :size, imported_at = :at
                        WHERE id = :file""")
                .param("text", text).param("sha", Sha256.hex(text))
                .param("size", (long) text.getBytes(StandardCharsets.UTF_8).length)
                .param("at", OffsetDateTime.now(clock)).param("file", head.file()).update();
        jdbc.sql("UPDATE document SET kind = :kind, title = :title, span_end = :end WHERE id = :d")
                .param("kind", written.structure().kind().name()).param("title", written.structure().title())
                .param("end", text.length()).param("d", documentId).update();
        jdbc.sql("DELETE FROM attendance WHERE document_id = :d").param("d", documentId).update();
        AttendanceWriter.write(jdbc, head.bodyId(), head.meeting(), documentId, written.structure().attendance());
        jdbc.sql("""
                        DELETE FROM item_section WHERE item_id IN (SELECT id FROM agenda_item WHERE document_id = :d)""")
                .param("d", documentId).update();
        Innermost documents = new Innermost();
        documents.add(new Span(0, text.length()), documentId);
        Innermost items = new Innermost();
        List<ParsedItem> parsed = written.structure().items();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ParsedItem item = parsed.get(i);
            jdbc.sql("""
                            UPDATE agenda_item SET position = :position, number = :number, title = :title,
                                   span_start = :start, span_end = :end, title_start = :titleStart, title_end = :titleEnd
                            WHERE id = :id""")
                    .params(map("position", i + 1, "number", item.number(), "title", item.title(),
                            "start", item.span().start(), "end", item.span().end(),
                            "titleStart", item.titleSpan().start(), "titleEnd", item.titleSpan().end(), "id", row.id()))
                    .update();
            items.add(item.span(), row.id());
            List<Section> itemSections = item.sections();
            for (int s = 0; s < itemSections.size(); s++) {
                Section section = itemSections.get(s);
                jdbc.sql("""
                                INSERT INTO item_section (item_id, position, heading, text, span_start, span_end)
                                VALUES (:item, :position, :heading, :text, :start, :end)""")
                        .params(map("item", row.id(), "position", s + 1, "heading", section.heading(),
                                "text", section.text(), "start", section.span().start(), "end", section.span().end()))
                        .update();
            }
            List<Long> annexes = annexIds.getOrDefault(row.id(), List.of());
            for (int a = 0; a < annexes.size(); a++) {
                AnnexRef annex = item.annexes().get(a);
                jdbc.sql("UPDATE annex SET position = :p, span_start = :s, span_end = :e WHERE id = :id")
                        .param("p", a + 1).param("s", annex.span().start()).param("e", annex.span().end())
                        .param("id", annexes.get(a)).update();
            }
        }
        Findings findings = new Findings(jdbc, batches);
        findings.delete(head.file());
        findings.write(head.file(), documents, items, entities.extract(text), tables.extract(text));
        syncAnnexes(documentId);
    }

    // ---- helpers

    /** Runs a change in one transaction and makes it durable. */
    private <T> T change(Supplier<T> change) {
        T result = transactions.execute(status -> change.get());
        durability.committed();
        return result;
    }

    /** The meeting's authored agenda, which {@code account} may write. */
    private Agenda editable(long meetingId, Account account) {
        Agenda agenda = agenda(meetingId)
                .orElseThrow(() -> new AccessException(Messages.text("authoring.noSuchMeeting", meetingId)));
        if (!mayWrite(account, agenda.kkr())) {
            throw new AccessException(Messages.text("authoring.notAllowed", account.name()));
        }
        return agenda;
    }

    /** The authored agenda item {@code itemId} stands in, which {@code account} may write. */
    private Agenda editableItem(long itemId, Account account) {
        Agenda agenda = agendaOfItem(itemId)
                .orElseThrow(() -> new AccessException(Messages.text("authoring.noSuchItem", itemId)));
        return editable(agenda.meetingId(), account);
    }

    private void requireNotGroup(long itemId) {
        if (jdbc.sql("SELECT parent_id IS NULL FROM agenda_item WHERE id = :item").param("item", itemId)
                .query(Boolean.class).single()) {
            throw new AccessException(Messages.text("authoring.group"));
        }
    }

    /** The ids of the agenda's groups, in order. */
    private List<Long> groups(long documentId) {
        return jdbc.sql("SELECT id FROM agenda_item WHERE document_id = :d AND parent_id IS NULL ORDER BY position")
                .param("d", documentId).query(Long.class).list();
    }

    private long insertItem(long documentId, long meetingId, Long parent, int position, String title) {
        return insert("""
                INSERT INTO agenda_item (document_id, meeting_id, parent_id, position, number, title,
                                         span_start, span_end, title_start, title_end)
                VALUES (:document, :meeting, :parent, :position, '', :title, 0, 0, 0, 0)""",
                map("document", documentId, "meeting", meetingId, "parent", parent, "position", position,
                        "title", title.strip()));
    }

    /** Writes an item's title, case and sections (its annexes stay); the text is written after. */
    private void fill(long itemId, ItemFields fields) {
        Long caseId = fields.caseId() == null ? null : jdbc.sql("SELECT id FROM case_file WHERE case_number = :n")
                .param("n", fields.caseId()).query(Long.class).optional()
                .orElseGet(() -> insert("INSERT INTO case_file (case_number) VALUES (:n)", map("n", fields.caseId())));
        jdbc.sql("UPDATE agenda_item SET title = :title, case_id = :case, case_owner = :owner WHERE id = :id")
                .param("title", fields.title()).param("case", caseId).param("owner", fields.caseOwner())
                .param("id", itemId).update();
        jdbc.sql("DELETE FROM item_section WHERE item_id = :item AND heading <> :annexes")
                .param("item", itemId).param("annexes", Section.ANNEXES).update();
        int position = 0;
        for (String heading : ItemFields.HEADINGS) {
            String text = fields.sections().get(heading);
            if (text != null) {
                jdbc.sql("""
                                INSERT INTO item_section (item_id, position, heading, text, span_start, span_end)
                                VALUES (:item, :position, :heading, :text, 0, 0)""")
                        .param("item", itemId).param("position", ++position).param("heading", heading)
                        .param("text", text).update();
            }
        }
    }

    private long bodyId(String kkr) {
        return jdbc.sql("SELECT id FROM body WHERE slug = :kkr").param("kkr", kkr).query(Long.class).optional()
                .orElseThrow(() -> new AccessException(Messages.text("authoring.noSuchKkr", kkr)));
    }

    private String bodyName(String kkr) {
        return jdbc.sql("SELECT name FROM body WHERE slug = :kkr").param("kkr", kkr).query(String.class).single();
    }

    private long insert(String sql, Map<String, ?> params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A map of SQL parameters, null values allowed: name, value, name, value … */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        return params;
    }

    /** A name or title on one line; empty for null. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
