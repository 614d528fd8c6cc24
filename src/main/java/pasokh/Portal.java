package pasokh;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.ArticleParser;
import pasokh.article.ArticleSet;
import pasokh.article.ArticleStore;
import pasokh.article.Categories;
import pasokh.article.MarkdownRenderer;
import pasokh.article.Problem;
import pasokh.article.RequiredTopics;
import pasokh.engagement.FeedbackService;
import pasokh.engagement.ReadCounter;
import pasokh.search.ArticleIndex;
import pasokh.search.ArticleTexts;
import pasokh.search.PasokhQueryPlanner;
import pasokh.search.Fingerprint;
import pasokh.search.RankingConfig;
import pasokh.search.SearchService;
import pasokh.search.TitleSuggester;
import pasokh.store.ArticleReadRepository;
import pasokh.store.Database;
import pasokh.store.FeedbackRepository;

/**
 * Everything the running portal needs, wired once: the articles, their index, the database and the
 * services over them. The web layer and the tests start from here.
 */
public final class Portal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Portal.class);

    private final Categories categories;
    private final SiteSettings site;
    private final ArticleSet articles;
    private final MarkdownRenderer markdown;
    private final PersianAnalysis analysis;
    private final ArticleIndex index;
    private final TitleSuggester suggester;
    private final SearchService search;
    private final FeedbackService feedback;
    private final ReadCounter reads;
    private final RankingConfig ranking;
    private final ScheduledExecutorService flusher;

    private Portal(PortalPaths paths) throws IOException {
        this.categories = Categories.load(paths.config());
        this.site = SiteSettings.load(paths.config());
        this.ranking = RankingConfig.load(paths.config());
        this.markdown = new MarkdownRenderer();
        this.articles = loadArticles(paths, categories, site);
        this.analysis = PersianAnalysis.load(paths.config(), ArticleTexts.of(articles.published(), markdown));
        this.index = ArticleIndex.open(paths.indexDir(), analysis.indexAnalyzer(), markdown);
        boolean rebuilt = index.sync(articles.published(), Fingerprint.of(articles.published(), paths.config()));
        log.info(rebuilt ? "Search index rebuilt" : "Search index up to date; reused");
        this.suggester = new TitleSuggester(analysis);
        suggester.rebuild(articles.published());
        this.search = new SearchService(index, new PasokhQueryPlanner(analysis, ranking),
                analysis.indexAnalyzer(), ranking, categories, articles::findPublished);
        Database db = Database.open(paths.data());
        this.feedback = new FeedbackService(new FeedbackRepository(db), slug -> articles.findPublished(slug).isPresent(), Clock.systemUTC());
        this.reads = new ReadCounter(new ArticleReadRepository(db));
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("read-count-flusher").unstarted(r));
        flusher.scheduleWithFixedDelay(this::flushReads, 30, 30, TimeUnit.SECONDS);
    }

    public static Portal start(PortalPaths paths) throws IOException {
        return new Portal(paths);
    }

    /** The articles folder with the rules of the config folder: categories, SMS address, required topics. */
    static ArticleStore articleStore(PortalPaths paths, Categories categories, SiteSettings site) throws IOException {
        return new ArticleStore(paths.articles(), new ArticleParser(categories, site.publicUrl()), RequiredTopics.load(paths.config()));
    }

    /** Reads the articles, logging every problem; files with errors are skipped, the rest are served. */
    static ArticleSet loadArticles(PortalPaths paths, Categories categories, SiteSettings site) throws IOException {
        ArticleSet set = articleStore(paths, categories, site).load();
        for (Problem p : set.problems()) {
            if (p.isError()) log.warn("{} (file skipped)", p);
            else log.warn("{}", p);
        }
        log.info("Loaded {} articles ({} published) from {}", set.all().size(), set.published().size(), paths.articles());
        return set;
    }

    private void flushReads() {
        try {
            reads.flush();
        } catch (RuntimeException e) {
            log.warn("Could not save read counts; will retry: {}", e.getMessage());
        }
    }

    public Categories categories() { return categories; }

    public SiteSettings site() { return site; }

    public ArticleSet articles() { return articles; }

    public MarkdownRenderer markdown() { return markdown; }

    public SearchService search() { return search; }

    public TitleSuggester suggester() { return suggester; }

    public FeedbackService feedback() { return feedback; }

    public ReadCounter reads() { return reads; }

    public RankingConfig ranking() { return ranking; }

    @Override
    public void close() throws IOException {
        flusher.shutdownNow();
        flushReads();
        try (index; suggester; analysis) {
            // closed in reverse order
        }
    }
}
