package pasokh.search;

import java.util.List;
import java.util.Optional;
import pasokh.article.Article;

/** One page of search results with the counts per category of the whole (unfiltered) result. */
public record SearchResult(
        SearchQuery query,
        long total,
        List<Hit> hits,
        List<FacetCount> categoryFacets,
        Optional<String> didYouMean,
        Optional<String> rewrittenQuery) {

    public record Hit(Article article, Snippet snippet, float score) {}

    public record FacetCount(String value, String label, long count) {}

    public SearchResult {
        hits = List.copyOf(hits);
        categoryFacets = List.copyOf(categoryFacets);
    }

    public int pageCount() {
        return (int) Math.min(Integer.MAX_VALUE, (total + query.size() - 1) / query.size());
    }

    public boolean hasNextPage() {
        return query.page() < pageCount();
    }
}
