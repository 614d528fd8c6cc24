package pasokh.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import pasokh.analysis.PersianAnalysis;
import pasokh.analysis.WordLists;
import pasokh.article.Article;
import pasokh.article.ArticleSet;
import pasokh.article.Categories;
import pasokh.article.MarkdownRenderer;

/**
 * Runs the judged queries against two systems built from the same articles, fields and boosts: Lucene's
 * stock PersianAnalyzer (what Elasticsearch/OpenSearch's `persian` analyzer does) and Pasokh's chain.
 */
public final class Evaluator {

    public static final String OVERALL = "overall";

    /** Figures per query class (and {@link #OVERALL}) for each system, plus the queries ours misses. */
    public record Report(Map<String, Metrics> stock, Map<String, Metrics> ours, List<Miss> misses) {}

    /** A query whose first hit (ours) does not answer it; {@code stockRight} when the stock analyzer's did. */
    public record Miss(Judgments.Judgment judgment, List<String> ranked, Optional<String> rewritten,
                       Optional<String> didYouMean, boolean stockRight) {}

    private Evaluator() {}

    public static Report compare(ArticleSet articles, Categories categories, RankingConfig ranking, WordLists wordLists,
                                 MarkdownRenderer markdown, List<Judgments.Judgment> judgments) throws IOException {
        Map<String, IndexedArticle> published = new LinkedHashMap<>();
        for (Article a : articles.published()) published.put(a.slug(), IndexedArticle.of(a, markdown));
        List<IndexedArticle> all = List.copyOf(published.values());
        try (PersianAnalysis ours = PersianAnalysis.of(wordLists, IndexedArticle.textsOf(all));
             Analyzer stockAnalyzer = new PersianAnalyzer();
             IndexStore stockIndex = IndexStore.inMemory();
             IndexStore ourIndex = IndexStore.inMemory();
             ArticleSearcher stock = new ArticleSearcher(stockIndex.replaceAll(all, stockAnalyzer, "eval"), published,
                     StockQueryPlanner.factory(stockAnalyzer, ranking.fieldBoosts()), ranking, categories);
             ArticleSearcher pasokh = new ArticleSearcher(ourIndex.replaceAll(all, ours.indexing(), "eval"), published,
                     PasokhQueryPlanner.factory(ours, ranking), ranking, categories)) {
            List<Miss> stockMisses = new ArrayList<>();
            List<Miss> ourMisses = new ArrayList<>();
            Map<String, Metrics> stockFigures = run(stock, judgments, stockMisses::add);
            Map<String, Metrics> ourFigures = run(pasokh, judgments, ourMisses::add);
            var stockMissed = new HashSet<Integer>();
            stockMisses.forEach(m -> stockMissed.add(m.judgment().line()));
            List<Miss> misses = ourMisses.stream()
                    .map(m -> new Miss(m.judgment(), m.ranked(), m.rewritten(), m.didYouMean(),
                            !stockMissed.contains(m.judgment().line())))
                    .toList();
            return new Report(stockFigures, ourFigures, misses);
        }
    }

    private static Map<String, Metrics> run(ArticleSearcher service, List<Judgments.Judgment> judgments,
                                            Consumer<Miss> onMiss) {
        Map<String, Metrics.Accumulator> byKind = new TreeMap<>();
        Metrics.Accumulator overall = new Metrics.Accumulator();
        for (Judgments.Judgment j : judgments) {
            SearchResult result = service.search(new SearchQuery(j.query(), Optional.empty(), 1, Metrics.CUTOFF));
            List<String> ranked = result.hits().stream().map(h -> h.article().slug()).toList();
            var relevant = new HashSet<>(j.relevant());
            byKind.computeIfAbsent(j.kind(), k -> new Metrics.Accumulator()).add(ranked, relevant, result.total());
            overall.add(ranked, relevant, result.total());
            if (ranked.isEmpty() || !relevant.contains(ranked.getFirst())) {
                onMiss.accept(new Miss(j, ranked, result.rewrittenQuery(), result.didYouMean(), false));
            }
        }
        Map<String, Metrics> figures = new LinkedHashMap<>();
        byKind.forEach((kind, acc) -> figures.put(kind, acc.metrics()));
        figures.put(OVERALL, overall.metrics());
        return figures;
    }
}
