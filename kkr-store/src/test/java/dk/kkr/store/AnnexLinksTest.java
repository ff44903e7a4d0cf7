package dk.kkr.store;

import dk.kkr.core.model.AnnexRef;
import dk.kkr.core.model.DocumentKind;
import dk.kkr.core.model.EmbeddedDocument;
import dk.kkr.core.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.kkr.store.AnnexLinks.NONE;
import static org.assertj.core.api.Assertions.assertThat;

class AnnexLinksTest {

    private static final Span SPAN = new Span(0, 1);

    private static AnnexRef annex(String title) {
        return new AnnexRef(title, SPAN);
    }

    private static EmbeddedDocument memo(String title, String item) {
        return new EmbeddedDocument(title, DocumentKind.NOTE, null, item, SPAN);
    }

    @Test
    void oneAnnexAndOneMemoOfTheItemAreLinkedWhateverTheirTitles() {
        assertThat(AnnexLinks.link("3.2", List.of(annex("Baggrundsnotat")),
                List.of(memo("Aftalen fra 2018", "3.1"), memo("Aftalen fra 2019", "3.2"))))
                .containsExactly(1);
    }

    @Test
    void titlesPairSeveralAnnexesIgnoringCaseSpacingAndTrailingDots() {
        assertThat(AnnexLinks.link("3.6",
                List.of(annex("Projektbeskrivelse  for analyse....."), annex("Notat om vision"), annex("Kort")),
                List.of(memo("notat om vision", "3.6"), memo("Projektbeskrivelse for analyse", "3.6"))))
                .containsExactly(1, 0, NONE);
    }

    @Test
    void repeatedTitlesAreAmbiguous() {
        assertThat(AnnexLinks.link("4",
                List.of(annex("Notat"), annex("Notat"), annex("Bilag")),
                List.of(memo("Notat", "4"), memo("Bilag", "4"), memo("Bilag", "4"))))
                .containsExactly(NONE, NONE, NONE);
    }

    @Test
    void memosOfOtherItemsOrWithoutTitleAreNoCandidates() {
        assertThat(AnnexLinks.link("5", List.of(annex("Notat"), annex("")),
                List.of(memo("Notat", "6"), memo(null, "5"), memo(null, null))))
                .containsExactly(NONE, NONE);
    }
}
