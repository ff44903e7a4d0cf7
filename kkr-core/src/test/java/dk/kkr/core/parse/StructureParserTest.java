package dk.kkr.core.parse;

import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.ParsedDocument;
import dk.kkr.core.model.ParsedItem;
import dk.kkr.core.model.Section;
import dk.kkr.core.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agenda and annex bundle grammar on small made-up texts. */
class StructureParserTest {

    private static final String AGENDA = """
            DAGSORDEN 2031

            KKR SJÆLLAND

            Dato: 3. marts 2031
            Sted: Rådhuset, Torvet 1 - Sorø
            Tid: kl. 9.30

            1.\tGodkendelse af dagsorden\t2
            2.\tVeje og broer.....\t3
            2.1.\tNy bro over fjorden\t3

            1. Godkendelse af dagsorden

            SAG-2031-00017 abcd

            Indstilling

            Det indstilles, at dagsordenen godkendes.

            2. Veje og broer

            2.1. **Ny bro over fjorden**

            SAG-2031-00042 efgh

            Baggrund

            Baggrunden er kort fortalt denne.

            Baggrund og formål beskrives nærmere i bilaget.

            2. runde af høringen begynder i maj.

            1) Første delprojekt

            - 3) Tredje delprojekt

            2030 blev året for forundersøgelsen.

            5. Noget der ikke passer i rækken

            Sagsfremstilling

            Opgaven fordeles sådan

            Bilag:

            Skitse af broen
            - Økonomioversigt

            3. Eventuelt
            """;

    private final StructureParser parser = new StructureParser();

    private ParsedDocument parse(String text) {
        return parser.parse(Corpus.snippet(text));
    }

    private static List<String> numbers(ParsedDocument doc) {
        return doc.items().stream().map(ParsedItem::number).toList();
    }

    @Test
    void agendaHeaderGivesKindBodyAndMeeting() {
        ParsedDocument doc = parse(AGENDA);
        assertEquals(DocumentKind.AGENDA, doc.kind());
        assertEquals("KKR Sjælland", doc.body());
        assertEquals(LocalDate.of(2031, 3, 3), doc.meeting().date());
        assertEquals(LocalTime.of(9, 30), doc.meeting().time());
        assertEquals("Rådhuset, Torvet 1 - Sorø", doc.meeting().location());
        assertEquals("Dagsorden, KKR Sjælland 3. marts 2031", doc.title());
        String header = doc.meeting().span().of(AGENDA);
        assertTrue(header.startsWith("DAGSORDEN") && header.contains("Sted:"), header);
    }

    @Test
    void numericDateAndTimeOnTheDateLine() {
        ParsedDocument doc = parse("REFERAT\n\nKKR NORDJYLLAND\n\nDato: 07-09-2030 10:00\n\n1. Punkt\n");
        assertEquals(DocumentKind.MINUTES, doc.kind());
        assertEquals(LocalDate.of(2030, 9, 7), doc.meeting().date());
        assertEquals(LocalTime.of(10, 0), doc.meeting().time());
    }

    @Test
    void tableOfContentsLinesAreNotItemsAndNumberedParagraphsAreNotItems() {
        ParsedDocument doc = parse(AGENDA);
        assertEquals(List.of("1", "2", "2.1", "3"), numbers(doc));
        assertEquals("Ny bro over fjorden", doc.items().get(2).title());
        assertEquals("Eventuelt", doc.items().get(3).title());
    }

    @Test
    void caseLineGivesCaseIdAndOwner() {
        ParsedItem item = parse(AGENDA).items().get(2);
        assertEquals("SAG-2031-00042", item.caseId());
        assertEquals("efgh", item.caseOwner());
        ParsedItem withoutOwner = parse("DAGSORDEN\n\n1. Punkt\n\nSAG-2031-00001\n").items().get(0);
        assertEquals("SAG-2031-00001", withoutOwner.caseId());
        assertNull(withoutOwner.caseOwner());
    }

