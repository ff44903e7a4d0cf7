package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountRecogniserTest {

    private final AmountRecogniser recogniser = new AmountRecogniser();

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "Taksten er 1.234.567 kr. om året.;1.234.567 kr.;1234567;-",
            "Puljen er på 4,5 mio. kr. i alt.;4,5 mio. kr.;4500000;-",
            "Rammen er 12,3 mia. kr. for perioden.;12,3 mia. kr.;12300000000;-",
            "Staten afsætter 150 mio. kr. til formålet.;150 mio. kr.;150000000;-",
            "Et tilskud på kr. 125.000 gives.;kr. 125.000;125000;-",
            "Hver bidrager med 2 millioner kroner.;2 millioner kroner;2000000;-",
            "Udgiften anslås til 88 mio. kr. (25-pl) årligt.;88 mio. kr. (25-pl);88000000;25-pl",
            "Det koster 3 mio. kr. i 2023-pl samlet.;3 mio. kr. i 2023-pl;3000000;23-pl"})
    void amounts(String text, String surface, String kroner, String priceLevel) {
        assertThat(recogniser.recognise(text)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(surface);
            assertThat(m.kroner()).isEqualByComparingTo(new BigDecimal(kroner));
            assertThat(m.priceLevel()).isEqualTo(priceLevel);
        });
    }

    @Test
    void scaleWithoutCurrencyCountsWhenTheSentenceIsAboutKroner() {
        var found = recogniser.recognise("Omsætningen faldt fra 20,5 mia. i 2019 til 4 mia. kr. i 2020.");
        assertThat(found).extracting(AmountMention::text).containsExactly("20,5 mia.", "4 mia. kr.");
    }

    @Test
    void amountWrappedOverLines() {
        var found = recogniser.recognise("kommunerne bidrager med 3\nmio. kr. hvert år");
        assertThat(found).singleElement().extracting(AmountMention::kroner)
                .satisfies(k -> assertThat(k).isEqualByComparingTo("3000000"));
    }

    @Test
    void countsAndBareNumbersAreNotAmounts() {
        assertThat(recogniser.recognise("Der er 12,5 mio. timer i kø og 2 mio. indbyggere.")).isEmpty();
        assertThat(recogniser.recognise("Der var 750.000 besøgende i 2022.")).isEmpty();
        assertThat(recogniser.recognise("Omsætningen faldt fra 20,5 mia. i 2019. Det kostede mange kr. at rette.")
        ).extracting(AmountMention::text).isEmpty();
    }
}
