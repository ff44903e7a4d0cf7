package dk.kkr.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleWeightFilterTest {

    /** "term@position[start,end)" for every token the filter emits. */
    private static List<String> tokens(String text, int titleEnd, int copies) throws IOException {
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> out = new ArrayList<>();
        try (TokenStream stream = new TitleWeightFilter(tokenizer, titleEnd, copies)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
            }
            stream.end();
        }
        return out;
    }

    @Test
    void repeatsOnlyTheTitleTokensAtTheirOwnPositionAndOffsets() throws IOException {
        assertThat(tokens("Takstaftale 2024\n\nKKR godkender", "Takstaftale 2024".length(), 2)).containsExactly(
                "Takstaftale@0[0,11)", "Takstaftale@0[0,11)", "Takstaftale@0[0,11)",
                "2024@1[12,16)", "2024@1[12,16)", "2024@1[12,16)",
                "KKR@2[18,21)", "godkender@3[22,31)");
    }

    @Test
    void withoutTitleOrCopiesTheStreamIsUnchanged() throws IOException {
        assertThat(tokens("KKR godkender", 0, 2)).containsExactly("KKR@0[0,3)", "godkender@1[4,13)");
        assertThat(tokens("KKR godkender", 3, 0)).containsExactly("KKR@0[0,3)", "godkender@1[4,13)");
    }
}
