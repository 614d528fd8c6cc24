package pasokh.analysis;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces a spoken form by its written words («میشه» -> «می شود», «واسه» -> «برای»); an empty written
 * form removes the token.
 */
final class ColloquialFilter extends ExpandingTokenFilter {

    private final Map<String, String> spokenToWritten;

    ColloquialFilter(TokenStream input, Map<String, String> spokenToWritten) {
        super(input);
        this.spokenToWritten = spokenToWritten;
    }

    @Override
    protected List<String> expand(CharTermAttribute token) {
        String written = spokenToWritten.get(token.toString());
        if (written == null) return null;
        return written.isBlank() ? List.of() : List.of(written.split(" "));
    }
}
