package dk.kkr.search.analysis;

import dk.kkr.search.TestDictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DanishAnalyzerTest {

    private static final Analyzer INDEX = DanishAnalyzer.forIndexing(new CompoundSplitter(TestDictionary.get()));
    private static final Analyzer QUERY = DanishAnalyzer.forQueries();
    private static final Analyzer EXACT = new ExactAnalyzer();

    @ParameterizedTest(name = "the query \"{0}\" finds \"{1}\"")
    @CsvSource({
            // compound parts
            "nøgle, fordelingsnøgle",
            "nøgle, Fordelingsnøglen",
            "fordeling, fordelingsnøgle",
            "udvalg, sundhedskoordinationsudvalget",
            "praktikpladser, praktikpladserne",
            // typed without æ, ø and å, or in the old spelling, or as OCR lost the letters
            "Kobenhavn, København",
            "Koebenhavn, Københavns",
            "okonomi, økonomien",
            "oekonomi, økonomi",
            "sundhedsomradet, sundhedsområdet",
            "vaerdi, værdien",
            // stemming
            "kommune, kommunerne",
            "borgmesteren, borgmester",
            "udpegning, udpegningen",
    })
    void queryWordFindsTextWord(String query, String text) {
        List<String> queryTokens = tokens(QUERY, query);
        assertThat(queryTokens).hasSize(1);
        assertThat(tokens(INDEX, text)).contains(queryTokens.getFirst());
    }

    @Test
    void compoundKeepsItselfAndStacksItsParts() {
        assertThat(tokens(INDEX, "fordelingsnøgle")).containsExactly("fordelingsnogl", "fordeling", "nogl");
        assertThat(tokens(QUERY, "fordelingsnøgle")).containsExactly("fordelingsnogl");
    }

    @Test
    void stopWordsGoInBothSpellings() {
        assertThat(tokens(QUERY, "møde på rådhuset")).isEqualTo(tokens(QUERY, "mode pa radhuset"));
        assertThat(tokens(QUERY, "på og i")).isEmpty();
    }

    @Test
    void unrelatedWordsStayApart() {
        assertThat(tokens(INDEX, "fordeling")).doesNotContain("del", "deling");
        assertThat(tokens(INDEX, "skole")).doesNotContain(tokens(QUERY, "skov").getFirst());
    }

    @Test
    void exactFieldKeepsIdsAndNumbersWhole() {
        assertThat(tokens(EXACT, "SAG-2020-04197 nihj: 2,6 mio. kr. den 1.1.2024, Dok. ID 3290323"))
                .containsExactly("sag-2020-04197", "2,6", "1.1.2024", "3290323");
    }

    @Test
    void mainFieldSplitsCaseIdsIntoPartsButKeepsDecimalNumbers() {
        assertThat(tokens(QUERY, "SAG-2020-04197")).containsExactly("sag", "2020", "04197");
        assertThat(tokens(QUERY, "2,6 mio.")).containsExactly("2,6", "mio");
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
