package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScaleModelTest {

    private static final CalcInput BASE = CalcCsv.parse("""
            kommune;grundbeløb
            København;1.000.000
            Frederiksberg;500.000
            Gentofte;500.000
            """);

    @Test
    void scalesToTheTotalInWholeKronerWithTheExactSum() {
        // factor 1.000.001 / 2.000.000: quotas 500.000,5 / 250.000,25 / 250.000,25; whole parts 1.000.000,
        // the last krone to the largest remainder, København
        CalcResult result = new ScaleModel().run(BASE, Map.of("total", "1.000.001"));
        assertThat(result.rows()).extracting(r -> r.get("beløb"))
                .containsExactly(new BigDecimal("500001"), new BigDecimal("250000"), new BigDecimal("250000"));
        assertThat(result.row("København")).containsEntry("ændring", new BigDecimal("-499999"));
        assertThat(result.total()).containsEntry("beløb", new BigDecimal("1000001"));
        assertThat(result.steps()).anyMatch(s -> s.contains("Skaleringsfaktoren er 1.000.001 / 2.000.000 = 0,500001"));
    }

    @Test
    void theTotalCanBeBuiltFromStaffingAndActivity() {
        // 2 årsværk × 500.000 kr. + 1 kr. aktivitet = 1.000.001 kr.: the same as above
        CalcResult result = new ScaleModel().run(BASE, Map.of("fte", "2", "fte_cost", "500.000", "activity", "1"));
        assertThat(result.total()).containsEntry("beløb", new BigDecimal("1000001"));
        assertThat(result.steps()).contains("Den nye total bygges af personale og aktivitet: 2 årsværk × 500.000 kr. + 1 kr. "
                + "i aktivitetsmidler = 1.000.001 kr.");
    }

    @Test
    void tiesAreBrokenByTheLowerCode() {
        // 100 / 3 = 33,33 each; the krone left over goes to the lowest code: Frederiksberg 147 before Gentofte 157 and Tårnby 185
        CalcInput equal = CalcCsv.parse("kommune;b\nTårnby;7\nGentofte;7\nFrederiksberg;7\n");
        CalcResult result = new ScaleModel().run(equal, Map.of("total", "100"));
        assertThat(result.row("Frederiksberg")).containsEntry("beløb", new BigDecimal("34"));
        assertThat(result.steps()).anyMatch(s -> s.contains("laveste kommunekode"));
    }

    @Test
    void aFractionalTotalIsRoundedToWholeKroner() {
        CalcResult result = new ScaleModel().run(BASE, Map.of("fte", "1,5", "fte_cost", "333.333,33"));
        // 1,5 × 333.333,33 = 499.999,995 → 500.000 kr.
        assertThat(result.total()).containsEntry("beløb", new BigDecimal("500000"));
        assertThat(result.steps()).contains("Totalen afrundes (halvt op) til hele kroner: 500.000 kr.");
    }

    @Test
    void theJsonHasExactlyTheAgreedShape() throws Exception {
        String json = new ScaleModel().run(BASE, Map.of("total", "1.000.001")).toJson();
        JsonNode node = new ObjectMapper().readTree(json);
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("model", "params", "rows", "total", "steps");
        assertThat(node.get("model").asText()).isEqualTo("scale");
        assertThat(node.get("params").get("total").asText()).isEqualTo("1.000.001");
        assertThat(node.get("params").get("activity").asText()).isEqualTo("0");
        assertThat(node.get("rows").get(0).fieldNames().next()).isEqualTo("kommune");
        assertThat(json).contains("\"beløb\":500001,").doesNotContain("E+");
    }

    @Test
    void eitherTotalOrStaffing() {
        assertThatThrownBy(() -> new ScaleModel().run(BASE, Map.of()))
                .hasMessageStartingWith("Angiv enten 'total' eller 'fte'");
        assertThatThrownBy(() -> new ScaleModel().run(BASE, Map.of("total", "1", "fte", "2")))
                .hasMessageStartingWith("Angiv enten 'total' eller 'fte'");
        assertThatThrownBy(() -> new ScaleModel().run(BASE, Map.of("totl", "1")))
                .hasMessage("Modellen scale kender ikke parameteren 'totl'; den kender: column, total, fte, fte_cost, activity");
    }
}
