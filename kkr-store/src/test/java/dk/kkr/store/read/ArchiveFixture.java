package dk.kkr.store.read;

import dk.kkr.core.danish.ReferenceData;
import dk.kkr.store.Database;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The one test archive shared by the store's and the app's tests: a fictional agenda of KKR Syddanmark
 * with nested items, sections, annexes and an annex bundle holding a memo, plus an older meeting of
 * KKR Hovedstaden. Odense is named in item 2.2 (with Kolding, an amount, a deadline and a table whose total
 * is 100 too high), in the old meeting's item and in the memo, outside any item. Rows are inserted by plain SQL with spans computed from the texts below, so that the
 * write side can later take over without the tests changing their expectations.
 */
public final class ArchiveFixture {

    /** Raw HTML as real documents carry it inside tables: it must always be shown as text. */
    public static final String RAW_HTML = "<p>hej</p><script>alert(1)</script>";
    /** {@link #RAW_HTML} as a page must show it: escaped, so it is text and never markup. */
    public static final String RAW_HTML_ESCAPED = "&lt;p&gt;hej&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;";

    public static final String AGENDA_TEXT = """
            KKR Syddanmark
            Dagsorden
            Dato: 7. september 2020 kl. 10:00
            Sted: Comwell Kolding

            1. Godkendelse af dagsorden
            Indstilling
            Det indstilles, at dagsordenen godkendes.

            2. Sundhedsområdet
            SAG-2020-04197 nihj
            Baggrund
            Kommunerne i regionen samarbejder om sundhed.
            2.1. Udpegning til sundhedskoordinationsudvalget
            SAG-2020-04198 anbe
            Indstilling
            Det indstilles, at KKR Syddanmark udpeger to borgmestre.
            Sagsfremstilling
            Tabellen i kilden: %s
            Bilag
            Notat om udpegning
            2.2. Status på akutfunktioner
            Indstilling
            Det indstilles, at orienteringen tages til efterretning.
            Sagsfremstilling
            Odense Kommune og Kolding Kommune har brugt 2,6 mio. kr. Svar senest 1. oktober 2020.
            Kommune      Udgift
            Odense        1.500
            Kolding       1.100
            I alt         2.700
            Beslutning
            Taget til efterretning.
            """.formatted(RAW_HTML);

    public static final String BUNDLE_TEXT = """
            Indholdsfortegnelse - Bilag
            2.1. Notat om udpegning

            NOTAT
            Dato: 1. september 2020
            Sags ID: SAG-2020-04198
            Dok. ID: 2990001
            Notat om udpegning
            KKR Syddanmark skal udpege to medlemmer.
            Odense Kommune deltager.
            """;

    public static final String OLD_AGENDA_TEXT = """
            KKR Hovedstaden
            Dagsorden
            1. Meddelelser
            Nyt fra Odense Kommune.
            """;

    public static final String SYDDANMARK_SHA256 = "a".repeat(64);

    /** The ids of the rows inserted. */
    public record Ids(long syddanmark, long hovedstaden, long meeting, long oldMeeting, long agenda,
                      long bundle, long memo, long oldAgenda, long item1, long item2, long item21, long item22,
                      long oldItem, Mentions mentions) {
    }

    /** The ids of the entity mentions and of the table. */
    public record Mentions(long odense, long kolding, long amount, long deadline, long date, long table,
                           long oldOdense, long memoOdense) {
    }

    /** Odense's municipality code. */
    public static final int ODENSE = 461;

    private final JdbcClient jdbc;

    private ArchiveFixture(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** A new, empty, migrated in-memory H2 database of its own. */
    public static DataSource newDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:kkr-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(dataSource, null);
        return dataSource;
    }

    /** A new H2 database holding the fixture. */
    public static Loaded load() {
        return insertInto(newDatabase());
    }

    /** Migrates the given empty database (H2 or PostgreSQL) and inserts the fixture. */
    public static Loaded load(DataSource empty) {
        Database.migrate(empty, null);
        return insertInto(empty);
    }

    private static Loaded insertInto(DataSource dataSource) {
        return new Loaded(dataSource, new ArchiveFixture(dataSource).insert());
    }

    /** A database together with the ids of the fixture rows in it. */
    public record Loaded(DataSource dataSource, Ids ids) {
    }