    @Test
    void sectionsFollowTheVocabularyAndOnlyWholeLinesAreHeadings() {
        ParsedItem item = parse(AGENDA).items().get(2);
        assertEquals(List.of("Baggrund", "Sagsfremstilling", "Bilag"),
                item.sections().stream().map(Section::heading).toList());
        String background = item.sections().get(0).text();
        assertTrue(background.startsWith("Baggrunden er kort fortalt denne."), background);
        assertTrue(background.contains("Baggrund og formål beskrives"), background);
        assertTrue(background.endsWith("5. Noget der ikke passer i rækken"), background);
        assertEquals("Opgaven fordeles sådan", item.sections().get(1).text());
    }

    @Test
    void annexSectionListsOneAnnexPerLine() {
        ParsedItem item = parse(AGENDA).items().get(2);
        assertEquals(List.of("Skitse af broen", "Økonomioversigt"),
                item.annexes().stream().map(AnnexRef::title).toList());
    }

    @Test
    void decisionSectionMakesMinutes() {
        ParsedDocument doc = parse("""
                KKR MIDTJYLLAND

                1. Orientering

                SAG-2031-00003 ijkl

                Beslutning

                Taget til efterretning.
                """);
        assertEquals(DocumentKind.MINUTES, doc.kind());
        assertEquals("Taget til efterretning.", doc.items().get(0).sections().get(0).text());
    }

    @Test
    void everySpanShowsWhatItClaims() {
        ParsedDocument doc = parse(AGENDA);
        for (ParsedItem item : doc.items()) {
            String whole = item.span().of(AGENDA);
            assertAll(item.number(),
                    () -> assertEquals(item.title(), item.titleSpan().of(AGENDA)),
                    () -> assertTrue(whole.startsWith(item.number() + "."), whole),
                    () -> assertTrue(whole.contains(item.title()), whole));
            for (Section section : item.sections()) {
                String text = Vocabulary.fold(section.span().of(AGENDA));
                assertTrue(text.startsWith(Vocabulary.fold(section.heading()))
                        && text.endsWith(Vocabulary.fold(section.text())), text);
            }
            for (AnnexRef annex : item.annexes()) {
                assertEquals(annex.title(), annex.span().of(AGENDA));
            }
        }
    }

    /**
     * The shape of text from a PDF's text layer: no blank lines, table-of-contents entries with the page
     * number after a plain space, paragraphs hard-wrapped at one width, a list item wrapped.
     */
    private static final String DENSE = """
            DAGSORDEN 2032
            KKR NORDJYLLAND
            Dato: 12-05-2032 09:00
            Sted: Musikhuset, Kajen 3 - Aalborg
            1. Godkendelse af dagsorden 1
            2. Trafik 2
            2.1. Ny rute for natbusser 2
            2.2. Cykelstier langs fjorden 2031 3
            3. Eventuelt 4
            1. Godkendelse af dagsorden
            SAG-2032-00101 abcd
            Indstilling
            Det indstilles, at dagsordenen godkendes.
            2. Trafik
            2.1. Ny rute for natbusser
            SAG-2032-00102 efgh
            Baggrund
            Natbusserne kører i dag kun mellem to byer. Kommunerne har bedt det
            fælles trafikselskab om at undersøge en ny rute, som også betjener
            de mindre byer i weekenderne.
            Indstilling
            Det indstilles, at KKR Nordjylland:
            - Godkender ruten for natbusserne mellem de fire største byer i
            regionen fra den 1. september
            - Beder sekretariatet om en status
            Bilag
            Kort over den nye rute
            2.2. Cykelstier langs fjorden 2031
            SAG-2032-00103 ijkl
            Sagsfremstilling
            Stierne koster 2,4 mio. kr. om året, som fordeles efter antallet af
            indbyggere i de fire kommuner.
            Trafikselskabet vurderer, at arbejdet kan begynde efter sommeren.
            3. Eventuelt
            Ingen bemærkninger.
            """;

