package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseIdRecogniserTest {

    private final CaseIdRecogniser recogniser = new CaseIdRecogniser();

    @Test
    void caseIdWithOwnerEndingTheLine() {
        String text = "4.2. Ny vejplan\n\nSAG-2021-01234 abcd\n\nBaggrund";
        var found = recogniser.recognise(text);
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(m.caseId()).isEqualTo("SAG-2021-01234");
            assertThat(m.owner()).isEqualTo("abcd");
            assertThat(m.text()).isEqualTo("SAG-2021-01234 abcd");
            assertThat(m.span().of(text)).isEqualTo(m.text());
        });
    }

    @Test
    void caseIdInRunningTextHasNoOwner() {
        var found = recogniser.recognise("Sags ID: SAG-2019-00042\nSe også SAG-2019-00043 og bilag.");
        assertThat(found).extracting(CaseIdMention::caseId).containsExactly("SAG-2019-00042", "SAG-2019-00043");
        assertThat(found).extracting(CaseIdMention::owner).containsOnlyNulls();
    }

    @Test
    void lookalikesAreNoCaseIds() {
        assertThat(recogniser.recognise("XSAG-2020-00001, SAG-2020-0001234567, SAG-20-00001, sag-2020-00001"))
                .isEmpty();
    }
}
