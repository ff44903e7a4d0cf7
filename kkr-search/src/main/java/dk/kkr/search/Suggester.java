package dk.kkr.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

/**
 * "Mente du …?": for each word of the query that no unit contains as written, the most frequent indexed
 * word within two edits ({@link DirectSpellChecker} over the words as written, field {@code spell}). The
 * first letter may differ, so "okonomi" becomes "økonomi". Operators and words with digits are left
 * alone. The suggestion is the query with those words replaced, keeping a leading capital; null when
 * there is nothing to replace. Only words of units still in the index count: a removed unit (say, an item that
 * was closed) leaves its words in the index's term dictionary until its segment is merged, and they must not be
 * suggested. Thread-safe.
 */
final class Suggester {

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    private static final int MIN_LENGTH = 3;
    /** Candidates asked of the spell checker, best first; the first one a live unit has is suggested. */
    private static final int CANDIDATES = 5;

    private final DirectSpellChecker checker = checker();

    String suggest(String query, IndexReader reader, Analyzer analyzer) {
        StringBuilder out = new StringBuilder(query);
        boolean changed = false;
        try (TokenStream words = analyzer.tokenStream(IndexDocuments.SPELL, query)) {
            CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = words.addAttribute(OffsetAttribute.class);
            words.reset();
            int shift = 0;
            while (words.incrementToken()) {
                String original = query.substring(offset.startOffset(), offset.endOffset());
                String word = term.toString();
                if (OPERATORS.contains(original) || word.length() < MIN_LENGTH || word.chars().anyMatch(Character::isDigit)
                        || inLiveUnit(reader, word)) {
                    continue;
                }
                String best = null;
                for (SuggestWord candidate : checker.suggestSimilar(new Term(IndexDocuments.SPELL, word), CANDIDATES,
                        reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                    if (inLiveUnit(reader, candidate.string)) {
                        best = candidate.string;
                        break;
                    }
                }
                if (best == null) {
                    continue;
                }
                String replacement = Character.isUpperCase(original.charAt(0))
                        ? best.substring(0, 1).toUpperCase(Locale.ROOT) + best.substring(1)
                        : best;
                out.replace(offset.startOffset() + shift, offset.endOffset() + shift, replacement);
                shift += replacement.length() - original.length();
                changed = true;
            }
            words.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed ? out.toString() : null;
    }

    /** Whether a unit that is still in the index (not deleted) has {@code word} as written. */
    private static boolean inLiveUnit(IndexReader reader, String word) throws IOException {
        Term term = new Term(IndexDocuments.SPELL, word);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
            if (postings == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static DirectSpellChecker checker() {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(0);
        return checker;
    }
}
