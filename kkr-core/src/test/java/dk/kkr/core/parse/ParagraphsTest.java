package dk.kkr.core.parse;

import dk.kkr.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reflow of raw PDF text into paragraphs, on small made-up texts. */
class ParagraphsTest {

    private static List<String> texts(Paragraphs.Reflow reflow) {
        return reflow.paragraphs().stream().map(Paragraphs.Paragraph::text).toList();
    }

    @Test
    void lineBreakHyphenationIsUndoneButSuspendedCompoundsKeepTheirHyphen() {
        String text = """
                Kommunerne går nu i gang med udarbej-
                delse af en plan for sundheds-
                og omsorgsområderne, for social-, ældre-
                eller skoleområdet og for brugen af EU-
                midler i Region-
                Midt.
                """;
        assertEquals(List.of("Kommunerne går nu i gang med udarbejdelse af en plan for sundheds- og omsorgsområderne,"
                        + " for social-, ældre- eller skoleområdet og for brugen af EU-midler i Region-Midt."),
                texts(Paragraphs.reflow(text)));
    }

    @Test
    void doubleSpacedLinesJoinAndALineOfSpacesEndsAParagraph() {
        String text = "Vejene i de fire kommuner skal vedligeholdes bedre end i dag, og \n\n"
                + "kommunerne aftaler en fælles plan for det. \n\n \n\n"
                + "Broerne er en anden sag. De er nye og skal først \n\n"
                + "efterses om ti år. \n";
        assertEquals(List.of(
                        "Vejene i de fire kommuner skal vedligeholdes bedre end i dag, og kommunerne aftaler en fælles plan for det.",
                        "Broerne er en anden sag. De er nye og skal først efterses om ti år."),
                texts(Paragraphs.reflow(text)));
    }

    @Test
    void cleanParagraphsSetApartByEmptyLinesStayApartAndAListKeepsItsLines() {
        String text = """
                Det første afsnit er et helt afsnit på én lang linje, som ikke er brudt.

                Det andet afsnit står for sig.

                Det indstilles, at KKR Fiktiv:
                - Godkender planen
                - Beder om en status
                """;
        assertEquals(List.of("Det første afsnit er et helt afsnit på én lang linje, som ikke er brudt.",
                        "Det andet afsnit står for sig.", "Det indstilles, at KKR Fiktiv:",
                        "- Godkender planen\n- Beder om en status"),
                texts(Paragraphs.reflow(text)));
    }

    @Test
    void aLineOpeningAPageStartsAParagraphUnlessTheSentenceRunsOnIntoIt() {
        String text = """
                Kommunerne har aftalt en fælles plan for vejene i hele regionen, og den gælder til 2034.
                 Broerne er en anden sag, som kommunerne vil se på igen efter valget, og i
                 regionen som helhed bliver der tale om en ny plan.
                """;
        assertEquals(List.of("Kommunerne har aftalt en fælles plan for vejene i hele regionen, og den gælder til 2034.",
                        "Broerne er en anden sag, som kommunerne vil se på igen efter valget, og i regionen som "
                                + "helhed bliver der tale om en ny plan."),
                texts(Paragraphs.reflow(text)));
    }

    @Test
    void theEntriesOfAListAreEachItemWithItsWrappedLines() {
        String text = """
                - Notat om den fælles plan for vedligeholdelse af vejene i de fire kommuner
                  2031-2034
                - Økonomioversigt
                Tidsplan
                """;
        Paragraphs paragraphs = Paragraphs.of(Scan.of(text));
        List<Paragraphs.Paragraph> entries = paragraphs.entries(new Span(0, text.length()));
        assertEquals(List.of("- Notat om den fælles plan for vedligeholdelse af vejene i de fire kommuner 2031-2034",
                "- Økonomioversigt", "Tidsplan"), entries.stream().map(Paragraphs.Paragraph::text).toList());
        assertEquals("Tidsplan", entries.get(2).span().of(text));
    }

    @Test
    void aTitleIsJoinedFromWhereItsSpanStarts() {
        String text = "3.4 Sundhedsaftale og udarbej-\ndelse af planen\n\nTekst.\n";
        Span title = new Span(text.indexOf("Sundhed"), text.indexOf("planen") + "planen".length());
        Paragraphs.Paragraph joined = Paragraphs.of(Scan.of(text)).joined(title);
        assertEquals("Sundhedsaftale og udarbejdelse af planen", joined.text());
        assertEquals(title, joined.span());
    }

