package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeficitSharingModelTest {

    private static final CalcInput PEOPLE = CalcCsv.parse("""
            kommune;indbyggere
            København;300.000
            Frederiksberg;100.000
            Gentofte;75.000
            """);

    @Test
    void theTaperOf75_50_25SharedByTheUsersPopulation() {
        // year 1: 1.000.000 × 75 % = 750.000; year 2: 800.000 × 50 % = 400.000; year 3: 400.000 × 25 % = 100.000
        // København : Frederiksberg = 3 : 1 → 562.500 / 187.500, 300.000 / 100.000, 75.000 / 25.000
        // the operator bears 250.000 + 400.000 + 300.000 = 950.000
        CalcResult result = new DeficitSharingModel().run(PEOPLE, Map.of("deficits", "1.000.000;800.000;400.000",
                "users", "København;Frederiksberg"));
        assertThat(result.params()).containsEntry("coverage", "75;50;25");
        assertThat(result.row("København")).containsEntry("år_1", new BigDecimal("562500"))
                .containsEntry("år_2", new BigDecimal("300000")).containsEntry("år_3", new BigDecimal("75000"))
                .containsEntry("i_alt", new BigDecimal("937500"));
        assertThat(result.row("Frederiksberg")).containsEntry("i_alt", new BigDecimal("312500"));
        assertThat(result.rows()).hasSize(2);
        assertThat(result.total()).containsEntry("år_1", new BigDecimal("750000")).containsEntry("i_alt", new BigDecimal("1250000"));
        assertThat(result.steps()).anyMatch(s -> s.startsWith("År 1: underskud 1.000.000 kr. × 75 % = 750.000 kr. dækkes"));
        assertThat(result.steps()).contains("I alt dækker kommunerne 1.250.000 kr. af underskuddene på 2.200.000 kr.; "
                + "driftsherren bærer 950.000 kr.");
        assertThat(result.rows().get(0).keySet()).containsExactly("kommune", "indbyggere", "andel_pct", "år_1", "år_2", "år_3", "i_alt");
    }

    @Test
    void withoutUsersAllMunicipalitiesShareAndAShortPeriodUsesTheFirstRates() {
        // 2 years of the 75-50-25 taper: 475.000 × 75 % = 356.250 and 0 × 50 % = 0; shares 300 : 100 : 75 of 475
        CalcResult result = new DeficitSharingModel().run(PEOPLE, Map.of("deficits", "475.000;0"));
        assertThat(result.row("København")).containsEntry("år_1", new BigDecimal("225000"));
        assertThat(result.row("Frederiksberg")).containsEntry("år_1", new BigDecimal("75000"));
        assertThat(result.row("Gentofte")).containsEntry("år_1", new BigDecimal("56250")).doesNotContainKey("år_3");
    }

    @Test
    void atMostThreeYearsAndAtMost75Percent() {
        var model = new DeficitSharingModel();
        assertThatThrownBy(() -> model.run(PEOPLE, Map.of("deficits", "1;1;1;1")))
                .hasMessage("Opstartsperioden er på 1 til 3 år, men 'deficits' har 4 år");
        assertThatThrownBy(() -> model.run(PEOPLE, Map.of("deficits", "1", "coverage", "80")))
                .hasMessage("Underskudsdækningen er højst 75 % om året, ikke 80 %");
        assertThatThrownBy(() -> model.run(PEOPLE, Map.of("deficits", "1", "users", "Aarhus")))
                .hasMessage("Brugerkommunen Aarhus står ikke i tabellen");
    }
}
