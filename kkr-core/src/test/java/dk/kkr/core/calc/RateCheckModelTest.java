package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateCheckModelTest {

    private static final CalcInput COSTS = CalcCsv.parse("""
            kommune;udgift_2023;udgift_2024;årsag;begrundelse
            København;1.000;1.039;;
            Frederiksberg;1.000;1.040;A;Ny målgruppe
            Gentofte;2.000;1.900;;
            Gladsaxe;1.000;1.100;;
            """);

    @Test
    void growthAgainstTheIndexWithReasons() {
        // København 1.039 / 1.000 = +3,90 %: exactly the index, kept; Frederiksberg +4,00 %: 0,10 point over;
        // Gentofte −5,00 %: kept; Gladsaxe +10,00 % without any reason
        CalcResult result = new RateCheckModel().run(COSTS, Map.of("index", "3,9", "codes", "A;B"));
        assertThat(result.row("København")).containsEntry("vækst_pct", new BigDecimal("3.90")).containsEntry("overholder", "ja");
        assertThat(result.row("Frederiksberg")).containsEntry("vækst_pct", new BigDecimal("4.00"))
                .containsEntry("overholder", "nej").containsEntry("over_pct_point", new BigDecimal("0.10"))
                .containsEntry("årsag", "A").containsEntry("begrundelse", "Ny målgruppe");
        assertThat(result.row("Gentofte")).containsEntry("vækst_pct", new BigDecimal("-5.00"));
        assertThat(result.total()).containsEntry("overholder", BigDecimal.valueOf(2)).containsEntry("overskrider", BigDecimal.valueOf(2));
        assertThat(result.steps()).contains("2 overholder aftalen: København, Gentofte.",
                "2 overskrider den: Frederiksberg (4,00 %, årsag A: Ny målgruppe); Gladsaxe (10,00 %, ingen begrundelse angivet).");
    }

    @Test
    void anUnknownReasonCodeNamesTheLine() {
        assertThatThrownBy(() -> new RateCheckModel().run(COSTS, Map.of("index", "3,9", "codes", "B")))
                .hasMessage("Linje 3 (Frederiksberg), kolonne 'årsag': årsagskoden 'A' er ikke en af B");
    }
}