    @Test
    void letterheadInMidTextIsLiftedOutAndTheCutParagraphJoined() {
        String text = """
                Kommunerne har i mange år samarbejdet om den fælles trafikplan, og de
                vil nu udvide samarbejdet til

                Dato: 9. januar 2031
                Sags ID: SAG-2031-00042
                Dok. ID: 123456
                Weidekampsgade 10
                Side 1 af 2
                NOTAT

                 de mindre øer i regionen.
                """;
        Paragraphs.Reflow reflow = Paragraphs.reflow(text);
        assertEquals(List.of("Kommunerne har i mange år samarbejdet om den fælles trafikplan, og de vil nu udvide"
                + " samarbejdet til de mindre øer i regionen."), texts(reflow));
        Paragraphs.Paragraph paragraph = reflow.paragraphs().get(0);
        assertTrue(paragraph.span().of(text).startsWith("Kommunerne") && paragraph.span().of(text).endsWith("regionen."));
        assertEquals(List.of(Paragraphs.FurnitureKind.LETTERHEAD, Paragraphs.FurnitureKind.PAGE_FURNITURE),
                reflow.furniture().stream().map(Paragraphs.Furniture::kind).toList());
        String letterhead = reflow.furniture().get(0).span().of(text);
        assertTrue(letterhead.startsWith("Dato: 9. januar 2031") && letterhead.endsWith("Side 1 af 2"), letterhead);
        assertEquals("NOTAT", reflow.furniture().get(1).span().of(text));
    }

    @Test
    void runningHeadersAtPageTopsAreLiftedOut() {
        String page = """
                 Notat om broer – KKR Fiktiv
                Broerne på side %d er nye og skal efterses om ti år, siger ingeniørerne i
                kommunerne.
                Side %d af 3
                """;
        String text = page.formatted(1, 1) + page.formatted(2, 2) + page.formatted(3, 3);
        Paragraphs.Reflow reflow = Paragraphs.reflow(text);
        assertEquals(List.of(1, 2, 3).stream().map(n -> "Broerne på side " + n
                + " er nye og skal efterses om ti år, siger ingeniørerne i kommunerne.").toList(), texts(reflow));
        assertEquals(3, reflow.furniture().stream()
                .filter(f -> f.kind() == Paragraphs.FurnitureKind.RUNNING_HEADER).count());
    }

    @Test
    void repeatedLinesInsideTheTextAreNoRunningHeaders() {
        String text = "Det er vores mål\n\nTekst.\n\nDet er vores mål\n\nTekst.\n\nDet er vores mål\n\nTekst.\n";
        Paragraphs.Reflow reflow = Paragraphs.reflow(text);
        assertEquals(6, reflow.paragraphs().size());
        assertTrue(reflow.furniture().isEmpty());
    }

    @Test
    void footnoteMarkersGluedToWordsAreSplitOffWhenTheFootnoteExists() {
        String text = """
                Trængslen er størst i området12. Udledningen af CO2 steg i 2022 med 3 pct.13 og
                fortsætter i år.

                12 Danmarks Statistik, fiktive tal
                 Næste side begynder her.
                """;
        Paragraphs.Reflow reflow = Paragraphs.reflow(text);
        assertEquals(List.of("Trængslen er størst i området. Udledningen af CO2 steg i 2022 med 3 pct.13 og"
                + " fortsætter i år.", "Næste side begynder her."), texts(reflow));
        List<Paragraphs.Marker> markers = reflow.paragraphs().get(0).markers();
        assertEquals(1, markers.size());
        assertEquals("12", markers.get(0).number());
        assertEquals("12", markers.get(0).span().of(text));
        assertEquals(text.indexOf("området12") + "området".length(), markers.get(0).span().start());
        assertEquals(1, reflow.footnotes().size());
        assertEquals("12", reflow.footnotes().get(0).number());
        assertEquals("12 Danmarks Statistik, fiktive tal", reflow.footnotes().get(0).span().of(text));
        assertEquals(List.of(Paragraphs.FurnitureKind.FOOTNOTES),
                reflow.furniture().stream().map(Paragraphs.Furniture::kind).toList());
    }

    @Test
    void aFootnoteAtAPageBottomDoesNotCutTheParagraphAcrossThePage() {
        String text = """
                Regeringen vil invitere til forhandlinger om uddannelsen1, og KL

                1 Fiktivt notat fra ministeriet, som
                fortsætter på en linje mere.
                 bakker op om en udvidelse.
                """;
        Paragraphs.Reflow reflow = Paragraphs.reflow(text);
        assertEquals(List.of("Regeringen vil invitere til forhandlinger om uddannelsen, og KL bakker op om en udvidelse."),
                texts(reflow));
        assertEquals(new Span(text.indexOf("1 Fiktivt"), text.indexOf("mere.") + "mere.".length()),
                reflow.footnotes().get(0).span());
    }

    @Test
    void reflowingEmptyOrBlankTextGivesNoParagraphs() {
        assertTrue(Paragraphs.reflow("").paragraphs().isEmpty());
        assertTrue(Paragraphs.reflow("\n \n\n").paragraphs().isEmpty());
    }
}
