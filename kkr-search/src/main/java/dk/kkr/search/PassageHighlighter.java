package dk.kkr.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Lucene's unified highlighter, asked for passages as offsets rather than as formatted strings: each
 * passage is about {@value #PASSAGE_LENGTH} characters around the matches, cut between words (at spaces:
 * a quarter cheaper than the JDK's word boundaries, and the same passages), found from the offsets
 * stored in the postings of the text field. The texts come from the caller, who has read the hits' stored
 * fields already, so they are not read twice. One per search; not thread-safe.
 */
final class PassageHighlighter extends UnifiedHighlighter {

    static final int PASSAGE_LENGTH = 200;

    /** A passage of the field's text: [start, end) and its matches, all offsets into the whole text. */
    record RawPassage(int start, int end, int[] matchStarts, int[] matchEnds) {
    }

    private final IntFunction<String> texts;

    /** {@code texts}: the highlighted field's text of a document, by its id. */
    PassageHighlighter(IndexSearcher searcher, Analyzer analyzer, IntFunction<String> texts) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH, 0.5f))
                .withScorer(new LeanPassageScorer())
                .withFormatter(new OffsetFormatter()));
        this.texts = texts;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            values.add(new CharSequence[] {texts.apply(doc)});
        }
        return values;
    }

    /** For each document, the best passages of {@code field} (the one field the texts are of), in text order. */
    List<List<RawPassage>> passages(String field, Query query, int[] docIds, int maxPassages) throws IOException {
        int[] max = new int[] {maxPassages};
        Object[] perDoc = highlightFieldsAsObjects(new String[] {field}, query, docIds, max).get(field);
        List<List<RawPassage>> out = new ArrayList<>(docIds.length);
        for (Object passages : perDoc) {
            @SuppressWarnings("unchecked")
            List<RawPassage> list = passages == null ? List.of() : (List<RawPassage>) passages;
            out.add(list);
        }
        return out;
    }

    /**
     * Lucene's passage score, to the bit, computed without the hash table its own version builds for every
     * candidate passage (32 kB each, most of what a search allocates). A passage has few matches, so equal
     * terms are found by comparing each with those before it.
     */
    static final class LeanPassageScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDocument = passage.getMatchTermFreqsInDoc();
            int n = passage.getNumMatches();
            double score = 0;
            for (int i = 0; i < n; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < n; j++) {
                    if (terms[j].bytesEquals(terms[i])) {
                        inPassage++;
                    }
                }
                score += tf(inPassage, passage.getLength()) * weight(contentLength, inDocument[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final class OffsetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<RawPassage> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                int n = p.getNumMatches();
                out.add(new RawPassage(p.getStartOffset(), p.getEndOffset(),
                        java.util.Arrays.copyOf(p.getMatchStarts(), n), java.util.Arrays.copyOf(p.getMatchEnds(), n)));
            }
            return out;
        }
    }
}
