package pasokh.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.Article;

/**
 * Title completions for the search box: every word of a title can be completed, in any order
 * («مستمری باز» finds «مستمری بازماندگان»). Kept in memory; it is small and rebuilt at start.
 */
public final class TitleSuggester implements Closeable {

    public static final int MAX_SUGGESTIONS = 8;

    private final AnalyzingInfixSuggester suggester;

    public TitleSuggester(PersianAnalysis analysis) throws IOException {
        this.suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(),
                analysis.suggestAnalyzer(), analysis.suggestAnalyzer(), 1, false, true, false);
    }

    public void rebuild(List<Article> published) throws IOException {
        suggester.build(new ArticleTitles(published));
        suggester.refresh();
    }

    public List<Suggestion> suggest(String prefix) {
        String cleaned = QueryText.clean(prefix);
        if (cleaned.isEmpty()) return List.of();
        try {
            List<Lookup.LookupResult> results = suggester.lookup(cleaned, MAX_SUGGESTIONS, true, false);
            return results.stream().map(r -> {
                String slug = r.payload.utf8ToString();
                return new Suggestion(r.key.toString(), slug, Article.urlOf(slug));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            return List.of(); // not built yet: no suggestions rather than an error while starting
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    /** Titles with their slug as payload, for the suggester's build. */
    private static final class ArticleTitles implements org.apache.lucene.search.suggest.InputIterator {
        private final List<Article> articles;
        private int next;
        private Article current;

        ArticleTitles(List<Article> articles) {
            this.articles = articles;
        }

        @Override
        public BytesRef next() {
            if (next >= articles.size()) return null;
            current = articles.get(next++);
            return new BytesRef(current.title());
        }

        @Override
        public long weight() {
            return 1;
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.slug().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public java.util.Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
