package dk.kkr.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * The Danish analysis of running text, built stage by stage from Lucene's parts:
 *
 * <ol>
 *   <li>{@link StandardTokenizer}: words and numbers ("2,6" stays one token; "SAG-2020-04197" becomes
 *       "sag", "2020", "04197", which the query side searches as a phrase; see {@link ExactAnalyzer}
 *       for the id kept whole);</li>
 *   <li>lower case;</li>
 *   <li>Danish stop words, each also in its folded spelling ("på" and "pa"), so a query typed without
 *       æ, ø and å loses the same words as the text did;</li>
 *   <li>when indexing: compound parts ({@link CompoundSplitter} over the Hunspell {@code da_DK}
 *       dictionary) stacked on the compound, so "nøgle" finds "fordelingsnøgle";</li>
 *   <li>the Snowball Danish stemmer, on the words as spelled, æ, ø and å intact;</li>
 *   <li>{@link ScandinavianFoldingFilter}: one folded form for every way of writing the letters:
 *       æ, ä, ae → a; ø, ö, oe → o; å, aa → a. "København", "Koebenhavn" and "Kobenhavn" all become
 *       "kobenhavn", and so do the OCR'd forms that lost the letters. The decision: a single folded
 *       form in a single field, at index and query time alike, rather than the exact spelling plus
 *       folded variants; it costs the distinction between a few short words ("får"/"far"),
 *       which default AND queries and phrases make up for, and keeps the index small.</li>
 * </ol>
 *
 * <p>The query side ({@link #forQueries()}) is the same chain without decompounding: a compound typed
 * in a query is searched as the word it is. Thread-safe, like every Lucene analyzer.
 */
public final class DanishAnalyzer extends Analyzer {

    /** Lucene's Danish stop words plus their folded spellings. */
    private static final CharArraySet STOP_WORDS = stopWords();

    private final CompoundSplitter splitter;

    private DanishAnalyzer(CompoundSplitter splitter) {
        this.splitter = splitter;
    }

    /** The indexing chain, with compound parts. */
    public static DanishAnalyzer forIndexing(CompoundSplitter splitter) {
        return new DanishAnalyzer(splitter);
    }

    /** The query chain: as indexing, without decompounding. */
    public static DanishAnalyzer forQueries() {
        return new DanishAnalyzer(null);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new StopFilter(stream, STOP_WORDS);
        if (splitter != null) {
            stream = new DecompoundFilter(stream, splitter);
        }
        stream = new SnowballFilter(stream, new DanishStemmer());
        stream = new ScandinavianFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ScandinavianFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet stopWords() {
        CharArraySet danish = org.apache.lucene.analysis.da.DanishAnalyzer.getDefaultStopSet();
        CharArraySet all = new CharArraySet(danish.size() * 2, false);
        for (Object word : danish) {
            String plain = new String((char[]) word);
            all.add(plain);
            all.add(fold(plain));
        }
        return CharArraySet.unmodifiableSet(all);
    }

    /** One word through {@link ScandinavianFoldingFilter}. */
    static String fold(String word) {
        try (KeywordTokenizer source = new KeywordTokenizer();
             TokenStream stream = new ScandinavianFoldingFilter(source)) {
            source.setReader(new StringReader(word));
            stream.reset();
            stream.incrementToken();
            String folded = stream.getAttribute(CharTermAttribute.class).toString();
            stream.end();
            return folded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
