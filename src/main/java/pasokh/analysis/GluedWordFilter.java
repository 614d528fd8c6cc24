package pasokh.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Query-time: emits the parts {@link GluedWordSplitter} finds as consecutive tokens. */
final class GluedWordFilter extends TokenFilter {

    private final GluedWordSplitter splitter;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    GluedWordFilter(TokenStream input, GluedWordSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(1);
            return true;
        }
        if (!input.incrementToken()) return false;
        if (term.length() == 0 || !StemFilter.isPersianLetter(term.charAt(0))) return true;
        List<String> parts = splitter.split(term.toString());
        if (parts.size() > 1) {
            term.setEmpty().append(parts.getFirst());
            pending.addAll(parts.subList(1, parts.size()));
            state = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
