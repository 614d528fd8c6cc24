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
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.Article;
import pasokh.article.Categories;

/** What people type -> ranked published articles with snippets and category counts. */
public final class SearchService {

    /**
     * People paste text with quotes, stars, colons and minus signs in it; only the phrase operator
     * ("...") is worth honouring. Everything else is treated as ordinary text so nothing a user types
     * becomes an operator by accident or an error.
     */
    private static final int PARSER_FLAGS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    private final ArticleIndex index;
    private final PersianAnalysis analysis;
    private final RankingConfig ranking;
    private final Categories categories;
    private final Function<String, Optional<Article>> articles;

    public SearchService(ArticleIndex index, PersianAnalysis analysis, RankingConfig ranking,
                         Categories categories, Function<String, Optional<Article>> articles) {
        this.index = index;
        this.analysis = analysis;
        this.ranking = ranking;
        this.categories = categories;
        this.articles = articles;
    }

    public SearchResult search(SearchQuery request) {
        Query query = parse(request.text());
        if (query == null) {
            return new SearchResult(request, 0, List.of(), List.of(), Optional.empty(), Optional.empty());
        }
        try {
            FacetedSearcher searcher = index.acquire();
            try {
                return search(searcher, request, query);
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for query '" + request.text() + "'", e);
        }
    }

    /** Null when the text has no searchable word left after analysis (e.g. only punctuation). */
    Query parse(String text) {
        String cleaned = QueryText.clean(text);
        if (cleaned.isEmpty()) return null;
        SimpleQueryParser parser = new SimpleQueryParser(analysis.queryAnalyzer(), ranking.fieldBoosts(), PARSER_FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query query = parser.parse(cleaned);
        if (query instanceof BooleanQuery bq && bq.clauses().isEmpty()) return null;
        return query;
    }

    private SearchResult search(FacetedSearcher searcher, SearchQuery request, Query query) throws IOException {
        List<SearchResult.FacetCount> facets = facets(searcher, query);
        Query filtered = request.category()
                .<Query>map(c -> new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(ArticleDocuments.CATEGORY, c)), BooleanClause.Occur.FILTER)
                        .build())
                .orElse(query);
        int wanted = Math.min(request.offset() + request.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
        TopDocs top = searcher.search(filtered, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
        List<ScoreDoc> page = new ArrayList<>();
        for (int i = request.offset(); i < top.scoreDocs.length; i++) page.add(top.scoreDocs[i]);

        int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
        Snippet[] snippets = new SnippetHighlighter(searcher, analysis.indexAnalyzer(), ranking.snippetLength())
                .snippets(query, docIds);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            String slug = searcher.storedFields().document(docIds[i]).get(ArticleDocuments.SLUG);
            Optional<Article> article = articles.apply(slug);
            if (article.isEmpty()) continue; // unpublished between index refreshes
            Snippet snippet = snippets[i] != null ? snippets[i] : Snippet.plain(article.get().summary());
            hits.add(new SearchResult.Hit(article.get(), snippet, page.get(i).score));
        }
        return new SearchResult(request, top.totalHits.value(), hits, facets, Optional.empty(), Optional.empty());
    }

    private List<SearchResult.FacetCount> facets(FacetedSearcher searcher, Query query) throws IOException {
        if (searcher.facetState() == null) return List.of();
        FacetsCollector collector = FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager()).facetsCollector();
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
