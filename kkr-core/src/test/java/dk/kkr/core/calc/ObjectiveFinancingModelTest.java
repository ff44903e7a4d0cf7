package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectiveFinancingModelTest {

    private static final CalcInput YOUTH = CalcCsv.parse("""
            kommune;unge_15_17;døgn
            København;300;10
            Aarhus;200;0
            """);

    @Test
    void theAnnualRateOfTheDocumentGivesItsDailyRate() {
        // corpus 002: "1.652.253 kr. årligt (2024-niveau) … svarer til en takst pr. døgn på 4.527 kr."
        // 1.652.253 / 365 = 4.526,72 → 4.527
        CalcResult result = new ObjectiveFinancingModel().run(YOUTH, Map.of("annual_rate", "1.652.253", "pool", "0"));
        assertThat(result.steps()).contains("Døgntakst: 1.652.253 kr. om året / 365 dage = 4.526,72 kr., afrundet halvt op "
                + "til hele kroner: 4.527 kr. pr. døgn.");
    }

    @Test
    void thePoolIsDividedByYouthWithTheSurplusCarriedIn() {
        // 50 % rate: a place costs 3.304.506 kr. a year, of which 1.652.253 kr. is financed objectively;
        // 1 place → pool 1.652.253; a surplus of 2.253 from earlier accounts is taken off → 1.650.000;
        // 300 : 200 → 990.000 and 660.000; København placed 10 days × 4.527 = 45.270
        CalcResult result = new ObjectiveFinancingModel().run(YOUTH, Map.of("annual_rate", "1.652.253", "places", "1",
                "surplus", "2.253", "days_column", "døgn", "year", "2025"));
        assertThat(result.row("København")).containsEntry("objektiv_finansiering", new BigDecimal("990000"))
                .containsEntry("takstbetaling", new BigDecimal("45270"))
                .containsEntry("i_alt", new BigDecimal("1035270"));
        assertThat(result.row("Aarhus")).containsEntry("objektiv_finansiering", new BigDecimal("660000"));
        assertThat(result.total()).containsEntry("objektiv_finansiering", new BigDecimal("1650000"))
                .containsEntry("i_alt", new BigDecimal("1695270"));
        assertThat(result.steps()).anyMatch(s -> s.startsWith("Taksten er 50 % af prisen for en plads, som dermed er "
                + "1.652.253 × 100 / 50 = 3.304.506 kr. om året"));
        assertThat(result.steps()).contains("Et overskud på 2.253 kr. trækkes fra grundlaget: 1.652.253 − (2.253) = 1.650.000 kr. (hele kroner).");
        assertThat(result.steps()).anyMatch(s -> s.contains("15-17-årige pr. 1. januar 2024"));
    }

    @Test
    void aDeficitIsAddedToTheBasis() {
        CalcResult result = new ObjectiveFinancingModel().run(YOUTH, Map.of("annual_rate", "1.652.253", "pool", "1.000.000",
                "surplus", "-500"));
        // 1.000.000 + 500 = 1.000.500; 3/5 = 600.300, 2/5 = 400.200
        assertThat(result.row("København")).containsEntry("objektiv_finansiering", new BigDecimal("600300"));
        assertThat(result.row("Aarhus")).containsEntry("objektiv_finansiering", new BigDecimal("400200"));
    }
}
