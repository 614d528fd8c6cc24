package pasokh.search;

import java.util.function.Function;

/** Where the current searcher comes from: the live knowledge base, or one fixed index (evaluation). */
public interface Searchers {

    /** Runs {@code work} with the current searcher, which stays open until {@code work} returns. */
    <T> T withCurrent(Function<ArticleSearcher, T> work);
}
