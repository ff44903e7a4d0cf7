package dk.kkr.store.read;

import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.Letterhead;
import dk.kkr.store.MentionKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static dk.kkr.store.read.ArchiveFixture.AGENDA_TEXT;
import static dk.kkr.store.read.ArchiveFixture.BUNDLE_TEXT;
import static dk.kkr.store.read.ArchiveFixture.RAW_HTML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The reader's queries over the shared fixture, on H2 here and on PostgreSQL in a subclass. */
class ArchiveReaderTest {

    private ArchiveFixture.Ids ids;
    private ArchiveReader reader;

    /** The fixture in a fresh database; subclasses choose another database. */
    ArchiveFixture.Loaded archive() {
        return ArchiveFixture.load();
    }

    @BeforeEach
    void loadFixture() {
        ArchiveFixture.Loaded loaded = archive();
        ids = loaded.ids();
        reader = new ArchiveReader(loaded.dataSource(), Viewer.PUBLIC);
    }

    @Test
    void bodiesComeByNameWithTheirMeetingCounts() {
        assertThat(reader.bodies()).extracting(BodyView::name).containsExactly(
                "KKR Hovedstaden", "KKR Midtjylland", "KKR Nordjylland", "KKR Sjælland", "KKR Syddanmark");
        assertThat(reader.bodies()).filteredOn(b -> b.slug().equals("syddanmark")).singleElement()
                .isEqualTo(new BodyView(ids.syddanmark(), "KKR Syddanmark", "syddanmark", "Region Syddanmark", 1));
        assertThat(reader.bodies()).filteredOn(b -> b.slug().equals("sjaelland"))
                .extracting(BodyView::meetingCount).containsExactly(0);
    }

    @Test
    void latestMeetingsComeNewestFirstWithBodyAndItemCount() {
        assertThat(reader.latestMeetings(10)).containsExactly(
                new MeetingSummary(ids.meeting(), "KKR Syddanmark", "syddanmark", LocalDate.of(2020, 9, 7),
                        LocalTime.of(10, 0), "Comwell Kolding", 4),
                new MeetingSummary(ids.oldMeeting(), "KKR Hovedstaden", "hovedstaden", LocalDate.of(2019, 3, 4),
                        null, null, 1));
        assertThat(reader.latestMeetings(1)).extracting(MeetingSummary::id).containsExactly(ids.meeting());
    }

    @Test
    void latestMeetingsOfOneBody() {
        assertThat(reader.latestMeetings("hovedstaden", 10)).extracting(MeetingSummary::id)
                .containsExactly(ids.oldMeeting());
        assertThat(reader.latestMeetings("sjaelland", 10)).isEmpty();
        assertThat(reader.latestMeetings("ingen", 10)).isEmpty();
    }

    @Test
    void meetingHasItsItemsInOrderWithDepthAndCase() {
        MeetingView meeting = reader.meeting(ids.meeting()).orElseThrow();
        assertThat(meeting.meeting().bodyName()).isEqualTo("KKR Syddanmark");
        assertThat(meeting.documents()).containsExactly(
                new DocumentRef(ids.agenda(), DocumentKind.AGENDA, "Dagsorden"),
                new DocumentRef(ids.bundle(), DocumentKind.ANNEX_BUNDLE, "Bilag"));
        assertThat(meeting.items()).containsExactly(
                new ItemSummary(ids.item1(), null, "1", "Godkendelse af dagsorden", 0, null, null, ids.agenda()),
                new ItemSummary(ids.item2(), null, "2", "Sundhedsområdet", 0, "SAG-2020-04197", "nihj", ids.agenda()),
                new ItemSummary(ids.item21(), ids.item2(), "2.1", "Udpegning til sundhedskoordinationsudvalget", 1,
                        "SAG-2020-04198", "anbe", ids.agenda()),
                new ItemSummary(ids.item22(), ids.item2(), "2.2", "Status på akutfunktioner", 1, null, null,
                        ids.agenda()));
    }

