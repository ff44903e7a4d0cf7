package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditModelTest {

    @Test
    void findsAWrongPrintedTotal() {
        // pladser: 10 + 20 + 30 = 60, printed 61 → 1 too high; beløb: 1.000 + 2.000 + 3.000 = 6.000, printed 6.000
        CalcInput table = CalcCsv.parse("""
                kommune;pladser;beløb
                Gentofte;10;1.000
                Gladsaxe;20;2.000
                Herlev;30;3.000
                I alt;61;6.000
                """);
        CalcResult result = new AuditModel().run(table, Map.of());
        assertThat(result.total()).containsEntry("pladser", new BigDecimal("60"))
                .containsEntry("pladser_trykt", new BigDecimal("61"))
                .containsEntry("pladser_afvigelse", new BigDecimal("1"))
                .containsEntry("beløb_afvigelse", new BigDecimal("0"));
        assertThat(result.steps()).contains(
                "Kolonnen 'pladser': de 3 rækker summerer til 60, den trykte total er 61; afvigelse 1 (den trykte total er 1 for høj).",
                "Kolonnen 'beløb': de 3 rækker summerer til 6.000, den trykte total er 6.000; det stemmer.",
                "1 afvigelse fundet.");
    }

    @Test
    void checksEachRowsOwnTotalAndHonoursTheTolerance() {
        // Gentofte 4 + 5 = 9 but 10 printed; Gladsaxe 1 + 1 = 2 as printed
        CalcInput table = CalcCsv.parse("kommune;a;b;i_alt\nGentofte;4;5;10\nGladsaxe;1;1;2\n");
        CalcResult result = new AuditModel().run(table, Map.of("row_total", "i_alt"));
        assertThat(result.row("Gentofte")).containsEntry("beregnet_i_alt", new BigDecimal("9")).containsEntry("afvigelse", new BigDecimal("1"));
        assertThat(result.steps()).contains("Linje 2 (Gentofte): a + b = 9, men den trykte 'i_alt' er 10; afvigelse 1.", "1 afvigelse fundet.");
        assertThat(new AuditModel().run(table, Map.of("row_total", "i_alt", "tolerance", "1")).steps()).contains("Ingen afvigelser.");
    }

    @Test
    void printedTotalsCanBeGivenAsAParameter() {
        CalcInput table = CalcCsv.parse("kommune;pladser\nGentofte;10\nGladsaxe;20\n");
        CalcResult result = new AuditModel().run(table, Map.of("printed", "pladser:29"));
        assertThat(result.total()).containsEntry("pladser_afvigelse", new BigDecimal("-1"));
        assertThatThrownBy(() -> new AuditModel().run(table, Map.of())).hasMessageStartingWith("Der er ingen trykt total at kontrollere");
    }
}
