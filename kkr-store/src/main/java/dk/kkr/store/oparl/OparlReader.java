package dk.kkr.store.oparl;

import dk.kkr.core.model.Span;
import dk.kkr.store.read.AnnexLines;
import dk.kkr.store.read.Redaction;
import dk.kkr.store.read.Viewer;
import dk.kkr.store.read.Visibility;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The archive as the objects of an OParl endpoint needs them: one row type per object type, each with the
 * time it was created (first imported) and last modified (last imported), read from
 * {@code source_file.imported_at} of the files it comes from. Lists are read a page at a time, filtered by
 * those times. Portable SQL (H2 and PostgreSQL); thread-safe.
 *
 * <p>Every list query is a plain select wrapped as {@code SELECT * FROM (select) x WHERE …}, so the filters,
 * the body and the paging apply alike to computed columns. Objects belong to a body through their document
 * (items, files), their first item (cases) or their meeting (locations).
 */
public class OparlReader {


    private static final RowMapper<Person> PERSON = (rs, row) -> new Person(rs.getLong("id"), rs.getLong("body_id"),
            rs.getString("name"), rs.getString("role"), rs.getString("municipality"),
            rs.getObject("member_since", LocalDate.class), stamp(rs));

    private static final RowMapper<Body> BODY = (rs, row) -> new Body(rs.getLong("id"), rs.getString("name"),
            rs.getString("slug"), rs.getString("region"), stamp(rs));

    private static final RowMapper<Item> ITEM = (rs, row) -> new Item(rs.getLong("id"), nullableLong(rs, "body_id"),
            nullableLong(rs, "meeting_id"), rs.getLong("document_id"), rs.getInt("position"), rs.getString("number"),
            rs.getString("title"), nullableLong(rs, "case_id"), rs.getString("case_number"),
            rs.getString("case_owner"), rs.getBoolean("stub"), rs.getString("public_decision"), stamp(rs));

    private static final RowMapper<Paper> PAPER = (rs, row) -> new Paper(rs.getLong("id"),
            rs.getString("case_number"), nullableLong(rs, "body_id"), rs.getString("name"),
            rs.getString("case_owner"), stamp(rs));

    private static final RowMapper<Location> LOCATION =
            (rs, row) -> new Location(rs.getString("location"), stamp(rs));

    private final JdbcClient jdbc;
    private final Visibility visible;
    private final String bodies;
    private final String meetings;
    /** The items the viewer sees; a query may add conditions with AND. */
    private final String items;
    /** The ids of the items in which the viewer reads a mention of the municipality whose code is {@code :key}. */
    private final String itemsNaming;
    private final String papers;
    private final String files;
    private final String locations;
    /** The attendance rows the viewer reads: those of minutes the viewer may read. */
    private final String attendance;
    /**
     * People named in minutes the viewer reads, each with the title and municipality of their latest attendance and
     * the first meeting they sat in as a member.
     */
    private final String people;

