package dk.kkr.core.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The line level of the cascade: each line's form by its own shape. */
class LineClassifierTest {

    private static LineForm classify(String text) {
        String padded = "x\n" + text;
        return LineClassifier.classify(Line.split(padded).get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3.1.\tVeje og stier\t5|3.1|Veje og stier",
            "2.\tSiden sidst.....\t4|2|Siden sidst",
            "4.2. Skoler og daginstitutioner ........ 17|4.2|Skoler og daginstitutioner",
            "1\tKort punkt\t3|1|Kort punkt"})
    void tableOfContentsEntriesLoseDotLeadersAndPageNumbers(String line, String number, String title) {
        LineForm.TocEntry entry = assertInstanceOf(LineForm.TocEntry.class, classify(line));
        assertEquals(number, entry.number());
        assertEquals(title, entry.title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. Godkendelse|1|Godkendelse",
            "3.1. Veje og stier|3.1|Veje og stier",
            "3.6. **Fed titel**|3.6|Fed titel",
            "3.6 Titel uden punktum|3.6|Titel uden punktum",
            "## 2. Markdown-overskrift|2|Markdown-overskrift"})
    void itemHeadings(String line, String number, String title) {
        LineForm.ItemHeading heading = assertInstanceOf(LineForm.ItemHeading.class, classify(line));
        assertEquals(number, heading.number());
        assertEquals(title, heading.title());
    }

    @Test
    void aPageNumberAfterAPlainSpaceIsLeftToContext() {
        LineForm.ItemHeading heading = assertInstanceOf(LineForm.ItemHeading.class, classify("2.1. Ny rute 2"));
        assertEquals("Ny rute 2", heading.title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2. runde med opstart i 2021", "1) Første delprojekt", "- 1) Listepunkt",
            "2020. Et år", "7 VIP-projekter:", "3. Det indstilles, at:", "- 3. Listepunkt"})
    void numberedLinesThatAreNoItemHeadings(String line) {
        assertEquals(false, classify(line) instanceof LineForm.ItemHeading, line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Baggrund|Baggrund", "Bilag:|Bilag", "**Indstilling**|Indstilling", "SAGSFREMSTILLING|Sagsfremstilling",
            "Beslutning|Beslutning"})
    void sectionHeadingsFromTheVocabulary(String line, String heading) {
        assertEquals(heading, assertInstanceOf(LineForm.SectionHeading.class, classify(line)).heading());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baggrund for sagen er denne.", "Bilagene findes her", "Indstillingen er godkendt"})
    void sentencesStartingWithASectionWordAreText(String line) {
        assertInstanceOf(LineForm.Text.class, classify(line));
    }

    @Test
    void caseLines() {
        LineForm.CaseLine withOwner = assertInstanceOf(LineForm.CaseLine.class, classify("SAG-2031-00042 efgh"));
        assertEquals("SAG-2031-00042", withOwner.caseId());
        assertEquals("efgh", withOwner.owner());
        assertEquals(null, assertInstanceOf(LineForm.CaseLine.class, classify("SAG-2031-00042")).owner());
        assertInstanceOf(LineForm.Text.class, classify("Se SAG-2031-00042 for detaljer"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dato: 6. januar 2023|DATE|6. januar 2023",
            "Sags ID: SAG-2022-05228|CASE_ID|SAG-2022-05228",
            "Dok. ID: 3290323|DOC_ID|3290323",
            "Sted: Rådhuset|PLACE|Rådhuset",
            "Side 2 af 4|PAGE|2"})
    void letterheadAndHeaderFields(String line, LineForm.FieldName name, String value) {
        LineForm.Field field = assertInstanceOf(LineForm.Field.class, classify(line));
        assertEquals(name, field.name());
        assertEquals(value, field.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.kl.dk", "www.kl.dk/kkr-hovedstaden", "E-mail: abc@kl.dk", "Direkte: 1234 5678",
            "Postboks 3370", "2300 København S", "NOTAT"})
    void pageFurniture(String line) {
        assertInstanceOf(LineForm.Furniture.class, classify(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022 samt på møder i Tværsektoriel", "2035 bidraget til sammenhold"})
    void aYearOpeningALineOfTextIsNoPostcode(String line) {
        assertInstanceOf(LineForm.Text.class, classify(line));
    }

    @Test
    void pipeTableRowsKeepTheirCellsWithSpans() {
        String text = "x\n| 3.2 Titel | 2 |";
        LineForm.TableRow row = assertInstanceOf(LineForm.TableRow.class,
                LineClassifier.classify(Line.split(text).get(1)));
        assertEquals(2, row.cells().size());
        assertEquals("3.2 Titel", row.cells().get(0).text());
        assertEquals("3.2 Titel", row.cells().get(0).span().of(text));
        assertEquals("2", row.cells().get(1).span().of(text));
    }

    @Test
    void bodyNamesAndHeadings() {
        assertEquals("KKR Hovedstaden",
                assertInstanceOf(LineForm.BodyName.class, classify("KKR HOVEDSTADEN")).body().name());
        assertInstanceOf(LineForm.DocumentHeading.class, classify("DAGSORDEN 2020"));
        assertInstanceOf(LineForm.TocHeading.class, classify("Indholdsfortegnelse - Bilag"));
        assertInstanceOf(LineForm.BareNumber.class, classify("3.2"));
    }
}