    @Test
    void tableOfContentsWithPageNumbersAfterASpaceIsNoItems() {
        ParsedDocument doc = parse(DENSE);
        assertEquals(DocumentKind.AGENDA, doc.kind());
        assertEquals(LocalDate.of(2032, 5, 12), doc.meeting().date());
        assertEquals("Musikhuset, Kajen 3 - Aalborg", doc.meeting().location());
        assertEquals(List.of("1", "2", "2.1", "2.2", "3"), numbers(doc));
        assertEquals(List.of("Godkendelse af dagsorden", "Trafik", "Ny rute for natbusser",
                "Cykelstier langs fjorden 2031", "Eventuelt"), doc.items().stream().map(ParsedItem::title).toList());
        assertEquals(List.of("SAG-2032-00101", "SAG-2032-00102", "SAG-2032-00103"),
                doc.items().stream().map(ParsedItem::caseId).filter(c -> c != null).toList());
        assertTrue(doc.items().get(4).span().of(DENSE).endsWith("Ingen bemærkninger."));
    }

    @Test
    void sectionsWithoutBlankLinesAreReflowedIntoParagraphs() {
        ParsedDocument doc = parse(DENSE);
        ParsedItem item = doc.items().get(2);
        assertEquals(List.of("Baggrund", "Indstilling", "Bilag"),
                item.sections().stream().map(Section::heading).toList());
        assertEquals("Natbusserne kører i dag kun mellem to byer. Kommunerne har bedt det fælles trafikselskab"
                + " om at undersøge en ny rute, som også betjener de mindre byer i weekenderne.",
                item.sections().get(0).text());
        assertEquals("""
                Det indstilles, at KKR Nordjylland:

                - Godkender ruten for natbusserne mellem de fire største byer i regionen fra den 1. september
                - Beder sekretariatet om en status""", item.sections().get(1).text());
        assertEquals(List.of("Kort over den nye rute"), item.annexes().stream().map(AnnexRef::title).toList());
        assertEquals("""
                Stierne koster 2,4 mio. kr. om året, som fordeles efter antallet af indbyggere i de fire kommuner.

                Trafikselskabet vurderer, at arbejdet kan begynde efter sommeren.""",
                doc.items().get(3).sections().get(0).text());
        for (ParsedItem each : doc.items()) {
            for (Section section : each.sections()) {
                String spanned = Vocabulary.fold(section.span().of(DENSE));
                assertTrue(spanned.startsWith(Vocabulary.fold(section.heading()))
                        && spanned.endsWith(Vocabulary.fold(section.text())), spanned);
            }
        }
    }

    @Test
    void tableOfContentsWithoutPageNumbersIsKnownByItsHeadingsReturning() {
        String text = """
                DAGSORDEN
                KKR HOVEDSTADEN
                1. Godkendelse af referat
                2. Orientering fra formandskabet
                1. Godkendelse af referat
                SAG-2032-00201 mnop
                Indstilling
                Referatet godkendes.
                2. Orientering fra formandskabet
                Formanden orienterer om mødet med regionen.
                """;
        ParsedDocument doc = parse(text);
        assertEquals(List.of("1", "2"), numbers(doc));
        assertEquals("SAG-2032-00201", doc.items().get(0).caseId());
        assertTrue(doc.items().get(0).span().of(text).contains("Referatet godkendes."));
        assertTrue(doc.items().get(1).span().of(text).endsWith("med regionen."));
    }

    @Test
    void headingsEndingInAYearAreNoTableOfContents() {
        ParsedDocument doc = parse("""
                DAGSORDEN
                1. Budget for 2032
                1.1. Rammer for 2033
                SAG-2032-00301 qrst
                Indstilling
                Rammerne godkendes.
                """);
        assertEquals(List.of("1", "1.1"), numbers(doc));
        assertEquals("Rammer for 2033", doc.items().get(1).title());
    }

