package pasokh.analysis;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Query-time: emits the parts {@link GluedWordSplitter} finds as consecutive tokens. */
final class GluedWordFilter extends ExpandingTokenFilter {

    private final GluedWordSplitter splitter;

    GluedWordFilter(TokenStream input, GluedWordSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    protected List<String> expand(CharTermAttribute token) {
        if (!Letters.startsPersian(token)) return null;
        List<String> parts = splitter.split(token.toString());
        return parts.size() > 1 ? parts : null;
    }
}