    /** A reader of what {@code viewer} sees: an object the viewer does not see is neither listed nor found. */
    public OparlReader(DataSource dataSource, Viewer viewer) {
        this.jdbc = JdbcClient.create(dataSource);
        this.visible = Visibility.of(viewer);
        String stampsOfDocuments = """
                (SELECT MIN(s.imported_at) FROM document d JOIN source_file s ON s.id = d.source_file_id
                 WHERE %1$s AND %2$s) AS created,
                (SELECT MAX(s.imported_at) FROM document d JOIN source_file s ON s.id = d.source_file_id
                 WHERE %1$s AND %2$s) AS modified""";
        this.attendance = "SELECT * FROM attendance va WHERE " + visible.documentId("va.document_id");
        java.util.function.UnaryOperator<String> latest = column -> "(SELECT a." + column + " FROM (" + attendance
                + ") a JOIN meeting m ON m.id = a.meeting_id WHERE a.person_id = p.id"
                + " ORDER BY m.meeting_date DESC, a.id DESC FETCH FIRST 1 ROWS ONLY)";
        java.util.function.UnaryOperator<String> imported = aggregate -> "(SELECT " + aggregate + "(s.imported_at)"
                + " FROM (" + attendance + ") a JOIN document d ON d.id = a.document_id"
                + " JOIN source_file s ON s.id = d.source_file_id WHERE a.person_id = p.id)";
        this.people = "SELECT p.id, p.body_id, p.name, "
                + latest.apply("role") + " AS role, "
                + latest.apply("municipality") + " AS municipality, "
                + "(SELECT MIN(m.meeting_date) FROM (" + attendance + ") a JOIN meeting m ON m.id = a.meeting_id"
                + " WHERE a.person_id = p.id AND a.status <> 'OTHER') AS member_since, "
                + imported.apply("MIN") + " AS created, "
                + imported.apply("MAX") + " AS modified FROM person p"
                + " WHERE EXISTS (SELECT 1 FROM (" + attendance + ") a WHERE a.person_id = p.id)";
        this.bodies = "SELECT b.id, b.name, b.slug, b.region, "
                + stampsOfDocuments.formatted("d.body_id = b.id", visible.document("d")) + " FROM body b";
        this.meetings = "SELECT m.id, m.body_id, m.meeting_date, m.meeting_time, m.location, "
                + stampsOfDocuments.formatted("d.meeting_id = m.id", visible.document("d")) + " FROM meeting m WHERE "
                + visible.meeting("m");
        // a closed item the viewer may not read is its stub: number and public title, no case and no case owner
        this.items = """
                SELECT i.id, d.body_id, i.meeting_id, i.document_id, i.position, i.number, %1$s AS title,
                       CASE WHEN %2$s THEN NULL ELSE i.case_id END AS case_id,
                       CASE WHEN %2$s THEN NULL ELSE c.case_number END AS case_number,
                       CASE WHEN %2$s THEN NULL ELSE i.case_owner END AS case_owner, %2$s AS stub,
                       CASE WHEN %2$s THEN i.public_decision END AS public_decision,
                       s.imported_at AS created, s.imported_at AS modified
                FROM agenda_item i
                JOIN document d ON d.id = i.document_id
                JOIN source_file s ON s.id = d.source_file_id
                LEFT JOIN case_file c ON c.id = i.case_id
                WHERE %3$s""".formatted(visible.itemTitle("i"), visible.itemStub("i"), visible.item("i"));
        this.itemsNaming = """
                SELECT n.item_id FROM entity_mention n WHERE n.kind = 'MUNICIPALITY' AND n.municipality_code = :key
                  AND\s""" + visible.finding("n");
        String firstItemOfCase = """
                (SELECT %s FROM agenda_item i JOIN document d ON d.id = i.document_id
                 WHERE i.case_id = c.id AND %s ORDER BY i.id FETCH FIRST 1 ROWS ONLY)""";
        String itemsOfCase = """
                (SELECT %s(s.imported_at) FROM agenda_item i JOIN document d ON d.id = i.document_id
                 JOIN source_file s ON s.id = d.source_file_id WHERE i.case_id = c.id AND %s)""";
        String shownItem = visible.itemInFull("i");
        this.papers = "SELECT c.id, c.case_number, "
                + firstItemOfCase.formatted("d.body_id", shownItem) + " AS body_id, "
                + firstItemOfCase.formatted("i.title", shownItem) + " AS name, "
                + firstItemOfCase.formatted("i.case_owner", shownItem) + " AS case_owner, "
                + itemsOfCase.formatted("MIN", shownItem) + " AS created, "
                + itemsOfCase.formatted("MAX", shownItem) + " AS modified FROM case_file c"
                + " WHERE EXISTS (SELECT 1 FROM agenda_item i WHERE i.case_id = c.id AND " + shownItem + ")";
        this.files = """
                SELECT d.id, d.body_id, d.kind, d.title, d.meeting_id, d.parent_id, d.letter_date, d.case_number,
                       d.doc_number, d.span_start, d.span_end, d.source_file_id, s.file_name, s.media_type, s.text,
                       s.imported_at AS created, s.imported_at AS modified
                FROM document d JOIN source_file s ON s.id = d.source_file_id
                WHERE\s""" + visible.document("d");
        this.locations = """
                SELECT m.location, MIN(x.created) AS created, MAX(x.modified) AS modified
                FROM meeting m JOIN (%s) x ON x.id = m.id
                WHERE m.location IS NOT NULL GROUP BY m.location""".formatted(meetings);
    }

