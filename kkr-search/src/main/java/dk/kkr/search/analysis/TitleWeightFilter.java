package dk.kkr.search.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;

/**
 * Gives the words of a unit's title more weight in its one searchable text field: each token that starts
 * before {@code titleEnd} is repeated {@code copies} more times at the same position and with the same
 * offsets. A title word then counts as if it occurred {@code copies + 1} times, while phrases, highlighting
 * and the field's length (BM25 does not count tokens that overlap) stay as they were. One field weighted
 * this way is searched as fast as a single field can be, where a title field of its own would double the
 * clauses of every query.
 */
public final class TitleWeightFilter extends TokenFilter {

    private final int titleEnd;
    private final int copies;
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private State titleToken;
    private int pending;

    public TitleWeightFilter(TokenStream input, int titleEnd, int copies) {
        super(input);
        this.titleEnd = titleEnd;
        this.copies = copies;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending > 0) {
            restoreState(titleToken);
            position.setPositionIncrement(0);
            pending--;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (offset.startOffset() < titleEnd && copies > 0) {
            titleToken = captureState();
            pending = copies;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        titleToken = null;
        pending = 0;
    }
}