    private static final String BUNDLE = """
            Indholdsfortegnelse - Bilag

            | | |
            |---|---|
            | Indholdsfortegnelse - Bilag | 1 |
            | 4.1 Affald og genbrug | 2 |
            | Bilag 1: Notat om sortering..... | 2 |
            | 4.3 Kollektiv trafik | 5 |
            | Bilag 1: Køreplan 2032 | 5 |
            | Bilag 2: Takster og rabatter | 6 |

            4.1

            Affald og genbrug

            Notat om sortering

            Første side handler om glas.

            Dato: 14. november 2031

            Sags ID: SAG-2031-01234
            Dok. ID: 555001

            Vejnavn 1
            9999 Fiktivby

            www.kl.dk/kkr-syddanmark
            Side 1 af 2

            Anden side handler om pap.

            Dato: 14. november 2031

            Sags ID: SAG-2031-01234
            Dok. ID: 555001

            Vejnavn 1
            9999 Fiktivby

            www.kl.dk/kkr-syddanmark
            Side 2 af 2

            4.3

            Kollektiv trafik

            Køreplanen for busserne i KKR Syddanmark.

            1. Første afgang
            2. Anden afgang
            """;

    @Test
    void annexBundleItemsAndAnnexesComeFromItsTableOfContents() {
        ParsedDocument doc = parse(BUNDLE);
        assertEquals(DocumentKind.ANNEX_BUNDLE, doc.kind());
        assertEquals("KKR Syddanmark", doc.body());
        assertNull(doc.meeting());
        assertEquals("Bilag, KKR Syddanmark", doc.title());
        assertEquals(List.of("4.1", "4.3"), numbers(doc));
        assertEquals("Affald og genbrug", doc.items().get(0).title());
        assertEquals(List.of("Notat om sortering"),
                doc.items().get(0).annexes().stream().map(AnnexRef::title).toList());
        assertEquals(List.of("Køreplan 2032", "Takster og rabatter"),
                doc.items().get(1).annexes().stream().map(AnnexRef::title).toList());
    }

    @Test
    void bundleItemSpansRunFromCoverToNextCover() {
        ParsedDocument doc = parse(BUNDLE);
        String first = doc.items().get(0).span().of(BUNDLE);
        assertTrue(first.startsWith("4.1\n\nAffald og genbrug") && first.endsWith("Side 2 af 2"), first);
        String second = doc.items().get(1).span().of(BUNDLE);
        assertTrue(second.startsWith("4.3") && second.endsWith("2. Anden afgang"), second);
        for (ParsedItem item : doc.items()) {
            assertEquals(item.title(), item.titleSpan().of(BUNDLE));
            item.annexes().forEach(a -> assertEquals(a.title(), a.span().of(BUNDLE)));
        }
    }

    @Test
    void letterheadPagesWithTheSameIdsAreOneMemo() {
        List<EmbeddedDocument> memos = parse(BUNDLE).documents();
        assertEquals(1, memos.size());
        EmbeddedDocument memo = memos.get(0);
        assertEquals(DocumentKind.NOTE, memo.kind());
        assertEquals(LocalDate.of(2031, 11, 14), memo.letterhead().date());
        assertEquals("SAG-2031-01234", memo.letterhead().caseId());
        assertEquals("555001", memo.letterhead().docId());
        assertEquals("4.1", memo.item());
        assertEquals("Notat om sortering", memo.title());
        String text = memo.span().of(BUNDLE);
        assertTrue(text.startsWith("Notat om sortering") && text.contains("Anden side"), text);
        assertTrue(text.endsWith("Side 2 af 2"), text);
    }

    @Test
    void differentDocumentIdsAreDifferentMemos() {
        String text = """
                Første notat

                Tekst.

                Dato: 1. juni 2031
                Sags ID: SAG-2031-00001
                Dok. ID: 111
                Side 1 af 1

                Andet notat

                Tekst.

                Dato: 2. juni 2031
                Sags ID: SAG-2031-00001
                Dok. ID: 222
                Side 1 af 1
                """;
        List<EmbeddedDocument> memos = parse(text).documents();
        assertEquals(List.of("Første notat", "Andet notat"), memos.stream().map(EmbeddedDocument::title).toList());
        assertEquals(List.of("111", "222"), memos.stream().map(m -> m.letterhead().docId()).toList());
    }

