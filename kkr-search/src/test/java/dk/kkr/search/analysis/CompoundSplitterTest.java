package dk.kkr.search.analysis;

import dk.kkr.search.TestDictionary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompoundSplitterTest {

    private static final CompoundSplitter SPLITTER = new CompoundSplitter(TestDictionary.get());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "fordelingsnøgle | fordeling nøgle",
            "sundhedskoordinationsudvalget | sundhed koordination udvalget",
            "praktikpladser | praktik pladser",
            "nøglering | nøgle ring",
            "klimahandleplaner | klima handle planer",
            // no compounds, or too short to split
            "fordeling | ",
            "kommunerne | ",
            "indstilling | ",
            "xqzvbnmlkj | ",
            "SAG-2020 | ",
    })
    void splitsIntoDictionaryWords(String word, String parts) {
        List<String> expected = parts == null ? List.of() : Arrays.asList(parts.split(" "));
        assertThat(SPLITTER.split(word)).isEqualTo(expected);
    }
}
