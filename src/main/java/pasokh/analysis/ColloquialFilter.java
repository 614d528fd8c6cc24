package pasokh.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces a spoken form by its written words («میشه» -> «می شود», «واسه» -> «برای»). A replacement of
 * several words becomes several tokens at the original offsets; an empty one removes the token.
 */
final class ColloquialFilter extends TokenFilter {

    private final Map<String, String> spokenToWritten;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;
    private int skippedPositions;

    ColloquialFilter(TokenStream input, Map<String, String> spokenToWritten) {
        super(input);
        this.spokenToWritten = spokenToWritten;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(1);
            return true;
        }
        while (input.incrementToken()) {
            String written = spokenToWritten.get(term.toString());
            if (written == null) {
                addSkipped();
                return true;
            }
            String[] words = written.isBlank() ? new String[0] : written.split(" ");
            if (words.length == 0) {
                skippedPositions += position.getPositionIncrement();
                continue;
            }
            term.setEmpty().append(words[0]);
            addSkipped();
            for (int i = 1; i < words.length; i++) pending.add(words[i]);
            state = captureState();
            return true;
        }
        return false;
    }

    private void addSkipped() {
        if (skippedPositions > 0) {
            position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
            skippedPositions = 0;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
        skippedPositions = 0;
    }
}
