package dk.kkr.search.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Emits a compound's parts after it, at the same position and with the same offsets, so that a search
 * for a part finds the compound and highlighting marks the whole word. The compound itself stays.
 */
final class DecompoundFilter extends TokenFilter {

    private final CompoundSplitter splitter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State compound;

    DecompoundFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(compound);
            term.setEmpty().append(pending.removeFirst());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= CompoundSplitter.MIN_WORD) {
            pending.addAll(splitter.split(term.toString()));
            if (!pending.isEmpty()) {
                compound = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        compound = null;
    }
}
