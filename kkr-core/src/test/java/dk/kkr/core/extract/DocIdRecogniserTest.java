package dk.kkr.core.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocIdRecogniserTest {

    private final DocIdRecogniser recogniser = new DocIdRecogniser();

    @Test
    void letterheadForms() {
        var found = recogniser.recognise("Dato: 3. maj 2022\nDok. ID: 1234567\n…\nDok.ID 7654321\nDokument-ID: 55555");
        assertThat(found).extracting(DocIdMention::docId).containsExactly("1234567", "7654321", "55555");
        assertThat(found.getFirst().text()).isEqualTo("Dok. ID: 1234567");
    }

    @Test
    void otherIdsAndShortNumbersAreNot() {
        assertThat(recogniser.recognise("Sags ID: SAG-2022-00001\nDok. ID: 12\nEdok. ID: 1234567")).isEmpty();
    }
}