    // ---- bodies

    public Slice<Body> bodies(Window window) {
        return page(bodies, "id", Map.of(), window, BODY);
    }

    public Optional<Body> body(long id) {
        return one(bodies, id, BODY);
    }

    // ---- meetings

    public Slice<Meeting> meetings(long bodyId, Window window) {
        return page(meetings, "id", Map.of("body_id", bodyId), window, this::meeting);
    }

    /** The meetings held at a location, by date. */
    public List<Long> meetingsAt(String location) {
        return jdbc.sql("SELECT m.id FROM meeting m WHERE m.location = :location AND " + visible.meeting("m")
                        + " ORDER BY m.meeting_date, m.id")
                .param("location", location).query(Long.class).list();
    }

    public Optional<Meeting> meeting(long id) {
        return one(meetings, id, this::meeting);
    }

    private Meeting meeting(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<FileRef> shownFiles = jdbc.sql("SELECT d.id, d.kind FROM document d WHERE d.meeting_id = :id"
                        + " AND d.parent_id IS NULL AND " + visible.document("d") + " ORDER BY d.id")
                .param("id", id).query((r, n) -> new FileRef(r.getLong("id"), r.getString("kind"))).list();
        return new Meeting(id, rs.getLong("body_id"), rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("meeting_time", LocalTime.class), rs.getString("location"), shownFiles, stamp(rs));
    }

    /** The people who attended a meeting (present, or assisting), in the order the minutes name them. */
    public List<Long> participants(long meetingId) {
        return jdbc.sql("SELECT person_id FROM (" + attendance + ") a WHERE meeting_id = :id AND status <> 'ABSENT'"
                        + " ORDER BY id")
                .param("id", meetingId).query(Long.class).list();
    }

    // ---- people and memberships

    public Slice<Person> people(long bodyId, Window window) {
        return page(people, "id", Map.of("body_id", bodyId), window, PERSON);
    }

    /** The people who sat in the KKR as members (present or absent, not assisting): one membership each. */
    public Slice<Person> members(long bodyId, Window window) {
        return page(people, "id", Map.of("body_id", bodyId), window, PERSON, "x.member_since IS NOT NULL", Map.of());
    }

    public Optional<Person> person(long id) {
        return one(people, id, PERSON);
    }

    // ---- agenda items and consultations

    public Slice<Item> items(long bodyId, Window window) {
        return page(items, "id", Map.of("body_id", bodyId), window, ITEM);
    }

    /** The items that carry a case: each is one consultation of that case. */
    public Slice<Item> consultations(long bodyId, Window window) {
        return page(items + " AND i.case_id IS NOT NULL AND NOT " + visible.itemStub("i"), "id",
                Map.of("body_id", bodyId), window, ITEM);
    }

    public Optional<Item> item(long id) {
        return one(items, id, ITEM);
    }

    /** A body's items, the most recently imported first, at most {@code limit}: what its feed tells about. */
    public List<Item> latestItems(long bodyId, int limit) {
        return latestItems("x.body_id = :key", bodyId, limit);
    }

    /** The items that name a municipality (by its code), the most recently imported first, at most {@code limit}. */
    public List<Item> latestItemsNaming(int municipalityCode, int limit) {
        return latestItems("x.id IN (" + itemsNaming + ") AND NOT x.stub", municipalityCode, limit);
    }