    private Ids insert() {
        long syddanmark = 0;
        long hovedstaden = 0;
        for (var body : ReferenceData.bodies()) {
            long id = insert("INSERT INTO body (name, slug, region) VALUES (?, ?, ?)",
                    body.name(), body.slug(), body.region());
            if (body.slug().equals("syddanmark")) {
                syddanmark = id;
            } else if (body.slug().equals("hovedstaden")) {
                hovedstaden = id;
            }
        }

        long meeting = insert("INSERT INTO meeting (body_id, meeting_date, meeting_time, location) VALUES (?, ?, ?, ?)",
                syddanmark, LocalDate.of(2020, 9, 7), LocalTime.of(10, 0), "Comwell Kolding");
        long agendaFile = sourceFile("syddanmark-2020-09-07-dagsorden.txt", SYDDANMARK_SHA256,
                "Windows-1252 afkodet\nlinjeskift normaliseret", AGENDA_TEXT);
        long agenda = insert("""
                        INSERT INTO document (source_file_id, kind, title, body_id, meeting_id, span_start, span_end)
                        VALUES (?, 'AGENDA', 'Dagsorden', ?, ?, 0, ?)""",
                agendaFile, syddanmark, meeting, AGENDA_TEXT.length());

        long case1 = insert("INSERT INTO case_file (case_number) VALUES (?)", "SAG-2020-04197");
        long case21 = insert("INSERT INTO case_file (case_number) VALUES (?)", "SAG-2020-04198");
        String t = AGENDA_TEXT;
        long item1 = item(t, agenda, meeting, null, 0, "1", "Godkendelse af dagsorden", null, null,
                t.indexOf("1. Godkendelse"), t.indexOf("2. Sundhed"));
        section(item1, 0, "Indstilling", "Det indstilles, at dagsordenen godkendes.");
        long item2 = item(t, agenda, meeting, null, 1, "2", "Sundhedsområdet", case1, "nihj",
                t.indexOf("2. Sundhed"), t.length());
        section(item2, 0, "Baggrund", "Kommunerne i regionen samarbejder om sundhed.");
        long item21 = item(t, agenda, meeting, item2, 2, "2.1", "Udpegning til sundhedskoordinationsudvalget",
                case21, "anbe", t.indexOf("2.1. Udpegning"), t.indexOf("2.2. Status"));
        section(item21, 0, "Indstilling", "Det indstilles, at KKR Syddanmark udpeger to borgmestre.");
        section(item21, 1, "Sagsfremstilling", "Tabellen i kilden: " + RAW_HTML);
        section(item21, 2, "Bilag", "Notat om udpegning");
        long item22 = item(t, agenda, meeting, item2, 3, "2.2", "Status på akutfunktioner", null, null,
                t.indexOf("2.2. Status"), t.length());
        section(item22, 0, "Indstilling", "Det indstilles, at orienteringen tages til efterretning.");
        String presentation = t.substring(t.indexOf("Odense Kommune og"), t.indexOf("\nBeslutning"));
        section(item22, 1, "Sagsfremstilling", presentation);
        section(item22, 2, "Beslutning", "Taget til efterretning.");

        long bundleFile = sourceFile("syddanmark-2020-09-07-bilag.txt", "b".repeat(64), null, BUNDLE_TEXT);
        long bundle = insert("""
                        INSERT INTO document (source_file_id, kind, title, body_id, meeting_id, span_start, span_end)
                        VALUES (?, 'ANNEX_BUNDLE', 'Bilag', ?, ?, 0, ?)""",
                bundleFile, syddanmark, meeting, BUNDLE_TEXT.length());
        long memo = insert("""
                        INSERT INTO document (source_file_id, parent_id, kind, title, body_id, meeting_id,
                                              letter_date, case_number, doc_number, item_number, span_start, span_end)
                        VALUES (?, ?, 'NOTE', 'Notat om udpegning', ?, ?, ?, 'SAG-2020-04198', '2990001', '2.1', ?, ?)""",
                bundleFile, bundle, syddanmark, meeting, LocalDate.of(2020, 9, 1),
                BUNDLE_TEXT.indexOf("NOTAT"), BUNDLE_TEXT.length());
        String annexTitle = "Notat om udpegning";
        int annexStart = t.indexOf(annexTitle, t.indexOf("Bilag\n"));
        insert("INSERT INTO annex (item_id, position, title, document_id, span_start, span_end) VALUES (?, 0, ?, ?, ?, ?)",
                item21, annexTitle, memo, annexStart, annexStart + annexTitle.length());

        long oldMeeting = insert("INSERT INTO meeting (body_id, meeting_date) VALUES (?, ?)",
                hovedstaden, LocalDate.of(2019, 3, 4));
        long oldFile = sourceFile("hovedstaden-2019-03-04.txt", "c".repeat(64), null, OLD_AGENDA_TEXT);
        long oldAgenda = insert("""
                        INSERT INTO document (source_file_id, kind, title, body_id, meeting_id, span_start, span_end)
                        VALUES (?, 'AGENDA', 'Dagsorden', ?, ?, 0, ?)""",
                oldFile, hovedstaden, oldMeeting, OLD_AGENDA_TEXT.length());
        long oldItem = item(OLD_AGENDA_TEXT, oldAgenda, oldMeeting, null, 0, "1", "Meddelelser", null, null,
                OLD_AGENDA_TEXT.indexOf("1. Meddelelser"), OLD_AGENDA_TEXT.length());

        return new Ids(syddanmark, hovedstaden, meeting, oldMeeting, agenda, bundle, memo, oldAgenda,
                item1, item2, item21, item22, oldItem,
                entities(agendaFile, agenda, item22, oldFile, oldAgenda, oldItem, bundleFile, memo));
    }

