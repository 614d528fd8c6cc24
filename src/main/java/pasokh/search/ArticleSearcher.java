package pasokh.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.IOFunction;
import org.apache.lucene.util.IOSupplier;
import pasokh.analysis.PrefixCompleter;
import pasokh.article.Article;
import pasokh.article.ArticleNumbers;
import pasokh.article.Categories;
import pasokh.article.Category;

/**
 * Search over one snapshot of the index: a reader that never changes, the articles it holds by document,
 * and the planner that reads queries for it. Ranked hits, category counts and snippets come from one pass
 * over the matches.
 */
public final class ArticleSearcher implements Closeable {

    private static final String[] TEXT_FIELDS = {ArticleDocuments.QUESTIONS, ArticleDocuments.TEXT};

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The article of each document, by segment then document: looked up for every collected hit. */
    private final IndexedArticle[][] articles;
    private final QueryPlanner planner;
    private final RankingConfig ranking;
    private final Categories categories;
    private final SnippetMaker snippets;
    private final Suggester suggester;
    private final Map<String, IndexedArticle> bySlug;
    private final ArticleNumbers numbers;

    /** A searcher that offers no suggestions and knows no answer numbers (evaluation). Owns {@code reader}. */
    public ArticleSearcher(DirectoryReader reader, Map<String, IndexedArticle> bySlug, QueryPlanner.Factory planners,
                           RankingConfig ranking, Categories categories) throws IOException {
        this(reader, bySlug, planners, ranking, categories, null, ArticleNumbers.NONE);
    }

    /**
     * Takes ownership of {@code reader}: closing this closes it.
     *
     * @param numbers the published articles by answer number: a query that is one of them finds that article first
     */
    public ArticleSearcher(DirectoryReader reader, Map<String, IndexedArticle> bySlug, QueryPlanner.Factory planners,
                           RankingConfig ranking, Categories categories, PrefixCompleter completer,
                           ArticleNumbers numbers) throws IOException {
        this.suggester = completer == null ? null : new Suggester(completer);
        this.bySlug = Map.copyOf(bySlug);
        this.numbers = numbers;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        // Lucene's query cache keeps filters that repeat; searches here are distinct word queries, and a
        // cache would only cost memory and hide the real cost of a search.
        searcher.setQueryCache(null);
        searcher.setSimilarity(new SnapshotBM25());
        this.articles = articlesByDocument(reader, bySlug);
        TermDirectory terms = TermDirectory.of(reader, ArticleDocuments.QUESTIONS, ArticleDocuments.TEXT,
                ArticleDocuments.PAIRS);
        this.planner = planners.forIndex(terms);
        this.ranking = ranking;
        this.categories = categories;
        this.snippets = new SnippetMaker(reader, terms, ranking.snippetLength());
    }