    @Test
    void itemHasSectionsAnnexesParentNeighboursAndItsPlaceInTheSource() {
        ItemView item = reader.item(ids.item21()).orElseThrow();
        assertThat(item.number()).isEqualTo("2.1");
        assertThat(item.caseNumber()).isEqualTo("SAG-2020-04198");
        assertThat(item.caseOwner()).isEqualTo("anbe");
        assertThat(item.meeting().id()).isEqualTo(ids.meeting());
        assertThat(item.parent()).isEqualTo(new ItemRef(ids.item2(), "2", "Sundhedsområdet"));
        assertThat(item.sections()).extracting(SectionView::heading)
                .containsExactly("Indstilling", "Sagsfremstilling", "Bilag");
        assertThat(item.sections().get(0).text()).isEqualTo("Det indstilles, at KKR Syddanmark udpeger to borgmestre.");
        assertThat(item.sections().get(1).text()).endsWith(RAW_HTML);
        assertThat(item.sections().get(0).span().of(AGENDA_TEXT)).startsWith("Indstilling\nDet indstilles");
        assertThat(item.annexes()).singleElement().satisfies(annex -> {
            assertThat(annex.title()).isEqualTo("Notat om udpegning");
            assertThat(annex.documentId()).isEqualTo(ids.memo());
        });
        assertThat(item.document()).isEqualTo(new DocumentRef(ids.agenda(), DocumentKind.AGENDA, "Dagsorden"));
        assertThat(item.span().of(AGENDA_TEXT)).startsWith("2.1. Udpegning").endsWith("Notat om udpegning\n");
        assertThat(item.previous()).isEqualTo(new ItemRef(ids.item2(), "2", "Sundhedsområdet"));
        assertThat(item.next()).isEqualTo(new ItemRef(ids.item22(), "2.2", "Status på akutfunktioner"));
    }

    @Test
    void firstAndLastItemsHaveOneNeighbourAndTopLevelItemsNoParent() {
        ItemView first = reader.item(ids.item1()).orElseThrow();
        assertThat(first.previous()).isNull();
        assertThat(first.parent()).isNull();
        assertThat(first.caseNumber()).isNull();
        assertThat(reader.item(ids.item22()).orElseThrow().next()).isNull();
    }

    @Test
    void documentHasItsTextLetterheadSourceItemSpansAndMemos() {
        DocumentView agenda = reader.document(ids.agenda()).orElseThrow();
        assertThat(agenda.kind()).isEqualTo(DocumentKind.AGENDA);
        assertThat(agenda.bodyName()).isEqualTo("KKR Syddanmark");
        assertThat(agenda.meeting().id()).isEqualTo(ids.meeting());
        assertThat(agenda.text()).isEqualTo(AGENDA_TEXT).contains(RAW_HTML);
        assertThat(agenda.source().fileName()).isEqualTo("syddanmark-2020-09-07-dagsorden.txt");
        assertThat(agenda.source().sha256()).isEqualTo(ArchiveFixture.SYDDANMARK_SHA256);
        assertThat(agenda.source().notes()).containsExactly("Windows-1252 afkodet", "linjeskift normaliseret");
        assertThat(agenda.items()).extracting(ItemSpan::number).containsExactly("1", "2", "2.1", "2.2");
        assertThat(agenda.items().get(2).span().of(agenda.text())).startsWith("2.1. Udpegning");
        assertThat(agenda.memos()).isEmpty();
        assertThat(agenda.parent()).isNull();

        DocumentView bundle = reader.document(ids.bundle()).orElseThrow();
        assertThat(bundle.memos()).containsExactly(new DocumentRef(ids.memo(), DocumentKind.NOTE, "Notat om udpegning"));
        assertThat(bundle.source().notes()).isEmpty();
    }

    @Test
    void memoTextIsItsOwnPartOfTheFile() {
        DocumentView memo = reader.document(ids.memo()).orElseThrow();
        assertThat(memo.text()).isEqualTo(BUNDLE_TEXT.substring(BUNDLE_TEXT.indexOf("NOTAT")));
        assertThat(memo.letterhead()).isEqualTo(new Letterhead(LocalDate.of(2020, 9, 1), "SAG-2020-04198", "2990001"));
        assertThat(memo.parent()).isEqualTo(new DocumentRef(ids.bundle(), DocumentKind.ANNEX_BUNDLE, "Bilag"));
        assertThat(memo.items()).isEmpty();
    }

