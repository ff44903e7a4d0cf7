package dk.kkr.core.danish;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1550000      | 1550000",
            "1.550.000    | 1550000",
            "4,6          | 4.6",
            "4.6          | 4.6",
            "1.550.000,50 | 1550000.50",
            "1,550,000.50 | 1550000.50",
            "1,550,000    | 1550000",
            "12345.678    | 12345.678",
            "-1.234,5     | -1234.5",
            "−12          | -12",
            "3,9 %        | 3.9",
            "1.652.253 kr.| 1652253",
            "1 550 000    | 1550000"
    })
    void readsDanishAndPlainNumbersAlike(String cell, String expected) {
        assertThat(DanishNumbers.parseCell(cell, DanishNumbers.Style.DANISH)).isEqualByComparingTo(expected);
        assertThat(DanishNumbers.parseCell(cell, DanishNumbers.Style.PLAIN)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1.550, 1550, 1.55", "12.500, 12500, 12.5", "999.999, 999999, 999.999"})
    void theStyleDecidesOnlyTheAmbiguousShape(String cell, String danish, String plain) {
        assertThat(DanishNumbers.parseCell(cell, DanishNumbers.Style.DANISH)).isEqualByComparingTo(danish);
        assertThat(DanishNumbers.parseCell(cell, DanishNumbers.Style.PLAIN)).isEqualByComparingTo(plain);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.55o", "1,2,3", "1.5.5", "12.34,5", ".5", "1..2", "-"})
    void otherCellsAreNoNumber(String cell) {
        assertThat(DanishNumbers.parseCell(cell, DanishNumbers.Style.DANISH)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4,6 | true", "1.550.000 | true", "1.550,5 | true", "1.550 | false", "4.6 | false", "1550 | false"})
    void cellsCanShowTheDanishStyle(String cell, boolean danish) {
        assertThat(DanishNumbers.looksDanish(cell)).isEqualTo(danish);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1652253 | 1.652.253", "4.60 | 4,60", "-1234.5 | -1.234,5", "999 | 999", "0.0001 | 0,0001"})
    void writesDanish(String value, String written) {
        assertThat(DanishNumbers.format(new BigDecimal(value))).isEqualTo(written);
    }
}