    private List<Item> latestItems(String condition, long key, int limit) {
        return jdbc.sql("SELECT * FROM (" + items + ") x WHERE " + condition
                        + " ORDER BY x.created DESC, x.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("key", key).param("limit", limit).query(ITEM).list();
    }

    /** The deadlines found in items that name a municipality, the earliest due first. */
    public List<Deadline> deadlinesNaming(int municipalityCode) {
        return jdbc.sql("""
                        SELECT e.id, e.item_id, i.number, i.title, e.text, e.date_end
                        FROM entity_mention e JOIN agenda_item i ON i.id = e.item_id
                        WHERE e.kind = 'DEADLINE' AND e.date_end IS NOT NULL AND e.item_id IN (""" + itemsNaming + ")"
                        + " AND " + visible.itemInFull("i") + " AND " + visible.finding("e")
                        + " ORDER BY e.date_end, e.id")
                .param("key", municipalityCode)
                .query((rs, row) -> new Deadline(rs.getLong("id"), rs.getLong("item_id"), rs.getString("number"),
                        rs.getString("title"), rs.getString("text"), rs.getObject("date_end", LocalDate.class)))
                .list();
    }

    /** The items of a meeting in the order of their documents and, within one, of their positions. */
    public List<Item> itemsOfMeeting(long meetingId) {
        return jdbc.sql("SELECT * FROM (" + items + ") x WHERE x.meeting_id = :id ORDER BY x.document_id, x.position")
                .param("id", meetingId).query(ITEM).list();
    }

    /** The items that carry a case, in the order they were stored. */
    public List<Item> itemsOfCase(long caseId) {
        return jdbc.sql("SELECT * FROM (" + items + ") x WHERE x.case_id = :id ORDER BY x.id")
                .param("id", caseId).query(ITEM).list();
    }

    public List<Section> sections(long itemId) {
        AnnexLines annexLines = AnnexLines.ofItem(jdbc, visible, itemId);
        return jdbc.sql("SELECT s.heading, s.text FROM item_section s WHERE s.item_id = :id AND "
                        + visible.outsideStubs("s.item_id") + " ORDER BY s.position")
                .param("id", itemId).query((rs, row) -> new Section(rs.getString("heading"),
                        annexLines.section(itemId, rs.getString("heading"), rs.getString("text"))))
                .list();
    }

    /** The documents an item's annexes were linked to. */
    public List<Long> annexFiles(long itemId) {
        return jdbc.sql("SELECT a.document_id FROM annex a WHERE a.item_id = :id AND a.document_id IS NOT NULL AND "
                        + visible.documentId("a.document_id") + " AND " + visible.outsideStubs("a.item_id")
                        + " AND NOT " + visible.annexCut("a")
                        + " ORDER BY a.position")
                .param("id", itemId).query(Long.class).list();
    }

    // ---- papers (cases)

    public Slice<Paper> papers(long bodyId, Window window) {
        return page(papers, "id", Map.of("body_id", bodyId), window, PAPER);
    }

    public Optional<Paper> paper(long id) {
        return one(papers, id, PAPER);
    }

    /** The documents of a case: memos whose letterhead names it and annexes of its items. */
    public List<Long> filesOfCase(long caseId) {
        return jdbc.sql("""
                        SELECT d.id FROM document d JOIN case_file c ON c.case_number = d.case_number
                        WHERE c.id = :id AND %s
                        UNION
                        SELECT a.document_id FROM annex a JOIN agenda_item i ON i.id = a.item_id
                        WHERE i.case_id = :id AND a.document_id IS NOT NULL AND %s AND %s
                        ORDER BY 1""".formatted(visible.document("d"), visible.itemInFull("i"),
                        visible.documentId("a.document_id")))
                .param("id", caseId).query(Long.class).list();
    }

    // ---- files

    public Slice<File> files(long bodyId, Window window) {
        return page(files, "id", Map.of("body_id", bodyId), window, this::file);
    }

    public Optional<File> file(long id) {
        return one(files, id, this::file);
    }

    private File file(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        String caseNumber = rs.getString("case_number");
        return new File(id, nullableLong(rs, "body_id"), rs.getString("kind"), rs.getString("title"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getObject("letter_date", LocalDate.class),
                caseNumber, rs.getString("doc_number"), nullableLong(rs, "meeting_id"), nullableLong(rs, "parent_id"),
                jdbc.sql("SELECT c.id FROM document c WHERE c.parent_id = :id AND " + visible.readable("c")
                                + " ORDER BY c.span_start, c.id")
                        .param("id", id).query(Long.class).list(),
                jdbc.sql("SELECT DISTINCT a.item_id FROM annex a WHERE a.document_id = :id AND "
                                + visible.itemId("a.item_id") + " AND " + visible.outsideStubs("a.item_id")
                                + " AND NOT " + visible.annexCut("a")
                                + " ORDER BY a.item_id")
                        .param("id", id).query(Long.class).list(),
                jdbc.sql("""
                                SELECT c.id FROM case_file c WHERE c.case_number = :caseNumber
                                  AND EXISTS (SELECT 1 FROM agenda_item i WHERE i.case_id = c.id AND %1$s)
                                UNION
                                SELECT i.case_id FROM annex a JOIN agenda_item i ON i.id = a.item_id
                                WHERE a.document_id = :id AND i.case_id IS NOT NULL AND %1$s
                                ORDER BY 1""".formatted(visible.itemInFull("i")))
                        .param("caseNumber", caseNumber).param("id", id).query(Long.class).list(),
                text(rs), stamp(rs));
    }

    /** The file's text as the viewer may read it: the closed items it cannot read cut out. */
    private String text(ResultSet rs) throws SQLException {
        Span span = new Span(rs.getInt("span_start"), rs.getInt("span_end"));
        return Redaction.of(jdbc, visible, rs.getLong("source_file_id"), span).apply(span.of(rs.getString("text")));
    }

    // ---- locations

    /** The locations of a body's meetings, by name. */
    public Slice<Location> locations(long bodyId, Window window) {
        return page(locations, "location", Map.of(), window, LOCATION,
                "x.location IN (SELECT m.location FROM meeting m WHERE m.body_id = :body AND " + visible.meeting("m") + ")",
                Map.of("body", bodyId));
    }

    /** Every meeting location, by name. */
    public List<Location> locations() {
        return jdbc.sql("SELECT * FROM (" + locations + ") x ORDER BY x.location").query(LOCATION).list();
    }

    /** The bodies that met at a location. */
    public List<Long> bodiesAt(String location) {
        return jdbc.sql("SELECT DISTINCT m.body_id FROM meeting m WHERE m.location = :location AND "
                        + visible.meeting("m") + " ORDER BY m.body_id")
                .param("location", location).query(Long.class).list();
    }

    // ---- counts, for the link check and the closing note

    /** How many objects of each type the viewer sees, by the table behind the type. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>();
        Map<String, String> selects = Map.of("body", bodies, "meeting", meetings, "agenda_item", items,
                "case_file", papers, "document", files, "consultation", items + " AND i.case_id IS NOT NULL");
        selects.forEach((table, select) -> counts.put(table,
                jdbc.sql("SELECT COUNT(*) FROM (" + select + ") x").query(Long.class).single()));
        counts.put("person", jdbc.sql("SELECT COUNT(*) FROM (" + people + ") x").query(Long.class).single());
        counts.put("membership", jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM (" + attendance + ") a"
                        + " WHERE status <> 'OTHER'").query(Long.class).single());
        counts.put("location", jdbc.sql("SELECT COUNT(DISTINCT m.location) FROM meeting m WHERE " + visible.meeting("m"))
                .query(Long.class).single());
        return counts;
    }

    // ---- paging

    private <T> Optional<T> one(String select, long id, RowMapper<T> mapper) {
        return jdbc.sql("SELECT * FROM (" + select + ") x WHERE x.id = :id").param("id", id).query(mapper).optional();
    }

    private <T> Slice<T> page(String select, String order, Map<String, Long> equal, Window window, RowMapper<T> mapper) {
        return page(select, order, equal, window, mapper, null, Map.of());
    }

    private <T> Slice<T> page(String select, String order, Map<String, Long> equal, Window window, RowMapper<T> mapper,
                              String extraCondition, Map<String, ?> extraParams) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(extraParams);
        equal.forEach((column, value) -> {
            conditions.add("x." + column + " = :" + column);
            params.put(column, value);
        });
        if (extraCondition != null) {
            conditions.add(extraCondition);
        }
        TimeFilter filter = window.filter();
        addBound(conditions, params, "x.created >=", "createdSince", filter.createdSince());
        addBound(conditions, params, "x.created <=", "createdUntil", filter.createdUntil());
        addBound(conditions, params, "x.modified >=", "modifiedSince", filter.modifiedSince());
        addBound(conditions, params, "x.modified <=", "modifiedUntil", filter.modifiedUntil());
        String from = " FROM (" + select + ") x" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
        params.put("offset", window.offset());
        params.put("limit", window.limit());
        List<T> rows = jdbc.sql("SELECT *" + from + " ORDER BY x." + order + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params).query(mapper).list();
        return new Slice<>(rows, total);
    }

    private static void addBound(List<String> conditions, Map<String, Object> params, String comparison, String name,
                                 OffsetDateTime value) {
        if (value != null) {
            conditions.add(comparison + " :" + name);
            params.put(name, value);
        }
    }

    private static Stamp stamp(ResultSet rs) throws SQLException {
        return new Stamp(rs.getObject("created", OffsetDateTime.class), rs.getObject("modified", OffsetDateTime.class));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    // ---- the rows

    /** When an object was first imported and last changed by an import; both null when nothing was imported. */
    public record Stamp(OffsetDateTime created, OffsetDateTime modified) {
    }

    /** Bounds on the created and modified times; null bounds are open. */
    public record TimeFilter(OffsetDateTime createdSince, OffsetDateTime createdUntil,
                             OffsetDateTime modifiedSince, OffsetDateTime modifiedUntil) {
        public static final TimeFilter NONE = new TimeFilter(null, null, null, null);
    }

    /** A page of a list: the filter, the number of rows to skip and at most how many to return. */
    public record Window(TimeFilter filter, int offset, int limit) {
    }

    /** The rows of one page and how many rows the whole filtered list holds. */
    public record Slice<T>(List<T> rows, long total) {
    }

    public record Body(long id, String name, String slug, String region, Stamp stamp) {
    }

    /** A meeting with its top-level documents (agenda, minutes, annex bundles) in the order they were stored. */
    public record Meeting(long id, long bodyId, LocalDate date, LocalTime time, String location, List<FileRef> files,
                          Stamp stamp) {
    }

    /** A document by id and kind (AGENDA, MINUTES, ANNEX_BUNDLE, NOTE, OTHER). */
    public record FileRef(long id, String kind) {
    }

    /**
     * An agenda item; {@code position} counts from 1 within its document. A closed item ({@code closed}) is its stub:
     * the public title, no case, and the public wording of its decision once published ({@code publicDecision}).
     */
    public record Item(long id, Long bodyId, Long meetingId, long documentId, int position, String number,
                       String title, Long caseId, String caseNumber, String caseOwner, boolean closed,
                       String publicDecision, Stamp stamp) {
    }

    public record Section(String heading, String text) {
    }

    /** A case; its body, name and owner are those of the first item that carries it. */
    public record Paper(long id, String caseNumber, Long bodyId, String name, String caseOwner, Stamp stamp) {
    }

    /**
     * A document: a whole file or a memo inside one, with its own text, the memos inside it ({@code parts}),
     * the items whose annexes point at it and the cases it belongs to.
     */
    public record File(long id, Long bodyId, String kind, String title, String fileName, String sourceMediaType,
                       LocalDate letterDate, String caseNumber, String docNumber, Long meetingId, Long parentId,
                       List<Long> parts, List<Long> items, List<Long> cases, String text, Stamp stamp) {
    }

    /**
     * A person named in a KKR's minutes, with the title ({@code role}) and municipality of the latest
     * attendance, and the date of the first meeting they sat in as a member (null for officials only).
     */
    public record Person(long id, long bodyId, String name, String role, String municipality, LocalDate memberSince,
                         Stamp stamp) {
    }

    /** A deadline ("senest 1. oktober 2020") found in an item, due on {@code due}. */
    public record Deadline(long id, long itemId, String itemNumber, String itemTitle, String text, LocalDate due) {
    }

    /** A meeting location as written in the documents. */
    public record Location(String description, Stamp stamp) {
    }
}
