package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationRecogniserTest {

    private final OrganisationRecogniser recogniser = new OrganisationRecogniser();

    @Test
    void namesAndAliasesGiveTheCanonicalName() {
        var found = recogniser.recognise("KL og Region H har sammen med Erhvervshus Hovedstaden, Movia og Gate 21 "
                + "bedt Sundhedsstyrelsen og Styrelsen for Arbejdsmarked og Rekruttering om svar. RAR Fyn mødes.");
        assertThat(found).extracting(OrganisationMention::canonicalName).containsExactly("KL", "Region Hovedstaden",
                "Erhvervshus Hovedstaden", "Movia", "Gate 21", "Sundhedsstyrelsen",
                "Styrelsen for Arbejdsmarked og Rekruttering", "RAR Fyn");
        assertThat(found.get(1).text()).isEqualTo("Region H");
    }

    @Test
    void ocrDamagedNames() {
        assertThat(recogniser.recognise("Region Sjzlland og Region Sjaelland")).extracting(OrganisationMention::canonicalName)
                .containsExactly("Region Sjælland", "Region Sjælland");
    }

    @Test
    void wordsThatOnlyContainANameAreNot() {
        assertThat(recogniser.recognise("kl. 10 i Bh.kl og KLAR besked; Movias busser; regionen.")).isEmpty();
    }

    @Test
    void aNameGivenForTwoOrganisationsIsNotTaken() {
        var recogniser = new OrganisationRecogniser(Map.of("Alfa Fonden", List.of("AF"), "Arbejdsformidlingen", List.of("AF")));
        assertThat(recogniser.recognise("AF og Alfa Fonden")).extracting(OrganisationMention::canonicalName)
                .containsExactly("Alfa Fonden");
    }
}
