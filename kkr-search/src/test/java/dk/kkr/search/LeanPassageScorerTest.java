package dk.kkr.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LeanPassageScorerTest {

    @Test
    void scoresEveryPassageExactlyAsLucenesScorerDoes() {
        String[] vocabulary = {"takst", "kommun", "fordelingsnogl", "plads", "sag-2020-04197"};
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new PassageHighlighter.LeanPassageScorer();
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            int matches = random.nextInt(12);
            int end = start + 400;
            passage.setStartOffset(start);
            passage.setEndOffset(end);
            int at = start;
            for (int m = 0; m < matches; m++) {
                at += 1 + random.nextInt(20);
                String term = vocabulary[random.nextInt(vocabulary.length)];
                // a term's frequency in the document is the same wherever it matches
                passage.addMatch(at, at + term.length(), new BytesRef(term), 1 + term.length() % 4);
            }
            int contentLength = end + random.nextInt(3_000);
            assertThat(lean.score(passage, contentLength)).isEqualTo(lucene.score(passage, contentLength));
        }
    }
}
