package pasokh.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Writes a number spelled in words as its digits, one token over the words' offsets: «سی و پنج سال» and
 * «۳۵ سال» meet, whichever the article or the person used. Digits are already Latin after
 * {@link CharFolding}, so «35» is what both become.
 *
 * <p>A number is words joined by «و» («صد و بیست»), or around «هزار» («دو هزار»). Millions stay words: «چهارده
 * میلیون» becomes «14 میلیون», as articles write «۱۴ میلیون».
 */
final class NumberWordFilter extends TokenFilter {

    /** A token read ahead: its attributes for when it is emitted, and what the number rules look at. */
    private record Lookahead(State state, String term, int end) {}

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Deque<Lookahead> pending = new ArrayDeque<>();
    /** The input said it has no more tokens; a token stream must not be asked again. */
    private boolean exhausted;

    NumberWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!next()) return false;
        String firstWord = term.toString();
        int value = NumberWords.value(firstWord);
        if (value < 0) return true;
        Sum sum = new Sum();
        sum.add(value);
        int end = offset.endOffset();
        boolean joinedAny = false;
        int previous = value;
        while (true) {
            Lookahead after = peek();
            if (after == null) break;
            int joined = NumberWords.value(after.term());
            if (joined >= 0 && (joined == NumberWords.THOUSAND || previous == NumberWords.THOUSAND)) {
                pending.poll();
            } else if (after.term().equals("و") && (joined = valueAfterAnd()) >= 0) {
                pending.poll();
                after = pending.poll();
            } else {
                break;
            }
            end = after.end();
            sum.add(joined);
            previous = joined;
            joinedAny = true;
        }
        if (!joinedAny && NumberWords.ambiguousAlone(firstWord)) {
            Lookahead after = peek();
            if (after == null || !NumberWords.counted(after.term())) return true;
        }
        term.setEmpty().append(Long.toString(sum.value()));
        offset.setOffset(offset.startOffset(), end);
        return true;
    }

    /** Thousands close the group below them: «دو هزار و پانصد» is 2 × 1000 + 500. */
    private static final class Sum {
        private long thousands;
        private long below;

        void add(int value) {
            if (value == NumberWords.THOUSAND) {
                thousands += Math.max(below, 1) * NumberWords.THOUSAND;
                below = 0;
            } else {
                below += value;
            }
        }

        long value() {
            return thousands + below;
        }
    }

    /** The value of the number word after a pending «و», or -1 (and the «و» stays a word). */
    private int valueAfterAnd() throws IOException {
        if (pending.size() < 2) readAhead();
        if (pending.size() < 2) return -1;
        var ahead = pending.iterator();
        ahead.next();
        return NumberWords.value(ahead.next().term());
    }

    /** The token after the current one, read ahead and kept for later; null at the end. */
    private Lookahead peek() throws IOException {
        if (pending.isEmpty()) readAhead();
        return pending.peekFirst();
    }

    /** Reads one more token into {@link #pending}, leaving the current token's attributes as they were. */
    private void readAhead() throws IOException {
        if (exhausted) return;
        State here = captureState();
        if (input.incrementToken()) {
            pending.addLast(new Lookahead(captureState(), term.toString(), offset.endOffset()));
        } else {
            exhausted = true;
        }
        restoreState(here);
    }

    private boolean next() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(pending.poll().state());
            return true;
        }
        if (exhausted) return false;
        exhausted = !input.incrementToken();
        return !exhausted;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        exhausted = false;
    }
}
