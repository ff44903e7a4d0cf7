package dk.kkr.store;

import dk.kkr.core.danish.KkrBody;
import dk.kkr.core.danish.ReferenceData;
import dk.kkr.core.model.Attendance;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.MeetingInfo;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.Participant;
import dk.kkr.core.model.SourceText;
import dk.kkr.core.model.Span;
import dk.kkr.core.model.TextChange;
import dk.kkr.core.pipeline.ParsedFile;
import dk.kkr.store.access.Account;
import dk.kkr.store.access.AuditLog;
import dk.kkr.store.access.ItemAccess;
import dk.kkr.store.access.Role;
import dk.kkr.store.read.ArchiveReader;
import dk.kkr.store.read.ClosureNote;
import dk.kkr.store.read.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.groups.Tuple;

/**
 * What the archive database and its write side must do, whichever database runs it. Each subclass gives
 * every test a fresh, empty database of its kind.
 */
abstract class ArchiveContractTest {

    private static final Instant NOW = Instant.parse("2024-03-01T09:30:00Z");
    private static final List<String> TABLES = List.of("body", "source_file", "meeting", "document", "case_file",
            "agenda_item", "item_section", "annex", "text_change", "entity_mention", "text_table", "total_check");

    private Database database;
    private ArchiveStore store;
    private JdbcClient sql;

    /** Opens this test's database; a second call opens the same database again. */
    abstract Database openDatabase();

    abstract String expectedVendor();

