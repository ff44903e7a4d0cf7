package dk.kkr.store.oparl;

import dk.kkr.store.read.Viewer;
import dk.kkr.store.oparl.OparlReader.Item;
import dk.kkr.store.oparl.OparlReader.TimeFilter;
import dk.kkr.store.oparl.OparlReader.Window;
import dk.kkr.store.read.ArchiveFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OParl read queries over the shared fixture, on H2 here and on PostgreSQL in a subclass. */
class OparlReaderTest {

    private static final OffsetDateTime IMPORTED = OffsetDateTime.parse("2024-01-02T03:04:05Z");
    private static final Window ALL = new Window(TimeFilter.NONE, 0, 100);

    private ArchiveFixture.Ids ids;
    private OparlReader reader;

    /** The fixture in a fresh database; subclasses choose another database. */
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load();
    }

    @BeforeEach
    void loadFixture() {
        ArchiveFixture.Loaded loaded = archive();
        ids = loaded.ids();
        reader = new OparlReader(loaded.dataSource(), Viewer.PUBLIC);
    }

    @Test
    void bodiesArePagedAndStampedByTheirDocuments() {
        var firstTwo = reader.bodies(new Window(TimeFilter.NONE, 0, 2));
        assertThat(firstTwo.total()).isEqualTo(5);
        assertThat(firstTwo.rows()).hasSize(2);
        assertThat(reader.bodies(new Window(TimeFilter.NONE, 4, 2)).rows()).hasSize(1);
        var syddanmark = reader.body(ids.syddanmark()).orElseThrow();
        assertThat(syddanmark.stamp().created()).isEqualTo(IMPORTED);
        assertThat(syddanmark.stamp().modified()).isEqualTo(IMPORTED);
        assertThat(reader.bodies(ALL).rows()).filteredOn(b -> b.slug().equals("sjaelland"))
                .singleElement().satisfies(b -> assertThat(b.stamp().created()).isNull());
    }

    @Test
    void timeFiltersAreInclusiveBounds() {
        assertThat(reader.items(ids.syddanmark(), new Window(new TimeFilter(IMPORTED, null, null, null), 0, 100))
                .total()).isEqualTo(4);
        assertThat(reader.items(ids.syddanmark(), new Window(new TimeFilter(IMPORTED.plusSeconds(1), null, null, null), 0, 100))
                .total()).isZero();
        assertThat(reader.items(ids.syddanmark(), new Window(new TimeFilter(null, null, null, IMPORTED.minusSeconds(1)), 0, 100))
                .total()).isZero();
        assertThat(reader.bodies(new Window(new TimeFilter(null, IMPORTED, null, null), 0, 100)).total())
                .as("bodies without documents have no times and fall out of a filtered list").isEqualTo(2);
    }

    @Test
    void meetingsWithTheirFiles() {
        var meetings = reader.meetings(ids.syddanmark(), ALL);
        assertThat(meetings.rows()).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2020, 9, 7));
            assertThat(m.location()).isEqualTo("Comwell Kolding");
            assertThat(m.files()).extracting(OparlReader.FileRef::kind).containsExactly("AGENDA", "ANNEX_BUNDLE");
        });
        assertThat(reader.itemsOfMeeting(ids.meeting())).extracting(Item::number).containsExactly("1", "2", "2.1", "2.2");
    }

    @Test
    void itemsConsultationsAndPapers() {
        assertThat(reader.items(ids.syddanmark(), new Window(TimeFilter.NONE, 1, 2)).rows()).extracting(Item::id)
                .containsExactly(ids.item2(), ids.item21());
        assertThat(reader.consultations(ids.syddanmark(), ALL).rows()).extracting(Item::id)
                .containsExactly(ids.item2(), ids.item21());
        Item item21 = reader.item(ids.item21()).orElseThrow();
        assertThat(item21.caseNumber()).isEqualTo("SAG-2020-04198");
        assertThat(reader.annexFiles(ids.item21())).containsExactly(ids.memo());
        assertThat(reader.sections(ids.item22())).extracting(OparlReader.Section::heading)
                .containsSubsequence("Indstilling", "Beslutning");

        var papers = reader.papers(ids.syddanmark(), ALL).rows();
        assertThat(papers).extracting(OparlReader.Paper::caseNumber).containsExactly("SAG-2020-04197", "SAG-2020-04198");
        var paper = papers.get(1);
        assertThat(paper.name()).isEqualTo("Udpegning til sundhedskoordinationsudvalget");
        assertThat(paper.caseOwner()).isEqualTo("anbe");
        assertThat(paper.bodyId()).isEqualTo(ids.syddanmark());
        assertThat(reader.filesOfCase(paper.id())).containsExactly(ids.memo());
        assertThat(reader.itemsOfCase(paper.id())).extracting(Item::id).containsExactly(ids.item21());
        assertThat(reader.papers(ids.hovedstaden(), ALL).total()).isZero();
    }

    @Test
    void filesWithTheirTextPartsItemsAndCases() {
        var memo = reader.file(ids.memo()).orElseThrow();
        assertThat(memo.text()).isEqualTo(ArchiveFixture.BUNDLE_TEXT.substring(ArchiveFixture.BUNDLE_TEXT.indexOf("NOTAT")));
        assertThat(memo.parentId()).isEqualTo(ids.bundle());
        assertThat(memo.items()).containsExactly(ids.item21());
        assertThat(memo.cases()).hasSize(1);
        assertThat(memo.docNumber()).isEqualTo("2990001");
        assertThat(reader.file(ids.bundle()).orElseThrow().parts()).containsExactly(ids.memo());
        assertThat(reader.files(ids.syddanmark(), ALL).total()).isEqualTo(3);
    }

    @Test
    void locationsLatestItemsAndCounts() {
        assertThat(reader.locations(ids.syddanmark(), ALL).rows()).extracting(OparlReader.Location::description)
                .containsExactly("Comwell Kolding");
        assertThat(reader.locations(ids.hovedstaden(), ALL).total()).isZero();
        assertThat(reader.meetingsAt("Comwell Kolding")).containsExactly(ids.meeting());
        assertThat(reader.bodiesAt("Comwell Kolding")).containsExactly(ids.syddanmark());
        assertThat(reader.latestItems(ids.syddanmark(), 2)).extracting(Item::id).containsExactly(ids.item22(), ids.item21());
        assertThat(reader.latestItemsNaming(ArchiveFixture.ODENSE, 10)).extracting(Item::id)
                .containsExactly(ids.oldItem(), ids.item22());
        assertThat(reader.deadlinesNaming(ArchiveFixture.ODENSE)).singleElement().satisfies(deadline -> {
            assertThat(deadline.due()).isEqualTo(LocalDate.of(2020, 10, 1));
            assertThat(deadline.itemId()).isEqualTo(ids.item22());
            assertThat(deadline.text()).isEqualTo("senest 1. oktober 2020");
        });
        assertThat(reader.deadlinesNaming(751)).isEmpty();
        assertThat(reader.counts()).containsAllEntriesOf(Map.of("body", 5L, "meeting", 2L, "agenda_item", 5L,
                "case_file", 2L, "document", 4L, "consultation", 2L, "location", 1L));
    }
}
