package dk.kkr.core.danish;

import org.junit.jupiter.api.Test;

import static dk.kkr.core.danish.Spellings.Context.ALONE;
import static dk.kkr.core.danish.Spellings.Context.RUNNING_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

class SpellingsTest {

    @Test
    void theNameAsWrittenComesFirst() {
        assertThat(Spellings.of("Hillerød", RUNNING_TEXT)).first().isEqualTo("Hillerød");
        assertThat(Spellings.of("Roskilde", ALONE)).containsExactly("Roskilde");
    }

    @Test
    void commonMisreadingsOfTheTableStandInRunningText() {
        assertThat(Spellings.of("Hillerød", RUNNING_TEXT)).contains("Hillergd", "Hiller@d", "Hillerod", "Hillerød");
        assertThat(Spellings.of("Lyngby-Taarbæk", RUNNING_TEXT))
                .contains("Lyngby-Tårbæk", "Lyngby-Tarbaek", "Lyngby-Taarbeek", "Lyngby-Taarbzk");
    }

    @Test
    void rareMisreadingsOnlyForANameStandingAlone() {
        // a read as ø costs 3.2 in the table: too rare to believe in running text
        assertThat(Spellings.of("Hillerød", RUNNING_TEXT)).doesNotContain("Hillerad");
        assertThat(Spellings.of("Hillerød", ALONE)).contains("Hillerad", "Hilleroed", "Hiller0d");
    }

    @Test
    void shortDamagedSpellingsAreOrdinaryWordsInRunningText() {
        assertThat(Spellings.of("Køge", RUNNING_TEXT)).contains("K@ge").doesNotContain("Koge", "Kgge");
        assertThat(Spellings.of("Køge", ALONE)).contains("Koge", "Kgge");
    }

    @Test
    void theOldSpellingAaAndÅStandForEachOther() {
        assertThat(Spellings.of("Aarhus", RUNNING_TEXT)).contains("Århus", "Arhus", "&rhus");
        assertThat(Spellings.of("Tårnby", RUNNING_TEXT)).contains("Taarnby", "Tarnby");
    }

    @Test
    void capitalLettersTakeCapitalMisreadingsAndWordStartRulesOnlyAtAWordStart() {
        assertThat(Spellings.of("Ærø", ALONE)).contains("&rø", "Aerø", "/Erø", "Aero", "Ær@");
        assertThat(Spellings.of("Ærø", ALONE)).noneMatch(s -> s.startsWith("ae"));
        assertThat(Spellings.of("Sæby", ALONE)).contains("Saeby", "Szby").doesNotContain("S&by", "S/eby");
    }

    @Test
    void aNameWithMoreThanFourLettersToDamageIsOnlyTakenAsWritten() {
        assertThat(Spellings.of("Ølstrømsø Åå", ALONE)).containsExactly("Ølstrømsø Åå");
    }
}
