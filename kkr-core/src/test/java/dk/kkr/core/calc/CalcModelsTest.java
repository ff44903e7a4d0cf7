package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalcModelsTest {

    @Test
    void theSevenModelsByName() {
        assertThat(CalcModels.all()).extracting(CalcModel::name).containsExactly("weighted-key", "scale", "per-capita",
                "objective-financing", "deficit-sharing", "rate-check", "audit");
        assertThat(CalcModels.get("scale")).isInstanceOf(ScaleModel.class);
        assertThatThrownBy(() -> CalcModels.get("nøgle")).hasMessageStartingWith("Ukendt beregningsmodel 'nøgle'; der er: weighted-key");
    }

    @Test
    void everyModelDescribesItselfAndItsParams() {
        for (CalcModel model : CalcModels.all()) {
            assertThat(model.description()).isNotBlank();
            assertThat(model.params()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.name()).matches("[a-z_]+");
                assertThat(p.description()).isNotBlank();
            });
        }
    }
}
