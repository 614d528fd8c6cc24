package pasokh.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces a text's terms by the pairs of terms that stand together in it: neighbours, or with one word
 * between, in either order («بیمه بیکاری» and «بیکاری بیمه» make one pair). Indexed as terms of their own,
 * a pair is found with one term lookup where a sloppy phrase query reads positions: the "words stand
 * together" bonus at a fraction of the cost.
 */
public final class WordPairFilter extends TokenFilter {

    /** Neighbours, and words with one other between them. */
    static final int MAX_GAP = 1;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** The last words read, with their positions: the ones close enough to pair with the next. */
    private final Deque<Word> window = new ArrayDeque<>();
    private final Deque<String> pending = new ArrayDeque<>();
    private int position = -1;

    private record Word(String term, int position) {}

    public WordPairFilter(TokenStream input) {
        super(input);
    }

    /** The term a pair is indexed and searched as: the two terms in a fixed order, so order does not matter. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) return false;
            String current = term.toString();
            position += increment.getPositionIncrement();
            // a removed word (a position gap) still stands between its neighbours
            while (!window.isEmpty() && position - window.peekFirst().position() > MAX_GAP + 1) window.removeFirst();
            for (Word before : window) pending.add(pair(before.term(), current));
            window.addLast(new Word(current, position));
        }
        clearAttributes();
        term.setEmpty().append(pending.poll());
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        window.clear();
        pending.clear();
        position = -1;
    }
}