    @Test
    void letterheadFieldsAreReadAsAScannerLeavesThem() {
        // page 1: the date printed twice and glued to itself, the case id broken within its value;
        // page 2: the date broken over two lines, the document id after its label on the next line and,
        // on page 3, printed twice and glued into one run of digits
        String text = """
                Notat om vintervedligeholdelse

                Første side handler om saltning.

                Dato: 3. december 2031Dato: 3. december 2031
                Sags ID: SAG-2031-
                04567
                Dok. ID: 7654321
                Side 1 af 3

                Anden side handler om snerydning.

                Dato: 3. december
                2031
                Sags ID: SAG-2031-04567
                Dok. ID:
                7654321
                Side 2 af 3

                Tredje side handler om grus.

                Dato: 3. december 2031
                Sags ID: SAG-2031-04567SAG-2031-04567
                Dok. ID: 76543217654321
                Side 3 af 3
                """;
        List<EmbeddedDocument> memos = parse(text).documents();
        assertEquals(1, memos.size(), memos.toString());
        EmbeddedDocument memo = memos.get(0);
        assertEquals("Notat om vintervedligeholdelse", memo.title());
        assertEquals(LocalDate.of(2031, 12, 3), memo.letterhead().date());
        assertEquals("SAG-2031-04567", memo.letterhead().caseId());
        assertEquals("7654321", memo.letterhead().docId());
        assertTrue(memo.span().of(text).endsWith("Side 3 af 3"), memo.span().of(text));
    }

    @Test
    void eachAnnexTheTableListsIsADocumentOfItsOwnFromItsHeading() {
        String text = """
                Indholdsfortegnelse - Bilag

                | | |
                |---|---|
                | 5.1 Vintervedligeholdelse | 2 |
                | Bilag 1: Notat om saltning | 2 |
                | Bilag 2: Tidsplan for snerydning | 3 |

                5.1

                Vintervedligeholdelse

                Notat om saltning

                Kommunerne salter de større veje først.
                Mindre veje følger, når de større er farbare.
                Cykelstier saltes samtidig med vejene.

                Formål med notatet
                Notatet beskriver rækkefølgen for saltning.

                Tidsplan for snerydning

                Snerydningen begynder klokken fire.
                Busruterne ryddes før klokken seks.
                Skoleveje ryddes før klokken syv.
                """;
        List<EmbeddedDocument> memos = parse(text).documents();
        assertEquals(List.of("Notat om saltning", "Tidsplan for snerydning"),
                memos.stream().map(EmbeddedDocument::title).toList());
        assertEquals(List.of("5.1", "5.1"), memos.stream().map(EmbeddedDocument::item).toList());
        String first = memos.get(0).span().of(text);
        assertTrue(first.startsWith("Notat om saltning") && first.endsWith("rækkefølgen for saltning."), first);
        assertTrue(memos.get(1).span().of(text).endsWith("før klokken syv."), memos.get(1).span().of(text));
    }

    @Test
    void anItemsPartWithoutListedAnnexesOrLetterheadIsOneDocumentTitledByItsHeading() {
        String text = """
                6.2

                Afrapportering om udsatte unge

                UDSATTE UNGE I
                KOMMUNERNE
                En afrapportering

                Formål med rapporten

                Rapporten beskriver, hvordan kommunerne arbejder med udsatte unge.
                Den bygger på svar fra alle kommuner i regionen.
                Svarene er samlet af sekretariatet.
                Rapporten slutter med en række anbefalinger.
                Anbefalingerne drøftes på næste møde.
                """;
        List<EmbeddedDocument> memos = parse(text).documents();
        assertEquals(1, memos.size(), memos.toString());
        assertEquals("UDSATTE UNGE I KOMMUNERNE", memos.get(0).title());
        assertEquals("6.2", memos.get(0).item());
        assertTrue(memos.get(0).span().of(text).startsWith("UDSATTE UNGE I"));
    }

    @Test
    void bundleWithoutTableOfContentsTakesItemsFromCovers() {
        ParsedDocument doc = parse("""
                2.4

                Et langt punkt om vandløb
                og deres vedligeholdelse

                Selve bilaget.
                """);
        assertEquals(DocumentKind.ANNEX_BUNDLE, doc.kind());
        assertEquals(List.of("2.4"), numbers(doc));
        assertEquals("Et langt punkt om vandløb og deres vedligeholdelse", doc.items().get(0).title());
    }