    @Test
    void itemHasTheEntitiesOfItsOwnTextWithTheirValuesAndSpans() {
        ArchiveFixture.Mentions m = ids.mentions();
        ItemEntities entities = reader.item(ids.item22()).orElseThrow().entities();
        assertThat(entities.amounts()).singleElement().satisfies(amount -> {
            assertThat(amount.id()).isEqualTo(m.amount());
            assertThat(amount.kind()).isEqualTo(MentionKind.AMOUNT);
            assertThat(amount.number()).isEqualTo(new BigDecimal("2600000"));
            assertThat(amount.span().of(AGENDA_TEXT)).isEqualTo("2,6 mio. kr.").isEqualTo(amount.text());
        });
        assertThat(entities.municipalities()).extracting(MentionView::id, MentionView::value,
                        MentionView::municipalityCode)
                .containsExactly(tuple(m.odense(), "Odense", ArchiveFixture.ODENSE), tuple(m.kolding(), "Kolding", 621));
        assertThat(entities.deadlines()).singleElement().satisfies(deadline -> {
            assertThat(deadline.span().of(AGENDA_TEXT)).isEqualTo("senest 1. oktober 2020");
            assertThat(deadline.end()).isEqualTo(LocalDate.of(2020, 10, 1));
            assertThat(deadline.qualifier()).isEqualTo("senest");
        });
        assertThat(entities.dates()).extracting(MentionView::id).containsExactly(m.date());
        assertThat(entities.organisations()).isEmpty();

        ItemEntities parent = reader.item(ids.item2()).orElseThrow().entities();
        assertThat(List.of(parent.amounts(), parent.municipalities(), parent.deadlines(), parent.dates()))
                .as("a sub-item's mentions are its own").allSatisfy(list -> assertThat(list).isEmpty());
    }

    @Test
    void documentHasItsMentionsAndTotalChecksWithSpansInItsOwnText() {
        DocumentView agenda = reader.document(ids.agenda()).orElseThrow();
        assertThat(agenda.mentions()).extracting(MentionView::id).containsExactly(ids.mentions().odense(),
                ids.mentions().kolding(), ids.mentions().amount(), ids.mentions().deadline(), ids.mentions().date());
        assertThat(agenda.totals()).singleElement().satisfies(total -> {
            assertThat(total.tableId()).isEqualTo(ids.mentions().table());
            assertThat(total.totalLabel()).isEqualTo("I alt");
            assertThat(total.columnsChecked()).isEqualTo(1);
            assertThat(total.span().of(agenda.text())).startsWith("Kommune      Udgift").endsWith("2.700");
            assertThat(total.discrepancies()).containsExactly(new TotalCheckView.Discrepancy(1, "Udgift",
                    new BigDecimal("2700"), new BigDecimal("2600"), new BigDecimal("100")));
        });

        DocumentView memo = reader.document(ids.memo()).orElseThrow();
        assertThat(memo.mentions()).singleElement().satisfies(mention ->
                assertThat(mention.span().of(memo.text())).isEqualTo("Odense Kommune"));
        assertThat(memo.totals()).isEmpty();
    }

    @Test
    void everyMunicipalityIsListedWithItsCounts() {
        List<MunicipalitySummary> all = reader.municipalities();
        assertThat(all).hasSize(98);
        assertThat(all).filteredOn(s -> s.code() == ArchiveFixture.ODENSE).singleElement()
                .isEqualTo(new MunicipalitySummary(ArchiveFixture.ODENSE, "Odense", "Region Syddanmark", 2, 3));
        assertThat(all).filteredOn(s -> s.name().equals("København")).singleElement()
                .extracting(MunicipalitySummary::items, MunicipalitySummary::mentions).containsExactly(0, 0);
    }

    @Test
    void municipalityListsTheItemsNamingItNewestMeetingFirstAndTheDocumentsOutsideItems() {
        MunicipalityView odense = reader.municipality(ArchiveFixture.ODENSE).orElseThrow();
        assertThat(odense.name()).isEqualTo("Odense");
        assertThat(odense.kkr()).isEqualTo("KKR Syddanmark");
        assertThat(odense.items()).containsExactly(
                new MunicipalityView.MentioningItem(ids.item22(), "2.2", "Status på akutfunktioner", ids.meeting(),
                        LocalDate.of(2020, 9, 7), "KKR Syddanmark", ids.agenda(), 1, ids.mentions().odense()),
                new MunicipalityView.MentioningItem(ids.oldItem(), "1", "Meddelelser", ids.oldMeeting(),
                        LocalDate.of(2019, 3, 4), "KKR Hovedstaden", ids.oldAgenda(), 1, ids.mentions().oldOdense()));
        assertThat(odense.documents()).containsExactly(new MunicipalityView.MentioningDocument(
                new DocumentRef(ids.memo(), DocumentKind.NOTE, "Notat om udpegning"), 1, ids.mentions().memoOdense()));
        assertThat(reader.municipality(101).orElseThrow().items()).isEmpty();
        assertThat(reader.municipality(999)).isEmpty();
    }

    @Test
    void missingIdsGiveEmptyResults() {
        assertThat(reader.meeting(999_999)).isEmpty();
        assertThat(reader.item(999_999)).isEmpty();
        assertThat(reader.document(999_999)).isEmpty();
    }
}
