package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerCapitaModelTest {

    private static final CalcInput PEOPLE = CalcCsv.parse("""
            kommune;indbyggere
            København;600.000
            Frederiksberg;100.000
            Bornholm;40.000
            """);

    @Test
    void aRatePerInhabitantWithAnExclusionAndTheRegionMatching() {
        // 2,50 kr. × 600.000 = 1.500.000; × 100.000 = 250.000; Bornholm pays under another agreement;
        // the region matches 50 % of 1.750.000 = 875.000; in all 2.625.000
        CalcResult result = new PerCapitaModel().run(PEOPLE, Map.of("rate", "2,50", "exclude", "Bornholm", "region_match", "50"));
        assertThat(result.row("København")).containsEntry("bidrag", new BigDecimal("1500000"));
        assertThat(result.row("Frederiksberg")).containsEntry("bidrag", new BigDecimal("250000"));
        assertThat(result.row("Bornholm")).containsEntry("bidrag", BigDecimal.ZERO).containsEntry("grundlag", "undtaget (anden aftale)");
        assertThat(result.row("Region Hovedstaden")).containsEntry("bidrag", new BigDecimal("875000"));
        assertThat(result.total()).containsEntry("indbyggere", new BigDecimal("700000")).containsEntry("bidrag", new BigDecimal("2625000"));
        assertThat(result.steps()).contains("Region Hovedstaden medfinansierer 50 % af kommunernes 1.750.000 kr. = 875.000 kr. (afrundet halvt op).");
    }

    private static final CalcInput THREE = CalcCsv.parse("kommune;indbyggere\nGentofte;1\nGladsaxe;1\nHerlev;1\n");

    @Test
    void roundingToKronerEachMayMissTheTotal() {
        // 100 / 3 = 33,33 → 33 each, 99 in all: the step says the rounding moved −1 kr.
        CalcResult result = new PerCapitaModel().run(THREE, Map.of("total", "100"));
        assertThat(result.total()).containsEntry("bidrag", new BigDecimal("99"));
        assertThat(result.steps()).anyMatch(s -> s.contains("afrundingen flytter -1 kr."));
    }

    @Test
    void roundingToOere() {
        CalcResult result = new PerCapitaModel().run(THREE, Map.of("total", "100", "rounding", "oere"));
        assertThat(result.row("Gentofte")).containsEntry("bidrag", new BigDecimal("33.33"));
        assertThat(result.total()).containsEntry("bidrag", new BigDecimal("99.99"));
    }

    @Test
    void largestRemainderHitsTheTotalExactly() {
        // 33,33 each; the krone left goes to the lowest code: Gentofte 157 before Gladsaxe 159 and Herlev 163
        CalcResult result = new PerCapitaModel().run(THREE, Map.of("total", "100", "rounding", "largest-remainder"));
        assertThat(result.rows()).extracting(r -> r.get("bidrag"))
                .containsExactly(new BigDecimal("34"), new BigDecimal("33"), new BigDecimal("33"));
        assertThat(result.total()).containsEntry("bidrag", new BigDecimal("100"));
    }
}