    /**
     * An OCR'd bundle: each page's first line marked by one leading space, item covers that are a number
     * alone on a line ("3.7", also opening a page or right after the previous page's furniture) with the
     * title below, and a next page that opens right under a title.
     */
    @Test
    void ocrBundleCoversAreNumbersAloneWithTitlesThatStopAtTheNextPage() {
        ParsedDocument doc = parse("""
                 3.1

                Status på implementeringen af reformen



                NOTAT

                Teksten i notatet fortsætter her.
                - ~ ~ = " Y,

                3.2

                Det tværkommunale samarbejde på kulturområdet i
                forlængelse af reformen
                 HANDLINGSPLAN FOR KULTURREGIONEN 2024-2026

                Indledning.
                Postboks 3370
                2300 København S

                www.kl.dk
                 3.7

                Afrapportering om udsatte gravide
                 Resumé
                """);
        assertEquals(DocumentKind.ANNEX_BUNDLE, doc.kind());
        assertEquals(List.of("3.1", "3.2", "3.7"), numbers(doc));
        assertEquals(List.of("Status på implementeringen af reformen",
                        "Det tværkommunale samarbejde på kulturområdet i forlængelse af reformen",
                        "Afrapportering om udsatte gravide"),
                doc.items().stream().map(ParsedItem::title).toList());
    }

    /** A bundle as raw PDF text: no table of contents, "3.4 Title" covers after runs of blank lines. */
    private static final String RAW_BUNDLE = """
            3.4 Vandløb og grøfter – input og
            proces
             Notat om vandløbene

            Vandløbene skal vedligeholdes.

            1. Mål for vandløbene
            1.1 Nøgleord for arbejdet

            4.1 Bedre afvanding






            3.6 Skove på tværs af kommunerne
            (orientering)
             Oversigt over skovene

            Dato: 9. januar 2031
            Sags ID: SAG-2031-00042
            Dok. ID: 123456
            Side 1 af 1






            3.6 Skove på tværs af kommunerne
             Bilag om skovene
            """;

    @Test
    void rawBundleTakesItemsFromCoversThatOpenDocuments() {
        ParsedDocument doc = parse(RAW_BUNDLE);
        assertEquals(DocumentKind.ANNEX_BUNDLE, doc.kind());
        assertEquals(List.of("3.4", "3.6"), numbers(doc));
        assertEquals("Vandløb og grøfter – input og proces", doc.items().get(0).title());
        assertEquals("Skove på tværs af kommunerne", doc.items().get(1).title());
        assertEquals(List.of("3.6"), doc.documents().stream().map(EmbeddedDocument::item).toList());
    }

    @Test
    void numberedHeadingsInsideAnAnnexAreNoItems() {
        ParsedDocument doc = parse(RAW_BUNDLE.replace("1.1 Nøgleord", "\n".repeat(6) + "1.1 Nøgleord"));
        assertEquals(List.of("3.4", "3.6"), numbers(doc));
    }

    @Test
    void otherTextIsTitledByItsFirstMeaningfulLine() {
        ParsedDocument doc = parse("\n\nwww.kl.dk\n\n**Et helt almindeligt brev**\n\nMed venlig hilsen\n");
        assertEquals(DocumentKind.OTHER, doc.kind());
        assertEquals("Et helt almindeligt brev", doc.title());
        assertTrue(doc.items().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n\n", "|", "1.", "3.1", "Dato:", "Side 1 af 1", "Bilag", "\r\n1. A\r\n"})
    void oddTextDoesNotThrow(String text) {
        assertNotNull(assertDoesNotThrow(() -> parse(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"001", "002"})
    void rawAndOcrTextParseWithoutExceptions(String prefix) throws Exception {
        SourceText source = Corpus.source(prefix);
        ParsedDocument doc = assertDoesNotThrow(() -> parser.parse(source));
        assertNotNull(doc.kind());
        assertNotNull(ParseJson.toJson(source, doc));
        for (EmbeddedDocument memo : doc.documents()) {
            assertTrue(memo.span().end() <= source.text().length());
        }
    }
}
