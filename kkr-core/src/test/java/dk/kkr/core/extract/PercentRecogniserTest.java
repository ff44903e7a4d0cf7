package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PercentRecogniserTest {

    private final PercentRecogniser recogniser = new PercentRecogniser();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Ledigheden faldt til 3,9 % i juni.;3,9 %;3.9",
            "Mindst 75 pct. af borgerne;75 pct.;75",
            "en stigning på 20% siden sidst;20%;20",
            "den fælles 55%-målsætning;55%;55",
            "knap 12 procent af budgettet;12 procent;12"})
    void percentages(String text, String surface, String value) {
        assertThat(recogniser.recognise(text)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(surface);
            assertThat(m.value()).isEqualByComparingTo(new BigDecimal(value));
        });
    }

    @Test
    void percentagePointsAndPlainNumbersAreNot() {
        assertThat(recogniser.recognise("steg 2 pct.-point, faldt 3 procentpoint, 40 pladser, 1,5%-point")).isEmpty();
    }
}
