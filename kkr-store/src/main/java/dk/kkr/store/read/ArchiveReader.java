package dk.kkr.store.read;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Letterhead;
import dk.kkr.core.model.Span;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.text.LinePositions;
import dk.kkr.store.MentionKind;
import dk.kkr.store.access.AuditLog;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries over the archive for one viewer, returning immutable views. Portable SQL: runs on H2 and PostgreSQL.
 * It writes one thing only: an entry in the {@link AuditLog} when an account opens closed material.
 * Thread-safe: it holds nothing but the connection pool.
 *
 * <p>A document's text is cut from its source file's text with Java string offsets, the same offsets
 * the parser wrote its spans in. Source file notes are stored one per line.
 */
public class ArchiveReader {

    private static final String LATEST_FIRST = " ORDER BY m.meeting_date DESC, m.id DESC FETCH FIRST :limit ROWS ONLY";

    private static final RowMapper<MeetingSummary> MEETING = (rs, row) -> new MeetingSummary(
            rs.getLong("id"), rs.getString("body_name"), rs.getString("body_slug"),
            rs.getObject("meeting_date", LocalDate.class), rs.getObject("meeting_time", LocalTime.class),
            rs.getString("location"), rs.getInt("item_count"));

    private static final RowMapper<ItemRef> ITEM_REF =
            (rs, row) -> new ItemRef(rs.getLong("id"), rs.getString("number"), rs.getString("title"));

