package dk.kkr.core.danish;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WordContextTest {

    private static WordContext counts(String tsv) throws IOException {
        return WordContext.parse(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPairSeenOftenIsAssociatedAndOneNeverSeenSaysNothing() throws IOException {
        WordContext c = counts("# comment\nnæste\t10\nmøde\t10\nmode\t10\nog\t970\nnæste møde\t8\n");
        assertThat(c.association("næste", "møde")).isGreaterThan(2.0);
        assertThat(c.association("Næste", "Møde")).isEqualTo(c.association("næste", "møde"));
        assertThat(c.association("næste", "mode")).isZero();
        assertThat(c.association("næste", "ukendt")).isZero();
        assertThat(c.association("ukendt", "møde")).isZero();
        // the same pair in a text where the second word is everywhere says less
        WordContext everywhere = counts("næste\t10\nmøde\t900\nog\t100\nnæste møde\t8\n");
        assertThat(everywhere.association("næste", "møde")).isLessThan(c.association("næste", "møde"));
    }

    @Test
    void anAssociationIsCapped() throws IOException {
        WordContext c = counts("sjælden\t2\nfrase\t2\nog\t100000\nsjælden frase\t2\n");
        assertThat(c.association("sjælden", "frase")).isCloseTo(WordContext.MAX_ASSOCIATION, within(1e-9));
    }

    @Test
    void aDocumentsOwnCountsAreAddedToTheShippedOnes() throws IOException {
        WordContext shipped = counts("næste\t10\nmøde\t10\nog\t980\n");
        assertThat(shipped.association("næste", "møde")).isZero();
        WordContext document = shipped.withDocument(Map.of("næste", 2, "møde", 3), Map.of("næste møde", 2));
        assertThat(document.association("næste", "møde")).isGreaterThan(0);
        assertThat(document.ownCount("Møde")).isEqualTo(3);
        assertThat(shipped.ownCount("møde")).isEqualTo(10);
    }

    @Test
    void theShippedCountsAreReadAndKnowCommonDanishPairs() {
        WordContext shipped = WordContext.shared();
        assertThat(shipped.association("at", "få")).isGreaterThan(0);
        assertThat(shipped.ownCount("og")).isGreaterThan(1000);
    }
}
