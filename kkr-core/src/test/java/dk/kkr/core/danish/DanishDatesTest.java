package dk.kkr.core.danish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DanishDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "6. januar 2023|2023-01-06",
            "Dato: 24. februar 2025|2025-02-24",
            "mandag den 9. november 2020|2020-11-09",
            "1. dec. 2031|2031-12-01",
            "07-09-2020 10:00|2020-09-07",
            "7.9.2020|2020-09-07",
            "31/12/2029|2029-12-31"})
    void readsDanishDates(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), DanishDates.findDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30. februar 2023", "6. ma 2023", "ingen dato her", "32-01-2020", "2023"})
    void rejectsWhatIsNoDate(String text) {
        assertEquals(Optional.empty(), DanishDates.findDate(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "07-09-2020 10:00|10:00",
            "7. september 2020, kl. 10.00|10:00",
            "kl. 9.30-12.00|09:30",
            "fra kl. 9|09:00"})
    void readsTimesAfterDates(String text, LocalTime expected) {
        assertEquals(Optional.of(expected), DanishDates.findTime(text));
    }

    @Test
    void noTimeInADateAlone() {
        assertEquals(Optional.empty(), DanishDates.findTime("7.9.2020"));
    }

    @Test
    void formatsTheLongDanishForm() {
        assertEquals("7. september 2020", DanishDates.format(LocalDate.of(2020, 9, 7)));
    }
}
