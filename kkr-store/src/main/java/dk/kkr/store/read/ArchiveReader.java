package dk.kkr.store.read;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Letterhead;
import dk.kkr.core.model.Span;
import dk.kkr.core.text.LinePositions;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only queries over the archive, returning immutable views. Portable SQL: runs on H2 and PostgreSQL.
 * Thread-safe: it holds nothing but the connection pool.
 *
 * <p>A document's text is cut from its source file's text with Java string offsets, the same offsets
 * the parser wrote its spans in. Source file notes are stored one per line.
 */
public final class ArchiveReader {

    private static final String MEETING_COLUMNS = """
            m.id, b.name AS body_name, b.slug AS body_slug, m.meeting_date, m.meeting_time, m.location,
            (SELECT COUNT(*) FROM agenda_item c WHERE c.meeting_id = m.id) AS item_count
            """;

    private static final String MEETING_FROM = " FROM meeting m JOIN body b ON b.id = m.body_id";

    private static final String LATEST_FIRST = " ORDER BY m.meeting_date DESC, m.id DESC FETCH FIRST :limit ROWS ONLY";

    private static final RowMapper<MeetingSummary> MEETING = (rs, row) -> new MeetingSummary(
            rs.getLong("id"), rs.getString("body_name"), rs.getString("body_slug"),
            rs.getObject("meeting_date", LocalDate.class), rs.getObject("meeting_time", LocalTime.class),
            rs.getString("location"), rs.getInt("item_count"));

    private static final RowMapper<ItemRef> ITEM_REF =
            (rs, row) -> new ItemRef(rs.getLong("id"), rs.getString("number"), rs.getString("title"));

    private static final RowMapper<DocumentRef> DOCUMENT_REF = (rs, row) ->
            new DocumentRef(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("title"));

    private final JdbcClient jdbc;

