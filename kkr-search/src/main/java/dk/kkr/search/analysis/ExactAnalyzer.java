package dk.kkr.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.util.regex.Pattern;

/**
 * The exact field: tokens that hold a digit, kept whole with the hyphens, dots, commas and slashes inside
 * them, lower-cased and nothing else. "SAG-2020-04197" is the token "sag-2020-04197", "2,6 mio." gives
 * "2,6", "2.600.000" and "1.1.2024" stay as written. Case ids, document ids, amounts and dates are found
 * exactly, never through stems or folding. Thread-safe.
 */
public final class ExactAnalyzer extends Analyzer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.,/][\\p{L}\\p{N}]+)*");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new PatternTokenizer(TOKEN, 0);
        TokenStream stream = new FilteringTokenFilter(new LowerCaseFilter(source)) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            protected boolean accept() {
                for (int i = 0; i < term.length(); i++) {
                    if (Character.isDigit(term.charAt(i))) {
                        return true;
                    }
                }
                return false;
            }
        };
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
