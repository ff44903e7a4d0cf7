package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedKeyModelTest {

    /*
     * The five criteria of the pædagog internship key (KKR Hovedstaden 7.9.2020, item 3.5). Each column sums
     * to 100 over the three municipalities in the key; Bornholm is on a local agreement and must not count.
     *   København:     20 % × 50/100 + 20 % × 50/100 + 20 % × 50/100 + 5 % × 50/100 + 35 % × 50/100 = 50 %
     *   Frederiksberg: 6 + 6 + 4 + 1 + 7                                                             = 24 %
     *   Gentofte:      4 + 4 + 6 + 1,5 + 10,5                                                        = 26 %
     */
    private static final String TABLE = """
            kommune;antal_0_14;indskrevne_0_13;stillinger;elever_bhkl;studerende;kapacitet;gammel
            København;50;50;50;50;50;10;50
            Frederiksberg;30;30;20;20;20;0;25
            Gentofte;20;20;30;30;30;5;28
            Bornholm;10;10;10;10;10;3;0
            """;

    private static final Map<String, String> PARAMS = Map.of(
            "weights", "antal_0_14:20;indskrevne_0_13:20;stillinger:20;elever_bhkl:5;studerende:35",
            "places", "150",
            "capacity", "kapacitet",
            "fixed", "Region Hovedstaden:47",
            "exclude", "Bornholm",
            "old", "gammel");

    @Test
    void capacityFirstThenTheKeyAfterTheRegionsFixedPlaces() {
        CalcResult result = new WeightedKeyModel().run(CalcCsv.parse(TABLE), PARAMS);
        // 150 − 47 (the region) = 103; capacity 10 + 0 + 5 = 15 placed first; 88 by the key:
        // 88 × 50 % = 44; 88 × 24 % = 21,12; 88 × 26 % = 22,88 → 44 + 21 + 22 = 87, the last to Gentofte (0,88)
        assertPlaces(result, "København", 50, 10, 44, 54);
        assertPlaces(result, "Frederiksberg", 24, 0, 21, 21);
        assertPlaces(result, "Gentofte", 26, 5, 23, 28);
        assertThat(result.row("Bornholm")).containsEntry("grundlag", "uden for nøglen").containsEntry("pladser", BigDecimal.ZERO);
        assertThat(result.row("Region Hovedstaden")).containsEntry("grundlag", "fast antal")
                .containsEntry("pladser", BigDecimal.valueOf(47));
        assertThat(result.total()).containsEntry("pladser", BigDecimal.valueOf(150))
                .containsEntry("fast", BigDecimal.valueOf(47))
                .containsEntry("kapacitet", BigDecimal.valueOf(15))
                .containsEntry("nøgle", BigDecimal.valueOf(88));
        assertThat(result.steps()).contains("Der er 150 pladser i alt. Faste antal uden for nøglen: Region Hovedstaden 47, "
                + "i alt 47; tilbage til fordeling: 150 − 47 = 103.");
        assertThat(result.steps()).anyMatch(s -> s.startsWith("Kapacitet først: kommunerne har meldt 15 pladser ind"));
        assertThat(result.steps()).anyMatch(s -> s.contains("Gentofte (kvote 22,8800)"));
    }

    @Test
    void comparesWithTheOldKeyInPlacesAndPercent() {
        CalcResult result = new WeightedKeyModel().run(CalcCsv.parse(TABLE), PARAMS);
        // København 54 − 50 = +4 = 8,0 %; Frederiksberg 21 − 25 = −4 = −16,0 %; Gentofte 28 − 28 = 0
        assertThat(result.row("København")).containsEntry("forskel", new BigDecimal("4")).containsEntry("forskel_pct", new BigDecimal("8.0"));
        assertThat(result.row("Frederiksberg")).containsEntry("forskel", new BigDecimal("-4")).containsEntry("forskel_pct", new BigDecimal("-16.0"));
        assertThat(result.row("Gentofte")).containsEntry("forskel_pct", new BigDecimal("0.0"));
        assertThat(result.row("Bornholm")).containsEntry("forskel_pct", null);
        assertThat(result.steps()).anyMatch(s -> s.contains("Størst stigning: København 4 (8,0 %); størst fald: Frederiksberg -4 (-16,0 %)."));
    }

    @Test
    void withoutCapacityAllPlacesGoByTheKeyAndAFixedMunicipalityKeepsItsNumber() {
        CalcResult result = new WeightedKeyModel().run(CalcCsv.parse(TABLE), Map.of(
                "weights", "antal_0_14:20;indskrevne_0_13:20;stillinger:20;elever_bhkl:5;studerende:35",
                "places", "106", "fixed", "Bornholms Regionskommune:6"));
        // 106 − 6 = 100 by the key: 50, 24, 26 exactly
        assertThat(result.rows()).extracting(r -> r.get("pladser"))
                .containsExactly(BigDecimal.valueOf(50), BigDecimal.valueOf(24), BigDecimal.valueOf(26), BigDecimal.valueOf(6));
        assertThat(result.row("Bornholm")).containsEntry("grundlag", "fast antal");
        assertThat(result.row("København")).doesNotContainKey("kapacitet");
    }

    @Test
    void capacityBeyondThePlacesIsScaledDown() {
        CalcResult result = new WeightedKeyModel().run(CalcCsv.parse(TABLE), Map.of(
                "weights", "antal_0_14:1", "places", "9", "capacity", "kapacitet", "exclude", "Bornholm"));
        // 15 offered, only 9 places: 9 × 10/15 = 6, 9 × 0 = 0, 9 × 5/15 = 3; nothing left for the key
        assertPlaces(result, "København", 50, 6, 0, 6);
        assertPlaces(result, "Gentofte", 20, 3, 0, 3);
        assertThat(result.steps()).anyMatch(s -> s.contains("Vægtene summerer til 1 %"));
    }

    @Test
    void errorsNameWhatIsWrong() {
        var model = new WeightedKeyModel();
        CalcInput input = CalcCsv.parse(TABLE);
        assertThatThrownBy(() -> model.run(input, Map.of("weights", "børn:100", "places", "10")))
                .hasMessageStartingWith("Tabellen har ingen kolonne 'børn'");
        assertThatThrownBy(() -> model.run(input, Map.of("weights", "stillinger:100", "places", "10", "fixed", "Region Hovedstaden:47")))
                .hasMessage("De faste antal (47) er flere end pladserne i alt (10)");
        assertThatThrownBy(() -> model.run(input, Map.of("weights", "stillinger:100", "places", "10", "fixed", "Gotham:1")))
                .hasMessage("Parameteren 'fixed' nævner 'Gotham', som ikke er en af de 98 kommuner");
        assertThatThrownBy(() -> model.run(input, Map.of("weights", "stillinger:100")))
                .hasMessageStartingWith("Modellen weighted-key mangler parameteren 'places'");
    }

    private static void assertPlaces(CalcResult result, String kommune, int sharePct, int capacity, int byKey, int places) {
        Map<String, Object> row = result.row(kommune);
        assertThat((BigDecimal) row.get("andel_pct")).isEqualByComparingTo(BigDecimal.valueOf(sharePct));
        assertThat(row).containsEntry("kapacitet", BigDecimal.valueOf(capacity))
                .containsEntry("nøgle", BigDecimal.valueOf(byKey))
                .containsEntry("pladser", BigDecimal.valueOf(places));
    }
}