    private static IndexedArticle[][] articlesByDocument(DirectoryReader reader, Map<String, IndexedArticle> bySlug)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        IndexedArticle[][] byDoc = new IndexedArticle[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            IndexedArticle[] docs = new IndexedArticle[leaf.reader().maxDoc()];
            SortedDocValues slugs = DocValues.getSorted(leaf.reader(), ArticleDocuments.SLUG);
            for (int doc = slugs.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = slugs.nextDoc()) {
                docs[doc] = bySlug.get(slugs.lookupOrd(slugs.ordValue()).utf8ToString());
            }
            byDoc[leaf.ord] = docs;
        }
        return byDoc;
    }

    public SearchResult search(SearchQuery request) {
        QueryPlanner.Plan plan = planner.plan(request.text(), request.asTyped());
        Optional<IndexedArticle> numbered = numbered(request.text());
        if (plan.query() == null && numbered.isPresent()) {
            // digits alone are no words to search: the numbered article is the whole answer
            return unchecked(() -> search(request, plan, numbered), request.text());
        }
        SearchResult none = new SearchResult(request, 0, List.of(), List.of(), plan.didYouMean(),
                plan.rewrittenQuery());
        return run(plan, () -> planner.plainWords(request.text(), request.asTyped()),
                p -> search(request, p, numbered), none, request.text());
    }

    /** The published article whose answer number the query is («۲۳۴», «پاسخ شماره ۲۳۴»). */
    private Optional<IndexedArticle> numbered(String text) {
        OptionalInt number = NumberQuery.numberIn(text);
        if (number.isEmpty()) return Optional.empty();
        return numbers.slugOf(number.getAsInt()).map(bySlug::get);
    }

    /** Articles for text still being typed; none when this searcher was built without a completer. */
    public List<Suggestion> suggest(String typed) {
        return suggester == null ? List.of() : suggester.suggest(typed, this::rank);
    }

    /** An article and how well it matched: what suggestions are ranked by. */
    public record Ranked(Article article, float score) {}

    /**
     * The best {@code max} published articles for a text already in Persian (no Finglish or layout reading),
     * by score alone: no snippets and no category counts, so the search box can ask several times per keystroke.
     */
    public List<Ranked> rank(String text, int max) {
        QueryPlanner.Plan plan = planner.plan(text, true);
        return run(plan, () -> planner.plainWords(text, true), p -> {
            List<Hit> hits = answering(p);
            List<Ranked> top = new ArrayList<>(Math.min(max, hits.size()));
            for (Hit h : hits.subList(0, Math.min(max, hits.size()))) {
                top.add(new Ranked(h.article().article(), h.score()));
            }
            return top;
        }, List.of(), text);
    }

    /**
     * Runs a plan, or {@code none} when nothing is searchable. The planner caps every expansion; should a query
     * still grow too large for Lucene, its plain words still answer.
     */
    private <T> T run(QueryPlanner.Plan plan, Supplier<QueryPlanner.Plan> plainWords,
                      IOFunction<QueryPlanner.Plan, T> work, T none, String text) {
        if (plan.query() == null) return none;
        return unchecked(() -> {
            try {
                return work.apply(plan);
            } catch (IndexSearcher.TooManyClauses e) {
                QueryPlanner.Plan plain = plainWords.get();
                return plain.query() == null ? none : work.apply(plain);
            }
        }, text);
    }

    private static <T> T unchecked(IOSupplier<T> work, String text) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new UncheckedIOException("search failed for query '" + text + "'", e);
        }
    }

    private record Hit(int doc, float score, IndexedArticle article) {}

    /**
     * The published articles that answer: every hit within the plan's share of the best score, best first; equal
     * scores keep a fixed order, whatever order the index happens to hold the articles in.
     */
    private List<Hit> answering(QueryPlanner.Plan plan) throws IOException {
        HitCollector collected = new HitCollector(plan.scoreFloor());
        // one thread, one pass over the segments: the collector-manager form adds a task executor per search
        searcher.search(plan.query(), collected);
        float min = collected.best() * plan.scoreFloor();
        List<Hit> kept = new ArrayList<>(collected.size());
        for (int i = 0; i < collected.size(); i++) {
            if (collected.score(i) < min) continue;
            IndexedArticle article = articleOf(collected.doc(i));
            if (article != null) kept.add(new Hit(collected.doc(i), collected.score(i), article));
        }
        kept.sort(Comparator.comparingDouble((Hit h) -> -h.score()).thenComparing(h -> h.article().slug()));
        return kept;
    }

    private SearchResult search(SearchQuery request, QueryPlanner.Plan plan, Optional<IndexedArticle> numbered)
            throws IOException {
        List<Hit> kept = numberedFirst(plan.query() == null ? List.of() : answering(plan), numbered);
        Map<String, Long> perCategory = new LinkedHashMap<>();
        for (Hit h : kept) perCategory.merge(h.article().article().category(), 1L, Long::sum);
        List<Hit> inCategory = request.category().isEmpty() ? kept
                : kept.stream().filter(h -> h.article().article().category().equals(request.category().get())).toList();
        List<Hit> ranked = currentMeasuresFirst(inCategory);
        List<Hit> page = ranked.subList(Math.min(request.offset(), ranked.size()),
                Math.min(request.offset() + request.size(), ranked.size()));
        return new SearchResult(request, inCategory.size(), withSnippets(page, plan), facets(perCategory),
                plan.didYouMean(), plan.rewrittenQuery());
    }

    /**
     * The article a query names by its answer number, before every hit for its words: someone who says «پاسخ
     * شماره ۲۳۴» means that article. It keeps its own match where it has one; otherwise it is given the best score
     * (a number matches no words), and {@link #NOT_INDEXED} stands for its document, so it shows its summary.
     */
    private static List<Hit> numberedFirst(List<Hit> hits, Optional<IndexedArticle> numbered) {
        if (numbered.isEmpty()) return hits;
        String slug = numbered.get().slug();
        Hit own = hits.stream().filter(h -> h.article().slug().equals(slug)).findFirst().orElse(null);
        List<Hit> out = new ArrayList<>(hits.size() + 1);
        out.add(own != null ? own
                : new Hit(NOT_INDEXED, hits.isEmpty() ? 1f : hits.getFirst().score(), numbered.get()));
        for (Hit h : hits) if (h != own) out.add(h);
        return out;
    }

    /** The document of a hit found by its answer number rather than in the index: it has no passage to show. */
    private static final int NOT_INDEXED = -1;

    /**
     * Articles about measures that have ended (historical) go after those about what holds today, except the best
     * match: someone asking about the ended measure itself still gets it first.
     */
    private static List<Hit> currentMeasuresFirst(List<Hit> ranked) {
        if (ranked.size() < 2) return ranked;
        List<Hit> out = new ArrayList<>(ranked.size());
        List<Hit> ended = new ArrayList<>();
        out.add(ranked.getFirst());
        for (Hit h : ranked.subList(1, ranked.size())) (h.article().article().historical() ? ended : out).add(h);
        out.addAll(ended);
        return out;
    }

    private List<SearchResult.Hit> withSnippets(List<Hit> page, QueryPlanner.Plan plan) throws IOException {
        List<Hit> indexed = page.stream().filter(h -> h.doc() != NOT_INDEXED).toList();
        int[] docIds = new int[indexed.size()];
        IndexedArticle[] indexedArticles = new IndexedArticle[indexed.size()];
        for (int i = 0; i < indexed.size(); i++) {
            docIds[i] = indexed.get(i).doc();
            indexedArticles[i] = indexed.get(i).article();
        }
        Snippet[] found = docIds.length == 0 ? new Snippet[0]
                : snippets.snippets(docIds, indexedArticles, plan.highlightTerms());
        List<SearchResult.Hit> hits = new ArrayList<>(page.size());
        int next = 0;
        for (Hit h : page) {
            Snippet snippet = h.doc() == NOT_INDEXED ? null : found[next++];
            if (snippet == null) snippet = Snippet.plain(h.article().article().summary());
            hits.add(new SearchResult.Hit(h.article().article(), snippet, h.score()));
        }
        return hits;
    }

    /** categories.yaml order, not count order: readers find a category where they saw it last time. */
    private List<SearchResult.FacetCount> facets(Map<String, Long> perCategory) {
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        for (Category c : categories.all()) {
            Long n = perCategory.get(c.id());
            if (n != null) counts.add(new SearchResult.FacetCount(c.id(), c.label(), n));
        }
        return counts;
    }

    private IndexedArticle articleOf(int doc) {
        List<LeafReaderContext> leaves = reader.leaves();
        int leaf = ReaderUtil.subIndex(doc, leaves);
        return articles[leaf][doc - leaves.get(leaf).docBase];
    }

    /**
     * The slugs of articles whose index holds any of these terms in any field: those a vocabulary change re-analyses.
     */
    public Set<String> slugsContainingAny(Collection<String> terms) throws IOException {
        Set<String> slugs = new HashSet<>();
        if (terms.isEmpty()) return slugs;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String term : terms) {
            for (String field : TEXT_FIELDS) {
                any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
                if (++clauses == IndexSearcher.getMaxClauseCount()) {
                    collectSlugs(any.build(), slugs);
                    any = new BooleanQuery.Builder();
                    clauses = 0;
                }
            }
        }
        if (clauses > 0) collectSlugs(any.build(), slugs);
        return slugs;
    }

    private void collectSlugs(Query query, Set<String> slugs) throws IOException {
        HitCollector all = new HitCollector(0);
        searcher.search(query, all);
        for (int i = 0; i < all.size(); i++) {
            IndexedArticle a = articleOf(all.doc(i));
            if (a != null) slugs.add(a.slug());
        }
    }

    /** How many articles the index holds. */
    public int size() {
        return reader.numDocs();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