    /** The entities and the table named in the class comment, as the store writes them. */
    private Mentions entities(long agendaFile, long agenda, long item22, long oldFile, long oldAgenda, long oldItem,
                              long bundleFile, long memo) {
        String t = AGENDA_TEXT;
        LocalDate october1 = LocalDate.of(2020, 10, 1);
        long odense = mention(agendaFile, agenda, item22, t, "MUNICIPALITY", "Odense Kommune og", "Odense Kommune",
                "Odense", null, null, null, ODENSE);
        long kolding = mention(agendaFile, agenda, item22, t, "MUNICIPALITY", "Kolding Kommune har", "Kolding Kommune",
                "Kolding", null, null, null, 621);
        long amount = mention(agendaFile, agenda, item22, t, "AMOUNT", "2,6 mio. kr.", "2,6 mio. kr.", null,
                new BigDecimal("2600000"), null, null, null);
        long deadline = mention(agendaFile, agenda, item22, t, "DEADLINE", "senest 1. oktober 2020",
                "senest 1. oktober 2020", null, null, october1, "senest", null);
        long date = mention(agendaFile, agenda, item22, t, "DATE", "1. oktober 2020", "1. oktober 2020", null, null,
                october1, "DAY", null);
        int tableStart = t.indexOf("Kommune      Udgift");
        int tableEnd = t.indexOf("2.700") + "2.700".length();
        long table = insert("""
                        INSERT INTO text_table (source_file_id, document_id, item_id, position, kind, row_count,
                                                total_row, total_label, span_start, span_end)
                        VALUES (?, ?, ?, 1, 'ALIGNED', 3, 2, 'I alt', ?, ?)""",
                agendaFile, agenda, item22, tableStart, tableEnd);
        insert("""
                        INSERT INTO total_check (table_id, column_no, header, printed, computed, difference, tolerance,
                                                 agrees)
                        VALUES (?, 1, 'Udgift', 2700, 2600, 100, 0, FALSE)""", table);
        long oldOdense = mention(oldFile, oldAgenda, oldItem, OLD_AGENDA_TEXT, "MUNICIPALITY", "Odense Kommune",
                "Odense Kommune", "Odense", null, null, null, ODENSE);
        long memoOdense = mention(bundleFile, memo, null, BUNDLE_TEXT, "MUNICIPALITY", "Odense Kommune",
                "Odense Kommune", "Odense", null, null, null, ODENSE);
        return new Mentions(odense, kolding, amount, deadline, date, table, oldOdense, memoOdense);
    }

    /** A mention of {@code text}, found where {@code context} first stands in {@code fileText}. */
    private long mention(long file, long document, Long item, String fileText, String kind, String context,
                         String text, String value, BigDecimal number, LocalDate date, String qualifier,
                         Integer municipality) {
        int start = fileText.indexOf(context);
        return insert("""
                        INSERT INTO entity_mention (source_file_id, document_id, item_id, kind, text, value_text,
                                                    value_number, date_start, date_end, qualifier, municipality_code,
                                                    span_start, span_end)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                file, document, item, kind, text, value, number, date, date, qualifier, municipality, start,
                start + text.length());
    }

    private long sourceFile(String name, String sha256, String notes, String text) {
        return insert("""
                        INSERT INTO source_file (file_name, sha256, byte_size, media_type, notes, text, imported_at)
                        VALUES (?, ?, ?, 'text/plain', ?, ?, ?)""",
                name, sha256, (long) text.length(), notes, text, OffsetDateTime.parse("2024-01-02T03:04:05Z"));
    }

    /** An item whose title span is found in its own text; spans are absolute offsets into the file's text. */
    private long item(String text, long document, long meeting, Long parent, int position, String number,
                      String title, Long caseId, String caseOwner, int start, int end) {
        int titleStart = text.indexOf(title, start);
        return insert("""
                        INSERT INTO agenda_item (document_id, meeting_id, parent_id, position, number, title, case_id,
                                                 case_owner, span_start, span_end, title_start, title_end)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                document, meeting, parent, position, number, title, caseId, caseOwner, start, end,
                titleStart, titleStart + title.length());
    }

    /** A section of an agenda item; its span runs from its heading to the end of its text. */
    private void section(long item, int position, String heading, String text) {
        int start = AGENDA_TEXT.indexOf(heading + "\n" + text);
        insert("INSERT INTO item_section (item_id, position, heading, text, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)",
                item, position, heading, text, start, start + heading.length() + 1 + text.length());
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
