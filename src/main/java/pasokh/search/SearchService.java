package pasokh.search;

/**
 * What people type -> ranked published articles with snippets and category counts, always from the
 * knowledge base as it is at that moment: a publish between two searches is seen by the second.
 */
public final class SearchService {

    private final Searchers searchers;

    public SearchService(Searchers searchers) {
        this.searchers = searchers;
    }

    public SearchResult search(SearchQuery request) {
        return searchers.withCurrent(searcher -> searcher.search(request));
    }
}
