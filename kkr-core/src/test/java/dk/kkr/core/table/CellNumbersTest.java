package dk.kkr.core.table;

import dk.kkr.core.danish.DanishNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The cell values tables rely on, read by the project's one Danish number parser. */
class CellNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1.652.253;1652253",
            "2,6;2.6",
            "-3,4;-3.4",
            "\u22123,4;-3.4",
            "\u20133,4;-3.4",
            "+2;2",
            "12 %;12",
            "12%;12",
            "90 pct.;90",
            "(1.234);-1234",
            "2000;2000",
            "'  723.300 ';723300"})
    void values(String text, String value) {
        assertThat(DanishNumbers.parseValue(text)).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(new BigDecimal(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3.2", "1.23", "12 mio.", "n/a", "-", "Odense", "2,6 mio. kr.", "(1.234", "-(5)"})
    void notValues(String text) {
        assertThat(DanishNumbers.parseValue(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"'100,00',2", "'3,250',3", "'1.386',0"})
    void decimalsAreKeptAsPrinted(String text, int scale) {
        assertThat(DanishNumbers.parseValue(text)).hasValueSatisfying(v -> assertThat(v.scale()).isEqualTo(scale));
    }
}
