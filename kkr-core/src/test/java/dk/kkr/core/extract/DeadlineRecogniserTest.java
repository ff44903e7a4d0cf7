package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineRecogniserTest {

    private final DeadlineRecogniser recogniser = new DeadlineRecogniser(new DateRecogniser());

    @Test
    void senestAndInden() {
        var found = recogniser.recognise("Planen sendes til styrelsen senest 15. marts 2022. Svar gives inden d. 1. april 2022.");
        assertThat(found).extracting(DeadlineMention::text)
                .containsExactly("senest 15. marts 2022", "inden d. 1. april 2022");
        assertThat(found).extracting(DeadlineMention::phrase).containsExactly("senest", "inden");
        assertThat(found.getFirst().date().start()).isEqualTo(LocalDate.of(2022, 3, 15));
    }

    @Test
    void fristLaterInTheSentence() {
        String text = "Fristen for høringssvar vedr. planen er den 30. juni 2023. Mødet er 1. juli 2023.";
        assertThat(recogniser.recognise(text)).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Fristen for høringssvar vedr. planen er den 30. juni 2023");
            assertThat(d.phrase()).isEqualTo("Fristen");
            assertThat(d.date().text()).isEqualTo("30. juni 2023");
        });
    }

    @Test
    void deadlineAsTheCue() {
        assertThat(recogniser.recognise("Ansøgningen har deadline den 2. maj 2024.")).singleElement()
                .extracting(DeadlineMention::text).isEqualTo("deadline den 2. maj 2024");
    }

    @Test
    void dateHeadingAFristLine() {
        assertThat(recogniser.recognise("1. marts 2027: Frist for indsendelse af planer")).singleElement()
                .extracting(DeadlineMention::text).isEqualTo("1. marts 2027: Frist");
    }

    @Test
    void noDeadlineWithoutADateAtTheCue() {
        assertThat(recogniser.recognise("""
                Det sker inden for rammerne af aftalen fra 2. maj 2021.
                Den seneste plan er fra 3. maj 2021, og den blev senest revideret i 2023.
                Der er en frist. Mødet var 1. juni 2021.
                Langfristet planlægning i 2022.
                """)).isEmpty();
    }
}
