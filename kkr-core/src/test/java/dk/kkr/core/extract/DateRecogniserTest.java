package dk.kkr.core.extract;

import dk.kkr.core.extract.DateMention.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateRecogniserTest {

    private final DateRecogniser recogniser = new DateRecogniser();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Mødet holdes den 3. marts 2021 kl. 9.;3. marts 2021;2021-03-03;2021-03-03;DAY",
            "Sendt 4. okt. 2019 til alle.;4. okt. 2019;2019-10-04;2019-10-04;DAY",
            "Dato: 02-11-2022 14:00;02-11-2022;2022-11-02;2022-11-02;DAY",
            "Dato: 15.01.2024;15.01.2024;2024-01-15;2024-01-15;DAY",
            "D. 3/2-2022 kl. 12;3/2-2022;2022-02-03;2022-02-03;DAY",
            "opdateret i august 2021 af sekretariatet;august 2021;2021-08-01;2021-08-31;MONTH",
            "forventes færdig medio 2025.;medio 2025;2025-05-01;2025-08-31;PERIOD",
            "starter primo 2023;primo 2023;2023-01-01;2023-04-30;PERIOD",
            "klar ultimo 2022;ultimo 2022;2022-09-01;2022-12-31;PERIOD",
            "Ultimo marts 2024: høring;Ultimo marts 2024;2024-03-21;2024-03-31;PERIOD",
            "evalueres i 1. halvår 2027;1. halvår 2027;2027-01-01;2027-06-30;HALF_YEAR",
            "i andet halvår 2023 følger;andet halvår 2023;2023-07-01;2023-12-31;HALF_YEAR",
            "i 3. kvartal 2026 forventes;3. kvartal 2026;2026-07-01;2026-09-30;QUARTER",
            "drøftes i efteråret 2022 igen;efteråret 2022;2022-09-01;2022-11-30;PERIOD",
            "Januar — april 2025: Analyse;Januar — april 2025;2025-01-01;2025-04-30;PERIOD",
            "for perioden 2021-2024 er aftalt;2021-2024;2021-01-01;2024-12-31;PERIOD",
            "Aftalen blev indgået i 2018 af parterne.;2018;2018-01-01;2018-12-31;YEAR",
            "besparelser frem mod 2030.;2030;2030-01-01;2030-12-31;YEAR"})
    void forms(String text, String surface, String start, String end, Precision precision) {
        assertThat(recogniser.recognise(text)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(surface);
            assertThat(m.span().of(text)).isEqualTo(surface);
            assertThat(m.start()).isEqualTo(LocalDate.parse(start));
            assertThat(m.end()).isEqualTo(LocalDate.parse(end));
            assertThat(m.precision()).isEqualTo(precision);
        });
    }

    @Test
    void ocrDamagedHalfYearAndWrappedDate() {
        assertThat(recogniser.recognise("i andet\nhalvar af 2024")).singleElement()
                .extracting(DateMention::precision).isEqualTo(Precision.HALF_YEAR);
        assertThat(recogniser.recognise("mødet den 5. juni\n2024 blev aflyst")).singleElement()
                .extracting(DateMention::start).isEqualTo(LocalDate.of(2024, 6, 5));
    }

    @Test
    void dayWithoutYearTakesItFromItsRangeOrFromTheDateBefore() {
        var range = recogniser.recognise("Ansøgning i perioden 2. marts til 9. april 2021.");
        assertThat(range).extracting(DateMention::start)
                .containsExactly(LocalDate.of(2021, 3, 2), LocalDate.of(2021, 4, 9));
        var context = recogniser.recognise("Mødet 4. maj 2022 besluttede, at svar gives inden 1. juni.");
        assertThat(context).extracting(DateMention::text).containsExactly("4. maj 2022", "1. juni");
        assertThat(context.getLast().start()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(recogniser.recognise("Tallet opgøres pr. 1. januar hvert år.")).isEmpty();
    }

    @Test
    void numbersThatAreNoDates() {
        assertThat(recogniser.recognise("""
                Side 3 af 12
                SAG-2021-04567 abcd
                Fordelingen 75-50-25 gælder, jf. punkt 3.5.2 og afsnit 12.4.
                Rapporten Trafikprofil 2019 og projektet DK2020 nævnes.
                Der er 2021 borgere på venteliste og 1.652.253 kr. i takst.
                31.02.2023 er ingen dag, og 1. runde starter snart.
                """)).isEmpty();
    }
}