    public ArchiveReader(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** All bodies by name, each with its number of meetings. */
    public List<BodyView> bodies() {
        return jdbc.sql("""
                        SELECT b.id, b.name, b.slug, b.region,
                               (SELECT COUNT(*) FROM meeting m WHERE m.body_id = b.id) AS meeting_count
                        FROM body b ORDER BY b.name""")
                .query((rs, row) -> new BodyView(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                        rs.getString("region"), rs.getInt("meeting_count")))
                .list();
    }

    /** The latest meetings of all bodies, newest first, at most {@code limit}. */
    public List<MeetingSummary> latestMeetings(int limit) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS + MEETING_FROM + LATEST_FIRST)
                .param("limit", limit).query(MEETING).list();
    }

    /** The latest meetings of the body with this slug, newest first, at most {@code limit}. */
    public List<MeetingSummary> latestMeetings(String bodySlug, int limit) {
        return jdbc.sql("SELECT " + MEETING_COLUMNS + MEETING_FROM + " WHERE b.slug = :slug" + LATEST_FIRST)
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
                        WHERE d.parent_id IS NULL""" + condition
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
                jdbc.sql("SELECT id, kind, title FROM document WHERE meeting_id = :id AND parent_id IS NULL ORDER BY id")
                        .param("id", id).query(DOCUMENT_REF).list(),
                jdbc.sql("""
                                SELECT i.id, i.parent_id, i.number, i.title, c.case_number, i.case_owner, i.document_id
                                FROM agenda_item i LEFT JOIN case_file c ON c.id = i.case_id
                                WHERE i.meeting_id = :id ORDER BY i.document_id, i.position""")
                        .param("id", id)
                        .query((rs, row) -> new ItemSummary(rs.getLong("id"), nullableLong(rs, "parent_id"),
                                rs.getString("number"), rs.getString("title"), depth(rs.getString("number")),
                                rs.getString("case_number"), rs.getString("case_owner"), rs.getLong("document_id")))
                        .list()));
    }

    /** An agenda item in full; empty when there is no item with this id. */
    public Optional<ItemView> item(long id) {
        return jdbc.sql("""
                        SELECT i.id, i.number, i.title, c.case_number, i.case_owner, i.meeting_id, i.parent_id,
                               i.document_id, i.position, i.span_start, i.span_end
                        FROM agenda_item i LEFT JOIN case_file c ON c.id = i.case_id
                        WHERE i.id = :id""")
                .param("id", id)
                .query((rs, row) -> new ItemRow(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        rs.getString("case_number"), rs.getString("case_owner"), nullableLong(rs, "meeting_id"),
                        nullableLong(rs, "parent_id"), rs.getLong("document_id"), rs.getInt("position"),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end"))))
                .optional()
                .map(item -> new ItemView(item.id(), item.number(), item.title(), item.caseNumber(), item.caseOwner(),
                        item.meetingId() == null ? null : meetingSummary(item.meetingId()).orElseThrow(),
                        item.parentId() == null ? null : itemRef(item.parentId()),
                        sections(id), annexes(id), documentRef(item.documentId()), item.span(),
                        neighbour(item.documentId(), item.position(), "<", "DESC"),
                        neighbour(item.documentId(), item.position(), ">", "ASC")));
    }

    /** A document in full, with its text; empty when there is no document with this id. */
    public Optional<DocumentView> document(long id) {
        return jdbc.sql("""
                        SELECT d.id, d.kind, d.title, b.name AS body_name, d.meeting_id, d.parent_id,
                               d.letter_date, d.case_number, d.doc_number, d.span_start, d.span_end,
                               s.id AS source_id, s.file_name, s.sha256, s.notes, s.text, s.original_text
                        FROM document d
                        JOIN source_file s ON s.id = d.source_file_id
                        LEFT JOIN body b ON b.id = d.body_id
                        WHERE d.id = :id""")
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
                        rs.getString("text")))
                .optional()
                .map(document -> new DocumentView(document.id(), document.kind(), document.title(),
                        document.bodyName(),
                        document.meetingId() == null ? null : meetingSummary(document.meetingId()).orElseThrow(),
                        document.letterhead(),
                        document.parentId() == null ? null : documentRef(document.parentId()),
                        document.source(), document.span().of(document.sourceText()),
                        itemSpans(id, document.span()),
                        jdbc.sql("SELECT id, kind, title FROM document WHERE parent_id = :id ORDER BY span_start, id")
                                .param("id", id).query(DOCUMENT_REF).list()));
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
        return jdbc.sql("SELECT " + MEETING_COLUMNS + MEETING_FROM + " WHERE m.id = :id")
                .param("id", id).query(MEETING).optional();
    }

    private ItemRef itemRef(long id) {
        return jdbc.sql("SELECT id, number, title FROM agenda_item WHERE id = :id")
                .param("id", id).query(ITEM_REF).single();
    }

    private DocumentRef documentRef(long id) {
        return jdbc.sql("SELECT id, kind, title FROM document WHERE id = :id")
                .param("id", id).query(DOCUMENT_REF).single();
    }

    /** The item just before ({@code "<"}, {@code "DESC"}) or after ({@code ">"}, {@code "ASC"}) a position. */
    private ItemRef neighbour(long documentId, int position, String comparison, String order) {
        return jdbc.sql("SELECT id, number, title FROM agenda_item WHERE document_id = :document AND position "
                        + comparison + " :position ORDER BY position " + order + " FETCH FIRST 1 ROWS ONLY")
                .param("document", documentId).param("position", position)
                .query(ITEM_REF).optional().orElse(null);
    }

    private List<SectionView> sections(long itemId) {
        return jdbc.sql("SELECT heading, text, span_start, span_end FROM item_section WHERE item_id = :id ORDER BY position")
                .param("id", itemId)
                .query((rs, row) -> new SectionView(rs.getString("heading"), rs.getString("text"),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end"))))
                .list();
    }

    private List<AnnexView> annexes(long itemId) {
        return jdbc.sql("SELECT title, document_id, span_start, span_end FROM annex WHERE item_id = :id ORDER BY position")
                .param("id", itemId)
                .query((rs, row) -> new AnnexView(rs.getString("title"), nullableLong(rs, "document_id"),
                        new Span(rs.getInt("span_start"), rs.getInt("span_end"))))
                .list();
    }

    /** The document's items, their spans made relative to the document's own span. */
    private List<ItemSpan> itemSpans(long documentId, Span documentSpan) {
        return jdbc.sql("SELECT id, number, title, span_start, span_end FROM agenda_item WHERE document_id = :id ORDER BY position")
                .param("id", documentId)
                .query((rs, row) -> new ItemSpan(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
                        new Span(rs.getInt("span_start") - documentSpan.start(),
                                rs.getInt("span_end") - documentSpan.start())))
                .list();
    }

    private record ItemRow(long id, String number, String title, String caseNumber, String caseOwner,
                           Long meetingId, Long parentId, long documentId, int position, Span span) {
    }

    private record DocumentRow(long id, DocumentKind kind, String title, String bodyName, Long meetingId,
                               Long parentId, Letterhead letterhead, SourceFileView source, Span span,
                               String sourceText) {
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
