package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalcCsvTest {

    @Test
    void readsASemicolonFileWithDanishNumbers() {
        CalcInput input = CalcCsv.parse("Kommune;Beløb;Sats\nKøbenhavns Kommune;1.550.000;4,6\nFrederiksberg;1.550;12\n");
        assertThat(input.columns()).containsExactly("beløb", "sats");
        assertThat(input.rows()).hasSize(2);
        assertThat(input.rows().get(0).municipality().code()).isEqualTo(101);
        assertThat(input.rows().get(0).number("beløb")).isEqualByComparingTo("1550000");
        assertThat(input.rows().get(0).number("sats")).isEqualByComparingTo("4.6");
        // ";" makes the file Danish, so the single-dot "1.550" is thousands
        assertThat(input.rows().get(1).number("beløb")).isEqualByComparingTo("1550");
        assertThat(input.rows().get(1).line()).isEqualTo(3);
        assertThat(input.notes().get(0)).contains("separator ';'", "dansk format");
    }

    @Test
    void readsACommaFileWithPlainNumbers() {
        CalcInput input = CalcCsv.parse("kommune,amount,rate\nGentofte,1550000,4.6\nGladsaxe,1.550,3\n");
        assertThat(input.rows().get(0).number("rate")).isEqualByComparingTo("4.6");
        // nothing in the file is Danish, so "1.550" is one point five five
        assertThat(input.rows().get(1).number("amount")).isEqualByComparingTo("1.55");
        assertThat(input.notes().get(0)).contains("separator ','", "decimalpunktum");
    }

    @Test
    void aQuotedDecimalCommaMakesACommaFileDanish() {
        CalcInput input = CalcCsv.parse("kommune,a,b\nGentofte,\"4,6\",1.550\n");
        assertThat(input.rows().get(0).number("a")).isEqualByComparingTo("4.6");
        assertThat(input.rows().get(0).number("b")).isEqualByComparingTo("1550");
    }

    @Test
    void readsUtf8WithBomAndWindows1252() {
        String text = "kommune;indbyggere\nKøge;61.000\nTårnby;43.000\nRingkøbing-Skjern;56.000\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        byte[] windows = text.getBytes(Charset.forName("windows-1252"));

        for (byte[] bytes : new byte[][] {utf8, withBom, windows}) {
            CalcInput input = CalcCsv.read(bytes);
            assertThat(input.rows()).extracting(r -> r.municipality().name())
                    .containsExactly("Køge", "Tårnby", "Ringkøbing-Skjern");
            assertThat(input.rows().get(1).number("indbyggere")).isEqualByComparingTo("43000");
        }
        assertThat(CalcCsv.read(windows).notes()).anyMatch(n -> n.contains("Windows-1252"));
        assertThat(CalcCsv.read(utf8).notes()).anyMatch(n -> n.equals("Tegnsæt: UTF-8."));
    }

    @Test
    void damagedNamesAreNormalisedAndSaidSo() {
        CalcInput input = CalcCsv.parse("kommune;a\nKgbenhavns Kommune;1\nArhus;2\nRingkobing-Skjern;3\n");
        assertThat(input.rows()).extracting(r -> r.municipality().name())
                .containsExactly("København", "Aarhus", "Ringkøbing-Skjern");
        assertThat(input.notes()).contains("Linje 3: 'Arhus' er læst som Aarhus.");
    }

    @Test
    void anUnknownMunicipalityIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> CalcCsv.parse("kommune;a\nGentofte;1\nGotham;2\n"))
                .isInstanceOf(CalcException.class)
                .hasMessage("Linje 3: 'Gotham' er ikke en af de 98 kommuner");
    }

    @Test
    void aMunicipalityNamedTwiceIsAnError() {
        assertThatThrownBy(() -> CalcCsv.parse("kommune;a\nGentofte;1\nGentofte Kommune;2\n"))
                .hasMessage("Linje 3: Gentofte står allerede i linje 2");
    }

    @Test
    void theHeaderMustStartWithKommune() {
        assertThatThrownBy(() -> CalcCsv.parse("navn;a\nGentofte;1\n"))
                .hasMessage("Første kolonne skal hedde 'kommune', men hedder 'navn'");
    }

    @Test
    void theSumRowIsKeptApart() {
        CalcInput input = CalcCsv.parse("kommune;pladser\nGentofte;10\nGladsaxe;20\nI alt;31\n");
        assertThat(input.rows()).hasSize(2);
        assertThat(input.printedTotals()).containsEntry("pladser", new BigDecimal("31"));
    }

    @Test
    void textAndEmptyCellsAreErrorsOnlyWhenANumberIsAsked() {
        CalcInput input = CalcCsv.parse("kommune;a;b;årsag\nGentofte;1.55o;;\"Ny målgruppe; flere pladser\"\n");
        CalcInput.Row row = input.rows().get(0);
        assertThat(row.text("årsag")).isEqualTo("Ny målgruppe; flere pladser");
        assertThat(row.numberOrZero("b")).isZero();
        assertThatThrownBy(() -> row.number("a")).hasMessage("Linje 2 (Gentofte), kolonne 'a': '1.55o' er ikke et tal");
        assertThatThrownBy(() -> row.number("b")).hasMessage("Linje 2 (Gentofte), kolonne 'b': cellen er tom");
        assertThatThrownBy(() -> row.number("c")).hasMessageContaining("kolonnen findes ikke");
    }

    @Test
    void trailingEmptyCellsAndBlankLinesAreIgnored() {
        CalcInput input = CalcCsv.parse("kommune;a;;\r\nGentofte;1;;\r\n\r\n;;;\r\nGladsaxe;2\r\n");
        assertThat(input.columns()).containsExactly("a");
        assertThat(input.rows()).hasSize(2);
        assertThat(input.rows().get(1).line()).isEqualTo(5);
    }
}