    @BeforeEach
    void open() {
        database = openDatabase();
        store = new ArchiveStore(database.dataSource(), Clock.fixed(NOW, ZoneOffset.UTC));
        sql = JdbcClient.create(database.dataSource());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void opensTheExpectedDatabaseWithTheFiveBodies() {
        assertThat(database.vendor()).isEqualTo(expectedVendor());
        assertThat(sql.sql("SELECT name, slug, region FROM body ORDER BY id")
                .query((rs, row) -> new KkrBody(rs.getString(1), rs.getString(2), rs.getString(3))).list())
                .containsExactlyElementsOf(ReferenceData.bodies());
    }

    @Test
    void openingAgainMigratesNothingAndSeedsNothing() {
        store.save(Fixtures.agenda());
        Map<String, Long> before = rowCounts();
        List<Tuple> migrations = history(sql);
        assertThat(migrations).isNotEmpty().allSatisfy(m -> assertThat(m.toList().get(1)).isEqualTo(true));
        try (Database again = openDatabase()) {
            assertThat(history(JdbcClient.create(again.dataSource()))).isEqualTo(migrations);
        }
        assertThat(rowCounts()).isEqualTo(before).containsEntry("body", 5L);
    }

    private static List<Tuple> history(JdbcClient client) {
        return client.sql("""
                        SELECT "version", "success" FROM "flyway_schema_history" WHERE "version" IS NOT NULL
                        ORDER BY "installed_rank"
                        """)
                .query((rs, row) -> tuple(rs.getString(1), rs.getBoolean(2))).list();
    }

    @Test
    void savesAnAgendaWithItemsInOrderUnderTheirParents() {
        ParsedFile agenda = Fixtures.agenda();

        SaveResult result = store.save(agenda);

        assertThat(result).isEqualTo(new SaveResult(SaveResult.Status.NEW, result.sourceFileId(),
                result.documentId(), true, 6, 1, 4, 1));
        assertThat(sql.sql("""
                        SELECT i.position, i.number, p.number, i.title, c.case_number, i.case_owner
                        FROM agenda_item i LEFT JOIN agenda_item p ON p.id = i.parent_id
                        LEFT JOIN case_file c ON c.id = i.case_id
                        WHERE i.document_id = :document ORDER BY i.position""")
                .param("document", result.documentId())
                .query((rs, row) -> tuple(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).list())
                .containsExactly(
                        tuple(1, "1", null, "Godkendelse af referat og dagsorden", null, null),
                        tuple(2, "1.1", "1", "Godkendelse af referat", "SAG-2020-04290", "ssan"),
                        tuple(3, "1.2", "1", "Godkendelse af dagsorden", "SAG-2020-04290", "ssan"),
                        tuple(4, "2", null, "Siden sidst", null, null),
                        tuple(5, "3", null, "Regionalpolitiske sager", null, null),
                        tuple(6, "3.1", "3", "VIP-infrastrukturprojekter", "SAG-2020-04197", "nihj"));
        assertThat(sql.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void savesTheSourceTheFileDocumentAndTheMeeting() {
        ParsedFile agenda = Fixtures.agenda();

        SaveResult result = store.save(agenda);

        assertThat(sql.sql("""
                        SELECT file_name, sha256, byte_size, media_type, notes, text, imported_at
                        FROM source_file WHERE id = :id""")
                .param("id", result.sourceFileId())
                .query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant()))
                .single())
                .isEqualTo(tuple("agenda.txt", agenda.source().sha256(), agenda.source().byteSize(), "text/plain",
                        "Windows-1252 decoded\npage furniture removed", agenda.source().text(), NOW));
        assertThat(sql.sql("""
                        SELECT d.source_file_id, d.parent_id, d.kind, d.title, b.name, m.meeting_date,
                               m.meeting_time, m.location, d.span_start, d.span_end
                        FROM document d JOIN body b ON b.id = d.body_id JOIN meeting m ON m.id = d.meeting_id
                        WHERE d.id = :id""")
                .param("id", result.documentId())
                .query((rs, row) -> tuple(rs.getLong(1), rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalTime.class), rs.getString(8), rs.getInt(9), rs.getInt(10)))
                .single())
                .isEqualTo(tuple(result.sourceFileId(), null, "AGENDA", "Dagsorden", "KKR Hovedstaden",
                        Fixtures.MEETING_DATE, LocalTime.of(10, 0), "Pharmakon, Hillerød", 0,
                        agenda.source().text().length()));
        assertThat(sql.sql("SELECT DISTINCT meeting_id FROM agenda_item").query(Long.class).list())
                .containsExactly(sql.sql("SELECT id FROM meeting").query(Long.class).single());
    }

    @Test
    void savesSectionsInOrderWithSpansIntoTheText() {
        ParsedFile agenda = Fixtures.agenda();
        store.save(agenda);
        String text = agenda.source().text();

        assertThat(sql.sql("""
                        SELECT i.number, s.position, s.heading, s.text, s.span_start, s.span_end
                        FROM item_section s JOIN agenda_item i ON i.id = s.item_id
                        ORDER BY i.position, s.position""")
                .query((rs, row) -> {
                    assertThat(text.substring(rs.getInt(5), rs.getInt(6))).isEqualTo(rs.getString(4));
                    return tuple(rs.getString(1), rs.getInt(2), rs.getString(3));
                }).list())
                .containsExactly(tuple("1.1", 1, "Baggrund"), tuple("1.1", 2, "Indstilling"),
                        tuple("1.2", 1, "Indstilling"), tuple("3.1", 1, "Indstilling"));
    }

    @Test
    void savesEmbeddedDocumentsAndLinksAnnexesToThemWhereUnambiguous() {
        ParsedFile bundle = Fixtures.annexBundle(Fixtures.MEETING_DATE);

        SaveResult result = store.save(bundle);

        assertThat(result.documents()).isEqualTo(4);
        assertThat(result.annexes()).isEqualTo(4);
        assertThat(sql.sql("""
                        SELECT d.kind, d.title, d.item_number, d.letter_date, d.case_number, d.doc_number,
                               d.meeting_id = f.meeting_id, d.body_id = f.body_id, d.span_start, d.span_end
                        FROM document d JOIN document f ON f.id = d.parent_id
                        WHERE d.parent_id = :file ORDER BY d.id""")
                .param("file", result.documentId())
                .query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        rs.getBoolean(7), rs.getBoolean(8), rs.getInt(9), rs.getInt(10))).list())
                .containsExactlyElementsOf(bundle.structure().documents().stream()
                        .map(d -> tuple("NOTE", d.title(), d.item(), d.letterhead().date(), d.letterhead().caseId(),
                                d.letterhead().docId(), true, true, d.span().start(), d.span().end()))
                        .toList());
        assertThat(sql.sql("""
                        SELECT i.number, a.position, a.title, d.title
                        FROM annex a JOIN agenda_item i ON i.id = a.item_id LEFT JOIN document d ON d.id = a.document_id
                        ORDER BY i.position, a.position""")
                .query((rs, row) -> tuple(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4))).list())
                .containsExactly(
                        tuple("3.1", 1, "Notat om VIP-projekter", "Prioritering af projekterne"),
                        tuple("3.6", 1, "Projektbeskrivelse for analyse af mobiliteten",
                                "Projektbeskrivelse for analyse af mobiliteten"),
                        tuple("3.6", 2, "Notat om vision for infrastrukturprojekter",
                                "Notat om vision for infrastrukturprojekter"),
                        tuple("3.8", 1, "Beskrivelse af indsatser", null));
    }

    @Test
    void aSecondFileOfTheSameMeetingReusesItAndFillsInWhatWasUnknown() {
        ParsedFile bundle = Fixtures.annexBundle(Fixtures.MEETING_DATE);
        ParsedFile agenda = Fixtures.agenda();

        SaveResult first = store.save(bundle);
        assertThat(sql.sql("SELECT meeting_time, location FROM meeting")
                .query((rs, row) -> tuple(rs.getObject(1), rs.getObject(2))).single())
                .isEqualTo(tuple(null, null));
        SaveResult second = store.save(agenda);

        assertThat(first.newMeeting()).isTrue();
        assertThat(second.newMeeting()).isFalse();
        assertThat(sql.sql("SELECT meeting_time, location FROM meeting")
                .query((rs, row) -> tuple(rs.getObject(1, LocalTime.class), rs.getString(2))).list())
                .containsExactly(tuple(LocalTime.of(10, 0), "Pharmakon, Hillerød"));
        assertThat(sql.sql("SELECT COUNT(DISTINCT meeting_id) FROM agenda_item").query(Long.class).single())
                .isEqualTo(1);
        assertThat(sql.sql("SELECT COUNT(DISTINCT case_id) FROM agenda_item WHERE number = '3.1'")
                .query(Long.class).single()).as("3.1 in both files is on one case").isEqualTo(1);
    }

    @Test
    void savesWhoAttendedOncePerPersonAndMeeting() {
        String text = "Referat\nDeltagere:\n- Borgmester Anne Holm, Vejle Kommune\nAfbud:\n- Per Berg\n";
        MeetingInfo meeting = new MeetingInfo(Fixtures.MEETING_DATE, null, null, new Span(0, 7));
        Attendance attendance = new Attendance(
                List.of(new Participant("Anne Holm", "Borgmester", "Vejle", new Span(21, 56))),
                List.of(new Participant("Per Berg", null, null, new Span(66, 74))), List.of(), List.of());
        ParsedDocument parsed = new ParsedDocument(DocumentKind.MINUTES, "Referat", "KKR Syddanmark", meeting,
                List.of(), List.of(), attendance);
        store.save(Fixtures.file(Fixtures.source("referat.txt", text, List.of()), parsed));
        store.save(Fixtures.file(Fixtures.source("referat-igen.txt", text + " ", List.of()), parsed));

        assertThat(sql.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(2);
        assertThat(sql.sql("""
                        SELECT p.name, a.status, a.role, a.municipality, a.span_start FROM attendance a
                        JOIN person p ON p.id = a.person_id ORDER BY a.id""")
                .query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5))).list())
                .containsExactly(tuple("Anne Holm", "PRESENT", "Borgmester", "Vejle", 21),
                        tuple("Per Berg", "ABSENT", null, null, 66));
    }

    @Test
    void aKnownMeetingKeepsTheTimeAndPlaceItHas() {
        ParsedFile agenda = Fixtures.agenda();
        store.save(agenda);
        ParsedFile minutes = Fixtures.minutes("referat.txt", "KKR Hovedstaden",
                new MeetingInfo(Fixtures.MEETING_DATE, LocalTime.of(13, 0), "Roskilde", new Span(0, 7)),
                List.of("Siden sidst"), null);

        assertThat(store.save(minutes).newMeeting()).isFalse();

        assertThat(sql.sql("SELECT meeting_time, location FROM meeting")
                .query((rs, row) -> tuple(rs.getObject(1, LocalTime.class), rs.getString(2))).list())
                .containsExactly(tuple(LocalTime.of(10, 0), "Pharmakon, Hillerød"));
    }

    @Test
    void anAnnexBundleWithoutAMeetingDateHasNoMeeting() {
        ParsedFile bundle = Fixtures.annexBundle(null);

        SaveResult result = store.save(bundle);

        assertThat(result.newMeeting()).isFalse();
        assertThat(rowCounts()).containsEntry("meeting", 0L);
        assertThat(sql.sql("SELECT COUNT(*) FROM agenda_item WHERE meeting_id IS NULL").query(Long.class).single())
                .isEqualTo(3);
        assertThat(sql.sql("SELECT COUNT(*) FROM document WHERE meeting_id IS NULL").query(Long.class).single())
                .isEqualTo(4);
    }

    @Test
    void aFileOfAnUnknownBodyIsStoredWithoutBodyOrMeeting() {
        ParsedFile minutes = Fixtures.minutes("referat.txt", "KKR Færøerne", Fixtures.LATER_MEETING,
                List.of("Siden sidst"), null);

        SaveResult result = store.save(minutes);

        assertThat(result.items()).isEqualTo(1);
        assertThat(rowCounts()).containsEntry("meeting", 0L);
        assertThat(sql.sql("SELECT COUNT(*) FROM document WHERE id = :id AND body_id IS NULL")
                .param("id", result.documentId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void savesEachEntityMentionWithItsValueAndTheInnermostItemItStandsIn() {
        ParsedFile minutes = Fixtures.economy();
        String text = minutes.source().text();

        SaveResult result = store.save(minutes);

        List<Tuple> mentions = sql.sql("""
                        SELECT e.kind, e.text, e.value_text, e.value_number, e.date_start, e.date_end, e.qualifier,
                               e.municipality_code, i.number, e.document_id, e.span_start, e.span_end
                        FROM entity_mention e LEFT JOIN agenda_item i ON i.id = e.item_id
                        WHERE e.source_file_id = :file ORDER BY e.span_start, e.span_end DESC, e.kind""")
                .param("file", result.sourceFileId())
                .query((rs, row) -> {
                    assertThat(text.substring(rs.getInt(11), rs.getInt(12))).isEqualTo(rs.getString(2));
                    assertThat(rs.getLong(10)).isEqualTo(result.documentId());
                    var number = rs.getBigDecimal(4);
                    return tuple(rs.getString(1), rs.getString(2), rs.getString(3),
                            number == null ? null : number.stripTrailingZeros().toPlainString(),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7),
                            rs.getObject(8), rs.getString(9));
                }).list();

        assertThat(mentions).hasSameSizeAs(minutes.entities().all());
        LocalDate november2 = LocalDate.of(2020, 11, 2);
        LocalDate december1 = LocalDate.of(2020, 12, 1);
        assertThat(mentions).startsWith(
                tuple("DATE", "2. november 2020", null, null, november2, november2, "DAY", null, null),
                tuple("MUNICIPALITY", "Odense Kommune", "Odense", null, null, null, null, 461, "1"),
                tuple("MUNICIPALITY", "Odense Kommune", "Odense", null, null, null, null, 461, "1.1"),
                tuple("MUNICIPALITY", "Kolding Kommune", "Kolding", null, null, null, null, 621, "1.1"),
                tuple("AMOUNT", "2,6 mio. kr.", null, "2600000", null, null, null, null, "1.1"),
                tuple("DEADLINE", "senest 1. december 2020", null, null, december1, december1, "senest", null, "1.1"),
                tuple("DATE", "1. december 2020", null, null, december1, december1, "DAY", null, "1.1"));
    }

    @Test
    void savesTablesWithTheCheckOfTheirTotalRow() {
        ParsedFile minutes = Fixtures.economy();
        String text = minutes.source().text();

        SaveResult result = store.save(minutes);

        assertThat(sql.sql("""
                        SELECT t.position, t.kind, t.row_count, t.total_row, t.total_label, i.number, t.span_start,
                               t.span_end
                        FROM text_table t LEFT JOIN agenda_item i ON i.id = t.item_id
                        WHERE t.source_file_id = :file""")
                .param("file", result.sourceFileId())
                .query((rs, row) -> {
                    assertThat(text.substring(rs.getInt(7), rs.getInt(8))).startsWith("| Kommune").endsWith("2.700 |");
                    return tuple(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6));
                }).single())
                .isEqualTo(tuple(1, "PIPE", 3, 2, "I alt", "1.1"));
        assertThat(sql.sql("SELECT column_no, header, printed, computed, difference, tolerance, agrees FROM total_check")
                .query((rs, row) -> tuple(rs.getInt(1), rs.getString(2), plain(rs.getBigDecimal(3)),
                        plain(rs.getBigDecimal(4)), plain(rs.getBigDecimal(5)), plain(rs.getBigDecimal(6)),
                        rs.getBoolean(7))).single())
                .isEqualTo(tuple(1, "Beløb", "2700", "2600", "100", "0", false));
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Test
    void keepsTheOriginalOfAnOcrRepairedTextAndEveryChange() {
        String original = "Bilag om Kgbenhavn og teet samarbejde\n";
        String repaired = "Bilag om København og tæt samarbejde\n";
        List<TextChange> changes = List.of(new TextChange(9, "Kgbenhavn", "København", 0.97),
                new TextChange(22, "teet", "tæt", 0.81));
        SourceText read = Fixtures.source("ocr.txt", original, List.of());
        SourceText source = new SourceText(read.fileName(), read.sha256(), read.byteSize(), read.mediaType(),
                repaired, List.of("OCR-rettet: 2 ord"), original, changes);
        ParsedDocument parsed = new ParsedDocument(DocumentKind.OTHER, "Bilag", null, null, List.of(), List.of());

        SaveResult result = store.save(Fixtures.file(source, parsed));

        assertThat(sql.sql("SELECT text, original_text FROM source_file WHERE id = :id")
                .param("id", result.sourceFileId())
                .query((rs, row) -> tuple(rs.getString(1), rs.getString(2))).single())
                .isEqualTo(tuple(repaired, original));
        assertThat(sql.sql("""
                        SELECT original_start, before_text, after_text, confidence FROM text_change
                        WHERE source_file_id = :id ORDER BY position""")
                .param("id", result.sourceFileId())
                .query((rs, row) -> new TextChange(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list())
                .isEqualTo(changes);
        assertThat(changes).allSatisfy(c -> assertThat(original.substring(c.offset())).startsWith(c.before()));
    }

    @Test
    void aTextThatNeededNoRepairHasNoOriginalCopy() {
        ParsedFile agenda = Fixtures.agenda();
        SaveResult result = store.save(agenda);
        assertThat(sql.sql("SELECT original_text FROM source_file WHERE id = :id").param("id", result.sourceFileId())
                .query(String.class).optional()).isEmpty();
        assertThat(rowCounts()).containsEntry("text_change", 0L);
    }

    private static final String MEMO = """
            Kommunerne i regionen har i fællesskab udarbejdet en model for fordeling af praktikpladser på
            pædagogområdet. Modellen bygger på antallet af børn, antallet af indskrevne, stillinger og de
            studerendes bopæl. Den justerede nøgle blev afprøvet i et pilotprojekt i foråret, og de fleste
            kommuner fik kun mindre ændringer. Kommunaldirektørkredsen anbefaler, at nøglen godkendes.
            """;

    private SaveResult memo(String fileName, String text, double quality) {
        return store.save(Fixtures.file(Fixtures.source(fileName, text, List.of()),
                new ParsedDocument(DocumentKind.OTHER, "Notat", null, null, List.of(), List.of()), quality));
    }

    private Map<Long, Long> duplicateOf() {
        Map<Long, Long> links = new LinkedHashMap<>();
        sql.sql("SELECT id, duplicate_of FROM document WHERE parent_id IS NULL ORDER BY id")
                .query((rs, row) -> links.put(rs.getLong(1), (Long) rs.getObject(2, Long.class))).list();
        return links;
    }

    @Test
    void anotherExtractionOfTheSameDocumentIsGroupedUnderTheBetterText() {
        SaveResult clean = memo("notat.txt", MEMO, 0.97);
        SaveResult raw = memo("notat-raa.txt", MEMO.replace("udarbejdet", "udarbej-\ndet")
                .replace("\n", "\n\n") + "\nSide 1 af 1\n", 0.95);
        SaveResult other = memo("andet.txt", """
                Trafikplanen for de kommende år lægger op til færre afgange i landdistrikterne, og kommunerne
                ønsker, at forbindelserne til uddannelsesinstitutionerne bevares i tæt dialog med borgerne.
                """, 0.99);

        assertThat(duplicateOf()).containsEntry(clean.documentId(), null)
                .containsEntry(raw.documentId(), clean.documentId())
                .containsEntry(other.documentId(), null);

        SaveResult best = memo("notat-bedst.md", "# Notat\n\n" + MEMO, 0.99);

        assertThat(duplicateOf()).containsEntry(best.documentId(), null)
                .containsEntry(clean.documentId(), best.documentId())
                .containsEntry(raw.documentId(), best.documentId())
                .containsEntry(other.documentId(), null);
    }

    @Test
    void anItemClosedInOneExtractionIsClosedInABetterOneStoredLater() {
        ParsedFile agenda = Fixtures.agenda();
        SaveResult first = store.save(Fixtures.file(agenda.source(), agenda.structure(), 0.9));
        long item = sql.sql("SELECT id FROM agenda_item WHERE document_id = :d AND number = '1.1'")
                .param("d", first.documentId()).query(Long.class).single();
        Account administrator = new Account(1, "admin", Role.ADMINISTRATOR, List.of(), null, NOW.atOffset(ZoneOffset.UTC));
        new ItemAccess(database.dataSource()).close(item,
                Closure.closed("Godkendelse af et referat", "forvaltningslovens § 27 (tavshedspligt)", "admin"),
                administrator);

        SaveResult better = store.save(Fixtures.file(Fixtures.source("dagsorden-fra-pdf.txt",
                agenda.source().text() + "\nSide 1 af 1\n", List.of()), agenda.structure(), 1.0));

        assertThat(duplicateOf()).containsEntry(better.documentId(), null)
                .containsEntry(first.documentId(), better.documentId());
        assertThat(sql.sql("SELECT number, public_title FROM agenda_item WHERE document_id = :d AND closed")
                .param("d", better.documentId())
                .query((rs, row) -> rs.getString(1) + " " + rs.getString(2)).list())
                .containsExactly("1.1 Godkendelse af et referat");
    }

    @Test
    void anAnnexClosedInOneExtractionIsClosedWithItsMemoInABetterOneStoredLater() {
        ParsedFile bundle = Fixtures.annexBundle(Fixtures.MEETING_DATE);
        SaveResult first = store.save(Fixtures.file(bundle.source(), bundle.structure(), 0.9));
        long annex = sql.sql("""
                        SELECT a.id FROM annex a JOIN agenda_item i ON i.id = a.item_id
                        WHERE i.document_id = :d AND a.title = 'Notat om vision for infrastrukturprojekter'""")
                .param("d", first.documentId()).query(Long.class).single();
        Account administrator = new Account(1, "admin", Role.ADMINISTRATOR, List.of(), null, NOW.atOffset(ZoneOffset.UTC));
        ItemAccess.ClosedAnnex closed = new ItemAccess(database.dataSource()).closeAnnex(annex,
                Closure.closed("Et notat om infrastruktur", "offentlighedslovens § 23 (interne dokumenter)", "admin"),
                administrator);
        assertThat(closed.memos()).hasSize(1);

        SaveResult better = store.save(Fixtures.file(Fixtures.source("bilag-fra-pdf.txt",
                bundle.source().text() + "\nSide 1 af 1\n", List.of()), bundle.structure(), 1.0));

        assertThat(duplicateOf()).containsEntry(first.documentId(), better.documentId());
        assertThat(sql.sql("""
                        SELECT i.number || ' ' || a.title || ' ' || a.public_title FROM annex a
                        JOIN agenda_item i ON i.id = a.item_id WHERE i.document_id = :d AND a.closed""")
                .param("d", better.documentId()).query(String.class).list())
                .containsExactly("3.6 Notat om vision for infrastrukturprojekter Et notat om infrastruktur");
        assertThat(sql.sql("SELECT title FROM document WHERE parent_id = :d AND closed")
                .param("d", better.documentId()).query(String.class).list())
                .containsExactly("Notat om vision for infrastrukturprojekter");
        ArchiveReader anyone = new ArchiveReader(database.dataSource(), Viewer.PUBLIC);
        assertThat(anyone.document(better.documentId()).orElseThrow().text())
                .contains("[Lukket bilag]").doesNotContain("Dok. ID: 3286366");
    }

    @Test
    void aClosedFileIsReadOnlyByTheAccountsOfItsKkrAndAdministrators() {
        SaveResult closed = store.save(Fixtures.agenda(),
                Closure.closed("Udbud af rengøring på rådhusene", "forvaltningslovens § 27", "sekretariat"));
        long itemId = sql.sql("SELECT MIN(id) FROM agenda_item WHERE document_id = :d")
                .param("d", closed.documentId()).query(Long.class).single();
        long meetingId = sql.sql("SELECT meeting_id FROM document WHERE id = :d")
                .param("d", closed.documentId()).query(Long.class).single();
        assertThat(sql.sql("SELECT closed, public_title, legal_basis FROM document WHERE id = :d")
                .param("d", closed.documentId()).query((rs, row) -> List.of(rs.getBoolean(1), rs.getString(2),
                        rs.getString(3))).single())
                .containsExactly(true, "Udbud af rengøring på rådhusene", "forvaltningslovens § 27");

        Viewer member = new Viewer.Reader("anne", Set.of("hovedstaden"), false);
        Viewer otherKkr = new Viewer.Reader("bo", Set.of("sjaelland", "syddanmark"), false);
        Viewer administrator = new Viewer.Reader("admin", Set.of(), true);
        for (Viewer viewer : List.of(Viewer.PUBLIC, otherKkr)) {
            ArchiveReader reader = new ArchiveReader(database.dataSource(), viewer);
            assertThat(reader.document(closed.documentId())).as(viewer.toString()).isEmpty();
            assertThat(reader.item(itemId)).as(viewer.toString()).isEmpty();
            assertThat(reader.latestDocuments(10)).as(viewer.toString()).isEmpty();
            assertThat(reader.latestMeetings(10)).as(viewer.toString()).singleElement()
                    .satisfies(meeting -> assertThat(meeting.itemCount()).isZero());
            assertThat(reader.meeting(meetingId)).hasValueSatisfying(
                    meeting -> assertThat(meeting.documents()).isEmpty());
        }
        for (Viewer viewer : List.of(member, administrator)) {
            ArchiveReader reader = new ArchiveReader(database.dataSource(), viewer);
            assertThat(reader.document(closed.documentId())).as(viewer.toString()).isPresent();
            assertThat(reader.item(itemId)).as(viewer.toString()).isPresent();
            assertThat(reader.latestDocuments(10)).as(viewer.toString()).hasSize(1);
        }
    }

    @Test
    void theAuditLogHasWhoImportedClosedMaterialAndEveryAccountThatOpenedIt() {
        SaveResult open = store.save(Fixtures.file(Fixtures.source("notat.txt", "# Notat\n\n" + MEMO, List.of()),
                new ParsedDocument(DocumentKind.OTHER, "Notat", null, null, List.of(), List.of()), 0.97));
        SaveResult closed = store.save(Fixtures.agenda(),
                Closure.closed("Udbud af rengøring på rådhusene", "forvaltningslovens § 27", "kommandolinjen (sekr)"));
        long itemId = sql.sql("SELECT MIN(id) FROM agenda_item WHERE document_id = :d")
                .param("d", closed.documentId()).query(Long.class).single();
        AuditLog audit = new AuditLog(database.dataSource());
        assertThat(audit.latest(10)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditLog.Action.IMPORTED);
            assertThat(entry.actor()).isEqualTo("kommandolinjen (sekr)");
            assertThat(entry.documentId()).isEqualTo(closed.documentId());
            assertThat(entry.publicTitle()).isEqualTo("Udbud af rengøring på rådhusene");
        });

        ArchiveReader member = new ArchiveReader(database.dataSource(),
                new Viewer.Reader("anne", Set.of("hovedstaden"), false));
        assertThat(member.document(closed.documentId()).orElseThrow().closure())
                .isEqualTo(new ClosureNote("Udbud af rengøring på rådhusene", "forvaltningslovens § 27"));
        assertThat(member.item(itemId).orElseThrow().closure()).isNotNull();
        assertThat(member.document(open.documentId()).orElseThrow().closure()).as("open material").isNull();
        new ArchiveReader(database.dataSource(), Viewer.PUBLIC).document(open.documentId());
        new ArchiveReader(database.dataSource(), Viewer.PUBLIC).document(closed.documentId());

        List<AuditLog.Entry> entries = audit.latest(10);
        assertThat(entries).as("opening open material, or failing to open closed, is not logged").hasSize(3);
        assertThat(entries).filteredOn(e -> e.action() == AuditLog.Action.OPENED)
                .extracting(AuditLog.Entry::actor, AuditLog.Entry::documentId, AuditLog.Entry::itemId)
                .containsExactlyInAnyOrder(tuple("anne", closed.documentId(), null),
                        tuple("anne", closed.documentId(), itemId));
        assertThat(audit.latest(1)).singleElement().extracting(AuditLog.Entry::itemId).as("newest first")
                .isEqualTo(itemId);
    }

    @Test
    void aClosedFileIsNeverGroupedWithAnOpenExtractionOfIt() {
        SaveResult open = memo("notat.txt", MEMO, 0.97);
        SaveResult closed = store.save(Fixtures.file(Fixtures.source("notat-lukket.txt", "# Notat\n\n" + MEMO,
                        List.of()), new ParsedDocument(DocumentKind.OTHER, "Notat", null, null, List.of(), List.of()),
                0.99), Closure.closed("Notat om trafikplanen", "offentlighedslovens § 23", "sekretariat"));

        assertThat(duplicateOf()).containsEntry(open.documentId(), null).containsEntry(closed.documentId(), null);
    }

    @Test
    void closingAsksForAPublicTitleAndALegalBasis() {
        assertThatThrownBy(() -> Closure.closed("Udbud", " ", "sekretariat")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hjemmel");
        assertThatThrownBy(() -> Closure.closed(null, "forvaltningslovens § 27", "sekretariat"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Closure.closed("Udbud", "forvaltningslovens § 27", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hvem der lukker det");
        assertThat(Closure.closed("  Udbud af rengøring ", "§ 27 ", " sekretariat ")).isEqualTo(
                new Closure(true, "Udbud af rengøring", "§ 27", "sekretariat"));
    }

    @Test
    void savingAKnownFileAgainWritesNothing() {
        ParsedFile agenda = Fixtures.agenda();
        SaveResult first = store.save(agenda);
        Map<String, Long> before = rowCounts();

        SaveResult again = store.save(agenda);

        assertThat(again).isEqualTo(new SaveResult(SaveResult.Status.KNOWN, first.sourceFileId(),
                first.documentId(), false, 0, 0, 0, 0));
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFileThatFailsHalfwayLeavesNoTraceAndEarlierFilesIntact() {
        ParsedFile agenda = Fixtures.agenda();
        store.save(agenda);
        Map<String, Long> before = rowCounts();
        ParsedFile broken = Fixtures.minutes("referat.txt", "KKR Hovedstaden", Fixtures.LATER_MEETING,
                List.of("Siden sidst", "Orientering", "x".repeat(2001)), "SAG-2021-00001");

        assertThatThrownBy(() -> store.save(broken))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(store.isKnown(broken.source().sha256())).isFalse();
        assertThat(store.isKnown(agenda.source().sha256())).isTrue();
    }

    @Test
    void countsWhatTheArchiveHolds() {
        assertThat(store.counts()).isEqualTo(new ArchiveCounts(0, 0, 0, 0));
        ParsedFile agenda = Fixtures.agenda();
        ParsedFile bundle = Fixtures.annexBundle(Fixtures.MEETING_DATE);
        store.save(agenda);
        store.save(bundle);

        assertThat(store.counts()).isEqualTo(new ArchiveCounts(2, 1, 9, 5));
        assertThat(store.isKnown(bundle.source().sha256())).isTrue();
        assertThat(store.isKnown("0".repeat(64))).isFalse();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }
}
