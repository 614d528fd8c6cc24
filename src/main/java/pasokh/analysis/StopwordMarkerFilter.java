package pasokh.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks stopwords instead of removing them: a query needs them for phrases and for words that stand
 * together («تامین من», «از کار افتادگی»), and as the fallback of a query made of nothing else.
 */
final class StopwordMarkerFilter extends TokenFilter {

    static final String STOPWORD = "pasokh:stopword";

    private final CharArraySet stopwords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    StopwordMarkerFilter(TokenStream input, CharArraySet stopwords) {
        super(input);
        this.stopwords = stopwords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (stopwords.contains(term.buffer(), 0, term.length())) type.setType(STOPWORD);
        return true;
    }
}
