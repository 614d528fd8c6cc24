package pasokh.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that may replace a token by several words, kept at the original offsets (so highlighting
 * still marks what was typed), or remove it. Subclasses only say what a token becomes.
 */
abstract class ExpandingTokenFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;
    private int removedPositions;

    ExpandingTokenFilter(TokenStream input) {
        super(input);
    }

    /** The words this token becomes: null to keep it as it is, an empty list to remove it. */
    protected abstract List<String> expand(CharTermAttribute token);

    @Override
    public final boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(1);
            return true;
        }
        while (input.incrementToken()) {
            List<String> words = expand(term);
            if (words != null && words.isEmpty()) {
                removedPositions += position.getPositionIncrement();
                continue;
            }
            if (words != null) {
                term.setEmpty().append(words.getFirst());
                pending.addAll(words.subList(1, words.size()));
            }
            if (removedPositions > 0) {
                position.setPositionIncrement(position.getPositionIncrement() + removedPositions);
                removedPositions = 0;
            }
            if (!pending.isEmpty()) state = captureState();
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
        removedPositions = 0;
    }
}
