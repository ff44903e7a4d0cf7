package dk.kkr.core.table;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The three recognisers and the total check on small made-up tables. */
class TableExtractorTest {

    private final TableExtractor extractor = new TableExtractor();

    private static BigDecimal dec(String plain) {
        return new BigDecimal(plain);
    }

    private Table only(String text) {
        List<Table> tables = extractor.extract(text);
        assertThat(tables).hasSize(1);
        Table table = tables.getFirst();
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                assertThat(cell.span().of(text)).isEqualTo(cell.text());
            }
        }
        return table;
    }

    // --- pipe tables

    @Test
    void pipeTableWithHeaderTrimmedCellsAndNumbers() {
        String text = """
                Tabel 1. Bidrag

                | Kommune | Indbyggere | Bidrag (kr.) |
                |---|---:|:---:|
                |  Egedal   | 43.500 | 91.350 |
                | Furesø | 41.200 | 86.520 |

                Kilde: egne beregninger.
                """;
        Table table = only(text);
        assertThat(table.kind()).isEqualTo(Table.Kind.PIPE);
        assertThat(table.header()).containsExactly("Kommune", "Indbyggere", "Bidrag (kr.)");
        assertThat(table.rows()).hasSize(2);
        Row egedal = table.rows().getFirst();
        assertThat(egedal.cells()).extracting(Cell::text).containsExactly("Egedal", "43.500", "91.350");
        assertThat(egedal.cells().get(0).number()).isNull();
        assertThat(egedal.cells().get(1).number()).isEqualByComparingTo("43500");
        assertThat(egedal.span().of(text)).isEqualTo("|  Egedal   | 43.500 | 91.350 |");
        assertThat(table.span().of(text)).startsWith("| Kommune").endsWith("| 86.520 |");
        assertThat(table.total()).isEmpty();
    }

    @Test
    void htmlInsideCellsIsKeptAsText() {
        String text = """
                | | |
                |---|--|
                | <p>Mål</p> <ul style="list-style-type: none"> • Mindre trængsel | <p>Klima</p> |
                """;
        Table table = only(text);
        assertThat(table.header()).containsExactly("", "");
        assertThat(table.rows().getFirst().cells()).extracting(Cell::text)
                .containsExactly("<p>Mål</p> <ul style=\"list-style-type: none\"> • Mindre trængsel", "<p>Klima</p>");
    }

    @Test
    void anEscapedPipeStaysInsideItsCell() {
        Table table = only("| a | b |\n|---|---|\n| x \\| y | 2 |\n");
        assertThat(table.rows().getFirst().cells()).extracting(Cell::text).containsExactly("x \\| y", "2");
    }

    @Test
    void pipesWithoutSeparatorRowAreNoTable() {
        assertThat(extractor.extract("2017 | 2018 | 2019\nx | 1 | 2\ny | 3 | 4\n")).isEmpty();
    }

    @Test
    void correctTotalAddsUp() {
        Table table = only("""
                | Kommune | Pladser | Bidrag |
                |---|---|---|
                | Albertslund | 12 | 1.250.000 |
                | Ballerup | 20 | 2.100.500 |
                | Brøndby | 8 | 649.500 |
                | I alt | 40 | 4.000.000 |
                """);
        TotalCheck total = table.total().orElseThrow();
        assertThat(total.rowIndex()).isEqualTo(3);
        assertThat(total.agrees()).isTrue();
        assertThat(total.columns()).extracting(ColumnCheck::column).containsExactly(1, 2);
        assertThat(total.columns().get(1).computed()).isEqualByComparingTo("4000000");
        assertThat(total.columns().get(1).difference()).isEqualByComparingTo("0");
    }

    @Test
    void wrongTotalIsRecordedAsADiscrepancy() {
        Table table = only("""
                | Kommune | Pladser | Bidrag |
                |---|---|---|
                | Albertslund | 12 | 1.250.000 |
                | Ballerup | 20 | 2.100.500 |
                | Brøndby | 8 | 649.500 |
                | Total | 41 | 4.000.000 |
                """);
        TotalCheck total = table.total().orElseThrow();
        assertThat(total.agrees()).isFalse();
        assertThat(total.discrepancies()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo(1);
            assertThat(c.printed()).isEqualByComparingTo("41");
            assertThat(c.computed()).isEqualByComparingTo("40");
            assertThat(c.difference()).isEqualByComparingTo("1");
            assertThat(c.tolerance()).isEqualByComparingTo("0");
        });
    }

    @Test
    void roundedDecimalsMayBeOffByOneUnitPerRow() {
        String shares = """
                | Kommune | Andel (pct.) |
                |---|---|
                | Gentofte | 33,34 |
                | Gladsaxe | 33,34 |
                | Herlev | 33,34 |
                | I alt | %s |
                """;
        ColumnCheck rounded = only(shares.formatted("100,00")).total().orElseThrow().columns().getFirst();
        assertThat(rounded.difference()).isEqualByComparingTo("-0.02");
        assertThat(rounded.tolerance()).isEqualByComparingTo("0.03");
        assertThat(rounded.agrees()).isTrue();
        ColumnCheck wrong = only(shares.formatted("99,90")).total().orElseThrow().columns().getFirst();
        assertThat(wrong.agrees()).isFalse();
    }

    @Test
    void subtotalsPartsDashesAndNegativeNumbers() {
        Table table = only("""
                | Post | 2025 | 2026 |
                |---|---|---|
                | Drift | 500 | (100) |
                | Heraf løn | 300 | 50 |
                | Anlæg | 200 | - |
                | Subtotal drift og anlæg i alt | 700 | -100 |
                | Administration | 100 | 150 |
                | Samlet | 800 | 50 |
                """);
        TotalCheck total = table.total().orElseThrow();
        assertThat(total.rowIndex()).isEqualTo(5);
        assertThat(total.columns()).extracting(ColumnCheck::computed)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("800"), dec("50"));
        assertThat(total.agrees()).isTrue();
    }

    @Test
    void aColumnWithTextIsNotSummed() {
        Table table = only("""
                | Mål | Fyn | Sydjylland |
                |---|---|---|
                | Virksomheder | 1.150 | 1.600 |
                | Tilfredshed | høj | 90 % |
                | Total | 1.150 | 1.690 |
                """);
        assertThat(table.total().orElseThrow().columns()).extracting(ColumnCheck::column).containsExactly(2);
    }

    @Test
    void aTotalLabelWithoutNumbersGivesNoCheck() {
        Table table = only("| Emne | Ansvarlig |\n|---|---|\n| Analyse | KL |\n| Samlet vurdering | KKR |\n");
        assertThat(table.total()).isEmpty();
    }

    // --- space-aligned rows

    @Test
    void alignedRowsWithTotal() {
        String text = """
                Udgifter fordelt på kommuner:

                Hovedstaden fordeling    Udgift    Andel
                Aabenraa      1.234.567   12,5
                Fredericia\t-3.400\t-0,3
                Kolding       8.768.833   87,8
                Syddanmark i alt   10.000.000   100,0

                Beløbene er i kr.
                """;
        Table table = only(text);
        assertThat(table.kind()).isEqualTo(Table.Kind.ALIGNED);
        assertThat(table.header()).containsExactly("Hovedstaden fordeling", "Udgift", "Andel");
        assertThat(table.rows()).extracting(Row::label)
                .containsExactly("Aabenraa", "Fredericia", "Kolding", "Syddanmark i alt");
        Row fredericia = table.rows().get(1);
        assertThat(fredericia.cells().getFirst().number()).isNull();
        assertThat(fredericia.cells().subList(1, 3)).extracting(Cell::number)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("-3400"), dec("-0.3"));
        TotalCheck total = table.total().orElseThrow();
        assertThat(total.rowIndex()).isEqualTo(3);
        assertThat(total.agrees()).isTrue();
        assertThat(table.span().of(text)).startsWith("Hovedstaden fordeling").endsWith("100,0");
    }

    @Test
    void twoAlignedLinesAreNoTable() {
        assertThat(extractor.extract("Aabenraa      1.234.567\nKolding       8.768.833\n\nTekst.\n")).isEmpty();
    }

    @Test
    void proseWithSingleSpacesAndOneNumberIsNoTable() {
        assertThat(extractor.extract("""
                Kommunerne skal stille pladser til rådighed i 2026
                og fordelingen sker efter antallet af borgere over 80
                som opgjort af Danmarks Statistik pr. 1. januar 2025
                Side 2 af 4
                """)).isEmpty();
    }

    @Test
    void ocrRowsWithSingleSpacesAndColumnRulesReadAsRows() {
        String text = """
                Indsatser (beløb i kr.) 2024 2025 2026

                Rådgivningsprogram 500.000 500.000 500.000
                Netværk og samarbejder 300.000 300.000 300.000
                Synlighed 150.000 150.000 150.000
                Ialt 950.000( 950.000| 950.000
                """;
        Table table = only(text);
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().getLast().cells()).extracting(Cell::text)
                .containsExactly("Ialt", "950.000", "950.000", "950.000");
        assertThat(table.total().orElseThrow().agrees()).isTrue();
    }

    @Test
    void ocrRowsTakeAHeaderOfAsManyWords() {
        Table table = only("""
                Antal Pct.
                Har været i behandling 30| 36%
                Har modtaget øvrige ydelser (fx § 85) 24 | 29%
                Heraf familiebehandling (BL § 32 nr. 5) 36 | 43%
                """);
        assertThat(table.header()).containsExactly("", "Antal", "Pct.");
        assertThat(table.rows().get(1).label()).isEqualTo("Har modtaget øvrige ydelser (fx § 85)");
        assertThat(table.rows().get(2).cells().get(2).number()).isEqualByComparingTo("43");
    }

    @Test
    void tableOfContentsNumberInTheTitleStaysInTheLabel() {
        Table table = only("""
                1.\tGodkendelse af dagsorden\t2
                3.1.\tFordelingsnøgle for praktikpladser 2026\t4
                3.2.\tRammeaftale 2025-2026\t6
                """);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(2));
        assertThat(table.rows().get(1).label()).isEqualTo("3.1.\tFordelingsnøgle for praktikpladser 2026");
    }

    // --- column-wise OCR tables

    @Test
    void columnWiseOcrTableIsZippedIntoRows() {
        String text = """
                Tabel 2. Bidrag pr. kommune

                Kommune
                Favrskov
                Hedensted

                Herning Kommune
                I alt
                Indbyggere
                49.000
                47.000
                90.000
                186.000
                Bidrag
                98.000
                94.000
                180.000
                372.001

                Kilde: egne beregninger.
                """;
        Table table = only(text);
        assertThat(table.kind()).isEqualTo(Table.Kind.COLUMNWISE);
        assertThat(table.header()).containsExactly("Kommune", "Indbyggere", "Bidrag");
        assertThat(table.rows()).extracting(Row::label).containsExactly("Favrskov", "Hedensted", "Herning Kommune", "I alt");
        assertThat(table.rows().get(1).cells()).extracting(Cell::text).containsExactly("Hedensted", "47.000", "94.000");
        TotalCheck total = table.total().orElseThrow();
        assertThat(total.rowIndex()).isEqualTo(3);
        assertThat(total.discrepancies()).singleElement().satisfies(c -> {
            assertThat(c.column()).isEqualTo(2);
            assertThat(c.difference()).isEqualByComparingTo("1");
        });
        assertThat(table.span().of(text)).startsWith("Kommune").endsWith("372.001");
    }

    @Test
    void columnWiseWithoutHeadersTakesWholeColumns() {
        Table table = only("Silkeborg\nSkive\nViborg\n10\n20\n30\n1,5\n2,5\n3,5\n\nTekst.\n");
        assertThat(table.header()).isEmpty();
        assertThat(table.rows().get(2).cells()).extracting(Cell::text).containsExactly("Viborg", "30", "3,5");
    }

    @Test
    void columnWiseWithCountsThatDoNotMatchIsNoTable() {
        assertThat(extractor.extract("Silkeborg\nSkive\nViborg\n10\n20\n30\n40\n\nTekst.\n")).isEmpty();
        assertThat(extractor.extract("Silkeborg\nSkive\nViborg\nStruer\n10\n20\n30\n\nTekst.\n")).isEmpty();
    }

    @Test
    void twoNamesAreTooFewForAColumnWiseTable() {
        assertThat(extractor.extract("Silkeborg\nSkive\n10\n20\n")).isEmpty();
    }

    // --- the extractor

    @Test
    void tablesComeInTheOrderTheyStand() {
        String text = """
                Odense
                Svendborg
                Nyborg
                1
                2
                3

                Aabenraa      1.234   12,5
                Kolding       8.768   87,8
                Vejle         5.000   50,0

                | a | b |
                |---|---|
                | x | 1 |
                """;
        assertThat(extractor.extract(text)).extracting(Table::kind)
                .containsExactly(Table.Kind.COLUMNWISE, Table.Kind.ALIGNED, Table.Kind.PIPE);
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        String text = "| a | b |\n|---|---|\n| x | 1 |\n| I alt | 1 |\n";
        List<Table> expected = extractor.extract(text);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Table>>> results = pool.invokeAll(
                    java.util.Collections.nCopies(200, () -> extractor.extract(text)));
            for (Future<List<Table>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }
}
