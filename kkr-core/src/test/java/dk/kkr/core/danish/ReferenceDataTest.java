package dk.kkr.core.danish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceDataTest {

    @Test
    void thereAreFiveBodiesOnePerRegion() {
        assertThat(ReferenceData.bodies()).hasSize(5);
        assertThat(ReferenceData.body("kkr syddanmark")).map(KkrBody::region).contains("Region Syddanmark");
        assertThat(ReferenceData.bodyOfRegion("Region Nordjylland")).map(KkrBody::name).contains("KKR Nordjylland");
        assertThat(ReferenceData.bodyOfRegion("Nordjylland")).isEmpty();
    }

    @Test
    void thereAre98Municipalities() {
        assertThat(ReferenceData.municipalities()).hasSize(98);
    }

    @Test
    void eachRegionHasItsNumberOfMunicipalities() {
        Map<String, Long> perRegion = ReferenceData.municipalities().stream()
                .collect(Collectors.groupingBy(Municipality::region, Collectors.counting()));
        assertThat(perRegion).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Region Hovedstaden", 29L,
                "Region Sjælland", 17L,
                "Region Syddanmark", 22L,
                "Region Midtjylland", 19L,
                "Region Nordjylland", 11L));
    }

    @Test
    void codesAreUniqueThreeDigitsAndInOrder() {
        var codes = ReferenceData.municipalities().stream().map(Municipality::code).toList();
        assertThat(codes).doesNotHaveDuplicates().isSorted().allSatisfy(c -> assertThat(c).isBetween(100, 999));
        assertThat(codes).doesNotContain(411); // Christiansø is not a municipality
    }

    @Test
    void namesAreUnique() {
        assertThat(ReferenceData.municipalities().stream().map(Municipality::name)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
            "101, København, Region Hovedstaden",
            "147, Frederiksberg, Region Hovedstaden",
            "400, Bornholm, Region Hovedstaden",
            "169, Høje-Taastrup, Region Hovedstaden",
            "173, Lyngby-Taarbæk, Region Hovedstaden",
            "259, Køge, Region Sjælland",
            "461, Odense, Region Syddanmark",
            "492, Ærø, Region Syddanmark",
            "580, Aabenraa, Region Syddanmark",
            "430, Faaborg-Midtfyn, Region Syddanmark",
            "751, Aarhus, Region Midtjylland",
            "741, Samsø, Region Midtjylland",
            "851, Aalborg, Region Nordjylland",
            "825, Læsø, Region Nordjylland"
    })
    void knownMunicipalitiesHaveTheirCodeAndRegion(int code, String name, String region) {
        assertThat(ReferenceData.municipality(name)).contains(new Municipality(code, name, region));
    }

    @ParameterizedTest
    @CsvSource({
            "Københavns Kommune, København",
            "KØBENHAVNS KOMMUNE, København",
            "københavn, København",
            "Frederiksberg Kommune, Frederiksberg",
            "Bornholms Regionskommune, Bornholm",
            "'  Aarhus   Kommune ', Aarhus",
            "Odense Kommune, Odense",
            "Høje-Taastrup Kommune, Høje-Taastrup",
            "Lyngby-Taarbæk Kommune, Lyngby-Taarbæk",
            "Nordfyns Kommune, Nordfyns",
            "Vesthimmerlands Kommune, Vesthimmerlands",
            "Ærø Kommune, Ærø",
            "Faaborg-Midtfyns Kommune, Faaborg-Midtfyn"
    })
    void lookupAcceptsTheInflectedForms(String written, String name) {
        assertThat(ReferenceData.municipality(written)).map(Municipality::name).contains(name);
    }

    @Test
    void lookupAcceptsDecomposedLetters() {
        assertThat(ReferenceData.municipality("Ta\u030arnby Kommune")).map(Municipality::code).contains(185);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Christiansø", "Region Hovedstaden", "Kommune", "", "Aarhus Amt", "Københavnss Kommune"})
    void lookupFindsNothingForOtherNames(String written) {
        assertThat(ReferenceData.municipality(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "Kgbenhavn, København",
            "Kgbenhavns Kommune, København",
            "Arhus, Aarhus",
            "Århus Kommune, Aarhus",
            "Ålborg, Aalborg",
            "Ringkobing-Skjern, Ringkøbing-Skjern",
            "Ringkøbing Skjern Kommune, Ringkøbing-Skjern",
            "Lyngby-Taarbaek, Lyngby-Taarbæk",
            "Hoje Taastrup, Høje-Taastrup",
            "Tarnby, Tårnby",
            "Helsingor, Helsingør",
            "Hillergd Kommune, Hillerød",
            "Aero, Ærø",
            "Morso, Morsø",
            "Br@ndby, Brøndby",
            "Kobenhavn, København"
    })
    void tolerantLookupSeesThroughDamagedLetters(String written, String name) {
        assertThat(ReferenceData.municipalityTolerant(written)).map(Municipality::name).contains(name);
    }

    @Test
    void everyNameSpelledInAsciiOrWithOcrSubstitutesFindsItself() {
        for (Municipality m : ReferenceData.municipalities()) {
            String ascii = m.name().replace("æ", "ae").replace("ø", "o").replace("å", "aa")
                    .replace("Æ", "Ae").replace("Ø", "O").replace("Å", "Aa");
            String ocr = m.name().replace("æ", "ae").replace("ø", "g").replace("å", "a")
                    .replace("Æ", "Ae").replace("Ø", "O").replace("Å", "A");
            assertThat(ReferenceData.municipalityTolerant(ascii)).as(ascii).contains(m);
            assertThat(ReferenceData.municipalityTolerant(ocr)).as(ocr).contains(m);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Christiansø", "Region Hovedstaden", "Kommune", "", "Aarhus Amt", "Kbh"})
    void tolerantLookupStillFindsNothingForOtherNames(String written) {
        assertThat(ReferenceData.municipalityTolerant(written)).isEmpty();
    }

    @Test
    void everyBodyHasItsMunicipalitiesAndEachMunicipalityItsBody() {
        int total = 0;
        for (KkrBody body : ReferenceData.bodies()) {
            var members = ReferenceData.municipalitiesOf(body);
            assertThat(members).isNotEmpty().allSatisfy(m -> assertThat(m.kkr()).isEqualTo(body));
            total += members.size();
        }
        assertThat(total).isEqualTo(98);
        assertThat(ReferenceData.municipality("Aalborg").orElseThrow().kkr().name()).isEqualTo("KKR Nordjylland");
        assertThat(ReferenceData.municipalitiesOf(ReferenceData.body("KKR Midtjylland").orElseThrow()))
                .extracting(Municipality::name)
                .containsExactly("Horsens", "Herning", "Holstebro", "Lemvig", "Struer", "Syddjurs", "Norddjurs",
                        "Favrskov", "Odder", "Randers", "Silkeborg", "Samsø", "Skanderborg", "Aarhus",
                        "Ikast-Brande", "Ringkøbing-Skjern", "Hedensted", "Skive", "Viborg");
    }
}
