package pasokh.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.analysis.Analyzer;
import pasokh.article.Article;
import pasokh.article.Categories;

/** What people type -> ranked published articles with snippets and category counts. */
public final class SearchService {

    private final ArticleIndex index;
    private final QueryPlanner planner;
    private final Analyzer highlightAnalyzer;
    private final RankingConfig ranking;
    private final Categories categories;
    private final Function<String, Optional<Article>> articles;

    /**
     * @param highlightAnalyzer the analyzer the index was built with, so snippets mark the same words
     */
    public SearchService(ArticleIndex index, QueryPlanner planner, Analyzer highlightAnalyzer, RankingConfig ranking,
                         Categories categories, Function<String, Optional<Article>> articles) {
        this.index = index;
        this.planner = planner;
        this.highlightAnalyzer = highlightAnalyzer;
        this.ranking = ranking;
        this.categories = categories;
        this.articles = articles;
    }

    public SearchResult search(SearchQuery request) {
        QueryPlanner.Plan plan = planner.plan(request.text(), request.asTyped());
        if (plan.query() == null) {
            return new SearchResult(request, 0, List.of(), List.of(), plan.didYouMean(), plan.rewrittenQuery());
        }
        try {
            FacetedSearcher searcher = index.acquire();
            try {
                return search(searcher, request, plan);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for query '" + request.text() + "'", e);
        }
    }

    private SearchResult search(FacetedSearcher searcher, SearchQuery request, QueryPlanner.Plan plan) throws IOException {
        Query query = plan.query();
        int wanted = Math.min(request.offset() + request.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
        TopDocs top;
        List<SearchResult.FacetCount> facets;
        if (request.category().isEmpty()) {
            // one pass collects both the hits and the category counts
            FacetsCollectorManager.FacetsResult both = FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
            top = both.topDocs();
            facets = facetCounts(searcher, both.facetsCollector());
        } else {
            // counts of the unfiltered result, so readers can switch to another category
            facets = facetCounts(searcher, FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager()).facetsCollector());
            Query filtered = new BooleanQuery.Builder()
                    .add(query, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(ArticleDocuments.CATEGORY, request.category().get())), BooleanClause.Occur.FILTER)
                    .build();
            top = searcher.search(filtered, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
        }
        List<ScoreDoc> page = new ArrayList<>();
        for (int i = request.offset(); i < top.scoreDocs.length; i++) page.add(top.scoreDocs[i]);

        int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
        Snippet[] snippets = new SnippetHighlighter(searcher, highlightAnalyzer, ranking.snippetLength(), index.texts())
                .snippets(query, docIds);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Optional<Article> article = articles.apply(searcher.slugOf(docIds[i]));
            if (article.isEmpty()) continue; // unpublished between index refreshes
            Snippet snippet = snippets[i] != null ? snippets[i] : Snippet.plain(article.get().summary());
            hits.add(new SearchResult.Hit(article.get(), snippet, page.get(i).score));
        }
        return new SearchResult(request, top.totalHits.value(), hits, facets, plan.didYouMean(), plan.rewrittenQuery());
    }

    private List<SearchResult.FacetCount> facetCounts(FacetedSearcher searcher, FacetsCollector collector) throws IOException {
        if (searcher.facetState() == null) return List.of();
        FacetResult result = new SortedSetDocValuesFacetCounts(searcher.facetState(), collector)
                .getAllChildren(ArticleDocuments.CATEGORY_FACET);
        if (result == null) return List.of();
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        // categories.yaml order, not count order: readers find a category where they saw it last time
        for (var category : categories.all()) {
            for (LabelAndValue lv : result.labelValues) {
                if (lv.label.equals(category.id()) && lv.value.longValue() > 0) {
                    counts.add(new SearchResult.FacetCount(category.id(), category.label(), lv.value.longValue()));
                }
            }
        }
        return counts;
    }
}
