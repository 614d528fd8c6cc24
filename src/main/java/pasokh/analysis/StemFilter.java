package pasokh.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies {@link PersianStemmer} to Persian tokens; Latin words and numbers pass unchanged. */
final class StemFilter extends TokenFilter {

    private final PersianStemmer stemmer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    StemFilter(TokenStream input, PersianStemmer stemmer) {
        super(input);
        this.stemmer = stemmer;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        if (!keyword.isKeyword() && Letters.startsPersian(term)) {
            String stemmed = stemmer.stem(term.toString());
            term.setEmpty().append(stemmed);
        }
        return true;
    }
}
