package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityRecogniserTest {

    private final MunicipalityRecogniser recogniser = new MunicipalityRecogniser();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Mødet holdes i Roskilde i år.;Roskilde;265",
            "Det bekræfter Københavns Kommune.;Københavns Kommune;101",
            "Frederiksbergs borgmester deltog.;Frederiksbergs;147",
            "Adresse: 2300 Kgbenhavn S;Kgbenhavn;101",
            "Arhus og omegn;Arhus;751",
            "Sted: Tinghuset, Randers kommune;Randers kommune;730",
            "et projekt i Lyngby-Taarbeek med flere;Lyngby-Taarbeek;173",
            "BORNHOLMS REGIONSKOMMUNE;BORNHOLMS REGIONSKOMMUNE;400",
            "projekter i Lejre og omegn;Lejre;350",
            "Vejen Kommune deltager også.;Vejen Kommune;575",
            "Hoje-Taastrup og;Hoje-Taastrup;169",
            "Sted: Kulturhuset, Ringkgbing Skjern;Ringkgbing Skjern;760"})
    void names(String text, String surface, int code) {
        assertThat(recogniser.recognise(text)).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo(surface);
            assertThat(m.municipality().code()).isEqualTo(code);
        });
    }

    @Test
    void compoundsHyphenatedNamesAndTheirParts() {
        var found = recogniser.recognise("Holstebro-Struer samarbejdet og Ikast-Brande");
        assertThat(found).extracting(m -> m.municipality().name()).containsExactly("Holstebro", "Struer", "Ikast-Brande");
    }

    @Test
    void placesThatAreNotTheMunicipality() {
        assertThat(recogniser.recognise("""
                Vandet i Køge Bugt, studerende ved Aarhus Universitet og patienter på Herlev Hospital og Hvidovre hospital.
                Region Hovedstaden og Hovedstaden som helhed.
                Vejen frem er lang, og Greve af Rosenborg kom. Fang bolden.
                Frederikssunds- og Holbækmotorvejen. roskilde skrevet med lille.
                """)).isEmpty();
    }
}
