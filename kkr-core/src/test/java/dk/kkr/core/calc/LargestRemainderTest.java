package dk.kkr.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.kkr.core.danish.Municipality;
import dk.kkr.core.danish.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static Municipality m(String name) {
        return ReferenceData.municipality(name).orElseThrow();
    }

    private static LargestRemainder.Claim claim(String name, String weight) {
        return new LargestRemainder.Claim(m(name), new BigDecimal(weight));
    }

    @Test
    void wholePartsFirstThenTheLargestRemainders() {
        // 10 × 5/14 = 3,571; 10 × 6/14 = 4,286; 10 × 3/14 = 2,143: whole parts 3 + 4 + 2 = 9,
        // the one left goes to the largest remainder 0,571 (Gentofte)
        var result = LargestRemainder.apportion(List.of(claim("Gentofte", "5"), claim("Gladsaxe", "6"),
                claim("Herlev", "3")), 10);
        assertThat(result.parts()).extracting(LargestRemainder.Part::units).containsExactly(4L, 4L, 2L);
        assertThat(result.fromWholeParts()).isEqualTo(9);
        assertThat(result.parts().get(0).quota()).isEqualByComparingTo("3.5714");
        assertThat(result.explanation("pladser")).startsWith("Heltalsdelene af kvoterne giver 9 af 10 pladser; den ene "
                + "resterende gives til: Gentofte (kvote 3,5714).");
    }

    @Test
    void equalRemaindersGoToTheLargerWeight() {
        // 2 × 1/4 = 0,5 and 2 × 3/4 = 1,5: the same remainder 0,5, so the larger weight (Herlev) gets the unit
        var result = LargestRemainder.apportion(List.of(claim("Gentofte", "1"), claim("Herlev", "3")), 2);
        assertThat(result.parts()).extracting(LargestRemainder.Part::units).containsExactly(0L, 2L);
    }

    @Test
    void equalRemaindersAndWeightsGoToTheLowerCode() {
        // 100 / 3 = 33,33 each; the one left goes to the lowest code: København 101 before Gentofte 157 and Tårnby 185
        var result = LargestRemainder.apportion(List.of(claim("Tårnby", "1"), claim("Gentofte", "1"),
                claim("København", "1")), 100);
        assertThat(result.parts()).extracting(LargestRemainder.Part::units).containsExactly(33L, 33L, 34L);
    }

    @Test
    void thirdsAreExactNotRoundedAway() {
        // 2 × 1/3 and 2 × 2/3 in decimals: 0,666… and 1,333…; remainders 0,666… and 0,333…
        var result = LargestRemainder.apportion(List.of(claim("Gentofte", "0.1"), claim("Herlev", "0.2")), 2);
        assertThat(result.parts()).extracting(LargestRemainder.Part::units).containsExactly(1L, 1L);
    }

    @Test
    void theSumIsAlwaysTheTotal() {
        var claims = ReferenceData.municipalities().stream()
                .map(m -> new LargestRemainder.Claim(m, BigDecimal.valueOf(m.code() * 37L % 101 + 1))).toList();
        for (long total : new long[] {0, 1, 97, 98, 99, 1_550_000, 987_654_321}) {
            var result = LargestRemainder.apportion(claims, total);
            assertThat(result.parts().stream().mapToLong(LargestRemainder.Part::units).sum()).isEqualTo(total);
        }
    }

    @Test
    void nothingToWeighIsAnError() {
        assertThatThrownBy(() -> LargestRemainder.apportion(List.of(claim("Gentofte", "0")), 5))
                .hasMessage("Summen af vægtene er 0, så 5 kan ikke fordeles");
        assertThatThrownBy(() -> LargestRemainder.apportion(List.of(claim("Gentofte", "-1")), 5))
                .hasMessageContaining("negativ vægt");
    }
}