    private static final RowMapper<DocumentRef> DOCUMENT_REF = (rs, row) ->
            new DocumentRef(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"));

    private static final String MENTION_COLUMNS = """
            id, kind, text, value_text, value_number, date_start, date_end, qualifier, municipality_code,
            span_start, span_end""";

    private final JdbcClient jdbc;
    private final Viewer viewer;
    private final Visibility visible;
    private final AuditLog audit;
    /** A meeting's columns, its count of the items this viewer sees among them. */
    private final String meetingColumns;
    /** The meetings this viewer sees, with their KKR; a query adds conditions with AND. */
    private final String meetingFrom;

    /** A reader of what {@code viewer} sees. */
    public ArchiveReader(DataSource dataSource, Viewer viewer) {
        this.jdbc = JdbcClient.create(dataSource);
        this.viewer = viewer;
        this.visible = Visibility.of(viewer);
        this.audit = new AuditLog(dataSource);
        this.meetingColumns = """
                m.id, b.name AS body_name, b.slug AS body_slug, m.meeting_date, m.meeting_time, m.location,
                (SELECT COUNT(*) FROM agenda_item c WHERE c.meeting_id = m.id AND %s) AS item_count
                """.formatted(visible.item("c"));
        this.meetingFrom = " FROM meeting m JOIN body b ON b.id = m.body_id WHERE " + visible.meeting("m");
    }

    /** All bodies by name, each with its number of meetings. */
    public List<BodyView> bodies() {
        return jdbc.sql("""
                        SELECT b.id, b.name, b.slug, b.region,
                               (SELECT COUNT(*) FROM meeting m WHERE m.body_id = b.id AND %s) AS meeting_count
                        FROM body b ORDER BY b.name""".formatted(visible.meeting("m")))
                .query((rs, row) -> new BodyView(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                        rs.getString("region"), rs.getInt("meeting_count")))
                .list();
    }

    /** The latest meetings of all bodies, newest first, at most {@code limit}. */
    public List<MeetingSummary> latestMeetings(int limit) {
        return jdbc.sql("SELECT " + meetingColumns + meetingFrom + LATEST_FIRST)
                .param("limit", limit).query(MEETING).list();
    }

    /** The latest meetings of the body with this slug, newest first, at most {@code limit}. */
    public List<MeetingSummary> latestMeetings(String bodySlug, int limit) {
        return jdbc.sql("SELECT " + meetingColumns + meetingFrom + " AND b.slug = :slug" + LATEST_FIRST)
                .param("slug", bodySlug).param("limit", limit).query(MEETING).list();
    }

    /** The most recently imported documents (whole files, not the memos inside them), newest first. */
    public List<DocumentSummary> latestDocuments(int limit) {
        return latestDocuments("", Map.of("limit", limit));
    }

    /** The same, of one KKR only. */
    public List<DocumentSummary> latestDocuments(String bodySlug, int limit) {
        return latestDocuments(" AND b.slug = :slug", Map.of("limit", limit, "slug", bodySlug));
    }

    private List<DocumentSummary> latestDocuments(String condition, Map<String, ?> params) {
        return jdbc.sql("""
                        SELECT d.id, d.kind, d.title, b.name AS body_name, d.meeting_id, m.meeting_date, s.file_name,
                               s.imported_at, (SELECT COUNT(*) FROM agenda_item i WHERE i.document_id = d.id) AS items
                        FROM document d
                        JOIN source_file s ON s.id = d.source_file_id
                        LEFT JOIN body b ON b.id = d.body_id
                        LEFT JOIN meeting m ON m.id = d.meeting_id
                        WHERE d.parent_id IS NULL AND""" + " " + visible.document("d") + condition
                        + " ORDER BY s.imported_at DESC, d.id DESC FETCH FIRST :limit ROWS ONLY")
                .params(params)
                .query((rs, row) -> new DocumentSummary(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body_name"), nullableLong(rs, "meeting_id"),
                        rs.getObject("meeting_date", LocalDate.class), rs.getString("file_name"),
                        rs.getObject("imported_at", OffsetDateTime.class), rs.getInt("items")))
                .list();
    }

    /** A meeting with its documents and items; empty when there is no meeting with this id. */
    public Optional<MeetingView> meeting(long id) {
        return meetingSummary(id).map(meeting -> new MeetingView(meeting,
                jdbc.sql("SELECT d.id, d.kind, d.title FROM document d WHERE d.meeting_id = :id AND d.parent_id IS NULL"
                                + " AND " + visible.document("d") + " ORDER BY d.id")
                        .param("id", id).query(DOCUMENT_REF).list(),
                jdbc.sql("""
                                SELECT i.id, i.parent_id, i.number, %1$s AS title,
                                       CASE WHEN %2$s THEN NULL ELSE c.case_number END AS case_number,
                                       CASE WHEN %2$s THEN NULL ELSE i.case_owner END AS case_owner, i.document_id
                                FROM agenda_item i LEFT JOIN case_file c ON c.id = i.case_id
                                WHERE i.meeting_id = :id AND %3$s""".formatted(visible.itemTitle("i"),
                                visible.itemStub("i"), visible.item("i")) + """
                                 ORDER BY i.document_id, i.position""")
                        .param("id", id)
                        .query((rs, row) -> new ItemSummary(rs.getLong("id"), nullableLong(rs, "parent_id"),
                                rs.getString("number"), rs.getString("title"), depth(rs.getString("number")),
                                rs.getString("case_number"), rs.getString("case_owner"), rs.getLong("document_id")))
                        .list()));
    }

    /**
     * An agenda item in full; empty when there is no item with this id that the viewer sees. An item of closed
     * material that an account opens is written in the {@link AuditLog}.
     */
    public Optional<ItemView> item(long id) {
        return jdbc.sql("""
                        SELECT i.id, i.number, i.title, c.case_number, i.case_owner, i.meeting_id, i.parent_id,
                               i.document_id, i.position, i.span_start, i.span_end, %s AS stub, %s AS left_out,
                               i.closed AS item_closed, i.public_title AS item_public_title,
                               i.legal_basis AS item_legal_basis, i.public_decision, i.decision_withheld,
                               i.changed_after_release,
                               f.closed, f.public_title, f.legal_basis
                        FROM agenda_item i LEFT JOIN case_file c ON c.id = i.case_id
                        JOIN document d ON d.id = i.document_id
                        JOIN document f ON f.id = COALESCE(d.parent_id, d.id)
                        WHERE i.id = :id AND %s""".formatted(visible.itemStub("i"), visible.leftOut("i"),
                        visible.item("i")))
                .param("id", id)
                .query((rs, row) -> new ItemRow(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        rs.getString("case_number"), rs.getString("case_owner"), nullableLong(rs, "meeting_id"),
                        nullableLong(rs, "parent_id"), rs.getLong("document_id"), rs.getInt("position"),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end")), rs.getBoolean("stub"),
                        rs.getBoolean("left_out"), rs.getObject("changed_after_release", LocalDate.class),
                        rs.getBoolean("item_closed")
                                ? new ClosureNote(rs.getString("item_public_title"), rs.getString("item_legal_basis"),
                                        rs.getString("public_decision"), rs.getString("decision_withheld"))
                                : closureNote(rs)))
                .optional()
                .map(item -> {
                    MeetingSummary meeting = item.meetingId() == null ? null
                            : meetingSummary(item.meetingId()).orElseThrow();
                    ItemRef parent = item.parentId() == null ? null : itemRef(item.parentId());
                    ItemRef previous = neighbour(item.documentId(), item.position(), "<", "DESC");
                    ItemRef next = neighbour(item.documentId(), item.position(), ">", "ASC");
                    if (item.stub()) {
                        // a closed item the viewer may not read: its number, public title and legal basis only
                        return new ItemView(item.id(), item.number(), item.closure().publicTitle(), null, null,
                                meeting, parent, List.of(), List.of(), documentRef(item.documentId()), null,
                                previous, next, ItemEntities.NONE, item.closure(), item.leftOut(), null);
                    }
                    opened(item.closure(), item.documentId(), item.id());
                    return new ItemView(item.id(), item.number(), item.title(), item.caseNumber(), item.caseOwner(),
                            meeting, parent, sections(id), annexes(id), documentRef(item.documentId()), item.span(),
                            previous, next, itemEntities(id), item.closure(), false, item.changed());
                });
    }

    /** The closure of the file row read as {@code closed}, {@code public_title}, {@code legal_basis}; null if open. */
    private static ClosureNote closureNote(ResultSet rs) throws SQLException {
        return rs.getBoolean("closed") ? new ClosureNote(rs.getString("public_title"), rs.getString("legal_basis"))
                : null;
    }

    /** Writes in the audit log that the viewer opened closed material (only an account reads any). */
    private void opened(ClosureNote closure, long documentId, Long itemId) {
        if (closure != null && viewer instanceof Viewer.Reader reader) {
            audit.opened(reader.name(), documentId, itemId);
        }
    }

    /**
     * A document in full, with its text and the items of it the viewer sees; empty when there is no document with
     * this id that the viewer may read. A worse extraction of a document is read here too (its page says so and
     * links to the best). A document of closed material that an account opens is written in the {@link AuditLog}.
     */
    public Optional<DocumentView> document(long id) {
        return jdbc.sql("""
                        SELECT d.id, d.kind, d.title, b.name AS body_name, d.meeting_id, d.parent_id,
                               d.letter_date, d.case_number, d.doc_number, d.span_start, d.span_end,
                               s.id AS source_id, s.file_name, s.sha256, s.notes, s.text, s.original_text,
                               d.closed OR f.closed AS closed,
                               CASE WHEN d.closed THEN d.public_title ELSE f.public_title END AS public_title,
                               CASE WHEN d.closed THEN d.legal_basis ELSE f.legal_basis END AS legal_basis
                        FROM document d
                        JOIN source_file s ON s.id = d.source_file_id
                        JOIN document f ON f.id = COALESCE(d.parent_id, d.id)
                        LEFT JOIN body b ON b.id = d.body_id
                        WHERE d.id = :id AND""" + " " + visible.readable("d"))
                .param("id", id)
                .query((rs, row) -> new DocumentRow(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body_name"), nullableLong(rs, "meeting_id"),
                        nullableLong(rs, "parent_id"),
                        new Letterhead(rs.getObject("letter_date", LocalDate.class),
                                rs.getString("case_number"), rs.getString("doc_number")),
                        new SourceFileView(rs.getLong("source_id"), rs.getString("file_name"),
                                rs.getString("sha256"), notes(rs.getString("notes")),
                                ocrRepair(rs.getLong("source_id"), rs.getString("original_text"))),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end")),
                        rs.getString("text"), closureNote(rs)))
                .optional()
                .map(document -> {
                    opened(document.closure(), document.id(), null);
                    Redaction cut = Redaction.of(jdbc, visible, document.source().id(), document.span());
                    SourceFileView source = cut.isEmpty() ? document.source() : document.source().withoutOcrRepair();
                    return new DocumentView(document.id(), document.kind(), document.title(),
                            document.bodyName(),
                            document.meetingId() == null ? null : meetingSummary(document.meetingId()).orElseThrow(),
                            document.letterhead(),
                            document.parentId() == null ? null : documentRef(document.parentId()),
                            source, cut.apply(document.span().of(document.sourceText())),
                            itemSpans(id, document.span(), cut),
                            jdbc.sql("SELECT d.id, d.kind, d.title FROM document d WHERE d.parent_id = :id AND "
                                            + visible.readable("d") + " ORDER BY d.span_start, d.id")
                                    .param("id", id).query(DOCUMENT_REF).list(),
                            mentionsWithin(document.source().id(), document.span(), cut),
                            totalChecksWithin(document.source().id(), document.span(), cut),
                            extractions(document.parentId() == null ? id : document.parentId()), document.closure());
                });
    }

    /** The group of extractions the file document belongs to, the shown one first; empty if it is alone. */
    private List<ExtractionRef> extractions(long fileDocumentId) {
        List<ExtractionRef> group = jdbc.sql("""
                        SELECT d.id, f.file_name, f.quality, d.duplicate_of FROM document d
                        JOIN source_file f ON f.id = d.source_file_id
                        WHERE d.parent_id IS NULL AND (d.id = :shown OR d.duplicate_of = :shown) AND""" + " "
                        + visible.readable("d") + """
                        ORDER BY CASE WHEN d.duplicate_of IS NULL THEN 0 ELSE 1 END, f.quality DESC, d.id""")
                .param("shown", jdbc.sql("SELECT COALESCE(duplicate_of, id) FROM document WHERE id = :id")
                        .param("id", fileDocumentId).query(Long.class).single())
                .query((rs, row) -> new ExtractionRef(rs.getLong(1), rs.getString(2), rs.getDouble(3),
                        rs.getObject(4) == null))
                .list();
        return group.size() > 1 ? group : List.of();
    }

    /**
     * The versions of the meeting's agenda written on the platform, kept since it was released to the members, newest
     * first: only for an account that reads the KKR's closed material, is not left out of any of the agenda's items,
     * and reads the agenda (a version holds the whole text as it was, closed items and all). Empty for anyone else.
     */
    public List<AgendaVersionView> versions(long meetingId) {
        return jdbc.sql("""
                        SELECT v.number, v.made_at, v.made_by, v.text FROM agenda_version v
                        JOIN document d ON d.id = v.document_id
                        WHERE d.meeting_id = :meeting AND d.authored AND %s AND %s
                          AND NOT EXISTS (SELECT 1 FROM agenda_item x WHERE x.document_id = d.id AND %s)
                        ORDER BY v.number DESC""".formatted(visible.readable("d"), visible.readsClosedOf("d.body_id"),
                        visible.leftOut("x")))
                .param("meeting", meetingId)
                .query((rs, row) -> new AgendaVersionView(rs.getInt(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    /** All 98 municipalities in code order, each with how many items and mentions name it. */
    public List<MunicipalitySummary> municipalities() {
        Map<Integer, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT e.municipality_code, COUNT(DISTINCT e.item_id), COUNT(*) FROM entity_mention e
                        WHERE e.kind = 'MUNICIPALITY' AND""" + " " + visible.documentId("e.document_id")
                        + " AND " + visible.finding("e") + """
                         GROUP BY e.municipality_code""")
                .query(rs -> {
                    counts.put(rs.getInt(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return ReferenceData.municipalities().stream().map(m -> {
            int[] count = counts.getOrDefault(m.code(), new int[2]);
            return new MunicipalitySummary(m.code(), m.name(), m.region(), count[0], count[1]);
        }).toList();
    }

    /** A municipality and the items and documents that name it; empty when no municipality has this code. */
    public Optional<MunicipalityView> municipality(int code) {
        return ReferenceData.municipalities().stream().filter(m -> m.code() == code).findFirst()
                .map(m -> new MunicipalityView(m.code(), m.name(), m.region(), m.kkr().name(),
                        mentioningItems(code), mentioningDocuments(code)));
    }

    private List<MunicipalityView.MentioningItem> mentioningItems(int code) {
        return jdbc.sql("""
                        SELECT i.id, i.number, i.title, i.meeting_id, m.meeting_date, b.name AS body_name,
                               i.document_id, i.position, e.mentions, e.first_mention
                        FROM (SELECT f.item_id, COUNT(*) AS mentions, MIN(f.id) AS first_mention FROM entity_mention f
                              WHERE f.kind = 'MUNICIPALITY' AND f.municipality_code = :code AND f.item_id IS NOT NULL
                                AND %s
                              GROUP BY f.item_id) e
                        JOIN agenda_item i ON i.id = e.item_id
                        LEFT JOIN meeting m ON m.id = i.meeting_id
                        LEFT JOIN body b ON b.id = m.body_id
                        WHERE %s
                        ORDER BY m.meeting_date DESC NULLS LAST, i.document_id DESC, i.position"""
                        .formatted(visible.finding("f"), visible.itemInFull("i")))
                .param("code", code)
                .query((rs, row) -> new MunicipalityView.MentioningItem(rs.getLong("id"), rs.getString("number"),
                        rs.getString("title"), nullableLong(rs, "meeting_id"),
                        rs.getObject("meeting_date", LocalDate.class), rs.getString("body_name"),
                        rs.getLong("document_id"), rs.getInt("mentions"), rs.getLong("first_mention")))
                .list();
    }

    private List<MunicipalityView.MentioningDocument> mentioningDocuments(int code) {
        return jdbc.sql("""
                        SELECT d.id, d.kind, d.title, e.mentions, e.first_mention
                        FROM (SELECT f.document_id, COUNT(*) AS mentions, MIN(f.id) AS first_mention
                              FROM entity_mention f
                              WHERE f.kind = 'MUNICIPALITY' AND f.municipality_code = :code AND f.item_id IS NULL
                              GROUP BY f.document_id) e
                        JOIN document d ON d.id = e.document_id
                        WHERE""" + " " + visible.document("d") + """
                         ORDER BY d.id DESC""")
                .param("code", code)
                .query((rs, row) -> new MunicipalityView.MentioningDocument(DOCUMENT_REF.mapRow(rs, row),
                        rs.getInt("mentions"), rs.getLong("first_mention")))
                .list();
    }

    /** The entities of an item's own text, with spans into the source file's text. */
    private ItemEntities itemEntities(long itemId) {
        Map<MentionKind, List<MentionView>> byKind = new HashMap<>();
        jdbc.sql("SELECT " + MENTION_COLUMNS + " FROM entity_mention e WHERE e.item_id = :id AND "
                        + visible.finding("e") + " ORDER BY e.span_start, e.id")
                .param("id", itemId)
                .query((rs, row) -> mention(rs, 0))
                .list()
                .forEach(m -> byKind.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m));
        return new ItemEntities(byKind.getOrDefault(MentionKind.AMOUNT, List.of()),
                byKind.getOrDefault(MentionKind.MUNICIPALITY, List.of()),
                byKind.getOrDefault(MentionKind.DEADLINE, List.of()),
                byKind.getOrDefault(MentionKind.DATE, List.of()),
                byKind.getOrDefault(MentionKind.ORGANISATION, List.of()));
    }

    /**
     * The mentions wholly inside a span of a source file's text and outside the items cut for this viewer, their
     * spans made relative to the span and moved as {@code cut} moves the text.
     */
    private List<MentionView> mentionsWithin(long sourceFileId, Span span, Redaction cut) {
        return jdbc.sql("SELECT " + MENTION_COLUMNS + """
                         FROM entity_mention e
                        WHERE e.source_file_id = :source AND e.span_start >= :start AND e.span_end <= :end AND"""
                        + " " + visible.finding("e") + " ORDER BY e.span_start, e.id")
                .param("source", sourceFileId).param("start", span.start()).param("end", span.end())
                .query((rs, row) -> mention(rs, span.start()))
                .list().stream().map(m -> m.at(cut.span(m.span()))).toList();
    }

    private static MentionView mention(ResultSet rs, int offset) throws SQLException {
        return new MentionView(rs.getLong("id"), MentionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                new Span(rs.getInt("span_start") - offset, rs.getInt("span_end") - offset),
                rs.getString("value_text"), plain(rs.getBigDecimal("value_number")),
                rs.getObject("date_start", LocalDate.class), rs.getObject("date_end", LocalDate.class),
                rs.getString("qualifier"), rs.getObject("municipality_code", Integer.class));
    }

    /**
     * The tables wholly inside a span and outside the items cut for this viewer whose total row was checked, their
     * spans made relative to the span and moved as {@code cut} moves the text.
     */
    private List<TotalCheckView> totalChecksWithin(long sourceFileId, Span span, Redaction cut) {
        Map<Long, List<TotalCheckView.Discrepancy>> discrepancies = new HashMap<>();
        Map<Long, Integer> checked = new HashMap<>();
        jdbc.sql("""
                        SELECT c.table_id, c.column_no, c.header, c.printed, c.computed, c.difference, c.agrees
                        FROM total_check c JOIN text_table t ON t.id = c.table_id
                        WHERE t.source_file_id = :source AND t.span_start >= :start AND t.span_end <= :end
                        ORDER BY c.table_id, c.column_no""")
                .param("source", sourceFileId).param("start", span.start()).param("end", span.end())
                .query(rs -> {
                    long table = rs.getLong("table_id");
                    checked.merge(table, 1, Integer::sum);
                    List<TotalCheckView.Discrepancy> off = discrepancies.computeIfAbsent(table,
                            t -> new ArrayList<>());
                    if (!rs.getBoolean("agrees")) {
                        off.add(new TotalCheckView.Discrepancy(rs.getInt("column_no"), rs.getString("header"),
                                plain(rs.getBigDecimal("printed")), plain(rs.getBigDecimal("computed")),
                                plain(rs.getBigDecimal("difference"))));
                    }
                });
        return jdbc.sql("""
                        SELECT t.id, t.kind, t.row_count, t.total_label, t.span_start, t.span_end FROM text_table t
                        WHERE t.source_file_id = :source AND t.span_start >= :start AND t.span_end <= :end
                              AND t.total_row IS NOT NULL AND""" + " " + visible.finding("t") + """
                        ORDER BY t.position""")
                .param("source", sourceFileId).param("start", span.start()).param("end", span.end())
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    return new TotalCheckView(id, rs.getString("kind"), rs.getInt("row_count"),
                            rs.getString("total_label"),
                            cut.span(new Span(rs.getInt("span_start") - span.start(),
                                    rs.getInt("span_end") - span.start())),
                            checked.getOrDefault(id, 0), discrepancies.getOrDefault(id, List.of()));
                })
                .list();
    }

    /** A stored decimal without the trailing zeros of the column's scale: 2600000.000000 as 2600000. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The repair of a source file whose original text was kept, or null when it needed none. */
    private OcrRepairView ocrRepair(long sourceFileId, String original) {
        if (original == null) {
            return null;
        }
        LinePositions at = LinePositions.of(original);
        return new OcrRepairView(original, jdbc.sql("""
                        SELECT original_start, before_text, after_text, confidence FROM text_change
                        WHERE source_file_id = :id ORDER BY position""")
                .param("id", sourceFileId)
                .query((rs, row) -> {
                    int offset = rs.getInt("original_start");
                    return new OcrRepairView.Change(at.line(offset), at.column(offset),
                            rs.getString("before_text"), rs.getString("after_text"), rs.getDouble("confidence"));
                })
                .list());
    }

    private Optional<MeetingSummary> meetingSummary(long id) {
        return jdbc.sql("SELECT " + meetingColumns + meetingFrom + " AND m.id = :id")
                .param("id", id).query(MEETING).optional();
    }

    private ItemRef itemRef(long id) {
        return jdbc.sql("SELECT i.id, i.number, " + visible.itemTitle("i") + " AS title FROM agenda_item i"
                        + " WHERE i.id = :id")
                .param("id", id).query(ITEM_REF).single();
    }

    private DocumentRef documentRef(long id) {
        return jdbc.sql("SELECT id, kind, title FROM document WHERE id = :id")
                .param("id", id).query(DOCUMENT_REF).single();
    }

    /** The item just before ({@code "<"}, {@code "DESC"}) or after ({@code ">"}, {@code "ASC"}) a position. */
    private ItemRef neighbour(long documentId, int position, String comparison, String order) {
        return jdbc.sql("SELECT i.id, i.number, " + visible.itemTitle("i") + " AS title FROM agenda_item i"
                        + " WHERE i.document_id = :document AND i.position " + comparison + " :position"
                        + " ORDER BY i.position " + order + " FETCH FIRST 1 ROWS ONLY")
                .param("document", documentId).param("position", position)
                .query(ITEM_REF).optional().orElse(null);
    }

    private List<SectionView> sections(long itemId) {
        AnnexLines annexLines = AnnexLines.ofItem(jdbc, visible, itemId);
        return jdbc.sql("SELECT heading, text, span_start, span_end FROM item_section WHERE item_id = :id ORDER BY position")
                .param("id", itemId)
                .query((rs, row) -> new SectionView(rs.getString("heading"),
                        annexLines.section(itemId, rs.getString("heading"), rs.getString("text")),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end"))))
                .list();
    }

    /**
     * An item's annexes; one closed to the viewer is its public title and legal basis, without link or place. An annex
     * links to its document only when the viewer may read it (another meeting's minutes not yet published, say).
     */
    private List<AnnexView> annexes(long itemId) {
        return jdbc.sql("""
                        SELECT a.id, a.title, CASE WHEN %s THEN a.document_id END AS document_id, a.span_start,
                               a.span_end, a.closed, a.public_title, a.legal_basis, %s AS cut
                        FROM annex a WHERE a.item_id = :id ORDER BY a.position"""
                        .formatted(visible.documentId("a.document_id"), visible.annexCut("a")))
                .param("id", itemId)
                .query((rs, row) -> {
                    ClosureNote closure = closureNote(rs);
                    return rs.getBoolean("cut")
                            ? new AnnexView(rs.getLong("id"), closure.publicTitle(), null, null, closure, true)
                            : new AnnexView(rs.getLong("id"), rs.getString("title"), nullableLong(rs, "document_id"),
                                    new Span(rs.getInt("span_start"), rs.getInt("span_end")), closure, false);
                })
                .list();
    }

    /**
     * The document's items the viewer sees, their spans made relative to the document's own span and moved as
     * {@code cut} moves the text (a stub's span is its placeholder).
     */
    private List<ItemSpan> itemSpans(long documentId, Span documentSpan, Redaction cut) {
        return jdbc.sql("SELECT i.id, i.number, " + visible.itemTitle("i") + " AS title, i.span_start, i.span_end"
                        + " FROM agenda_item i WHERE i.document_id = :id AND " + visible.item("i")
                        + " ORDER BY i.position")
                .param("id", documentId)
                .query((rs, row) -> new ItemSpan(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        cut.span(new Span(rs.getInt("span_start") - documentSpan.start(),
                                rs.getInt("span_end") - documentSpan.start()))))
                .list();
    }

    private record ItemRow(long id, String number, String title, String caseNumber, String caseOwner,
                           Long meetingId, Long parentId, long documentId, int position, Span span, boolean stub,
                           boolean leftOut, LocalDate changed, ClosureNote closure) {
    }

    private record DocumentRow(long id, DocumentKind kind, String title, String bodyName, Long meetingId,
                               Long parentId, Letterhead letterhead, SourceFileView source, Span span,
                               String sourceText, ClosureNote closure) {
    }

    private static List<String> notes(String notes) {
        return notes == null ? List.of() : Arrays.stream(notes.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static int depth(String number) {
        return (int) number.chars().filter(c -> c == '.').count();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
