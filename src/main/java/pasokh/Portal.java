package pasokh;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.article.MarkdownRenderer;
import pasokh.engagement.FeedbackService;
import pasokh.engagement.ReadCounter;
import pasokh.knowledge.KnowledgeBase;
import pasokh.search.SearchService;
import pasokh.search.SuggestService;
import pasokh.store.ArticleReadRepository;
import pasokh.store.Database;
import pasokh.store.FeedbackRepository;

/**
 * The composition root: the long-lived services (database, feedback, read counts) and the live knowledge
 * base, wired once. Routes and commands take from here only the services they use.
 */
public final class Portal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Portal.class);

    private final MarkdownRenderer markdown;
    private final KnowledgeBase knowledge;
    private final SearchService search;
    private final SuggestService suggest;
    private final FeedbackService feedback;
    private final ReadCounter reads;
    private final ScheduledExecutorService flusher;

    private Portal(PortalPaths paths, KnowledgeBase.Storage storage) throws IOException {
        this.markdown = new MarkdownRenderer();
        this.knowledge = KnowledgeBase.open(paths, markdown, storage);
        this.search = new SearchService(knowledge);
        this.suggest = new SuggestService(knowledge);
        Database db = Database.open(paths.data());
        this.feedback = new FeedbackService(new FeedbackRepository(db),
                slug -> knowledge.current().articles().findPublished(slug).isPresent(), Clock.systemUTC());
        this.reads = new ReadCounter(new ArticleReadRepository(db));
        this.flusher = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("read-count-flusher").unstarted(r));
        flusher.scheduleWithFixedDelay(this::flushReads, 30, 30, TimeUnit.SECONDS);
    }

    /** The portal as `serve` runs it: the index kept under the data folder. */
    public static Portal start(PortalPaths paths) throws IOException {
        return new Portal(paths, KnowledgeBase.Storage.DATA_FOLDER);
    }

    public static Portal start(PortalPaths paths, KnowledgeBase.Storage storage) throws IOException {
        return new Portal(paths, storage);
    }

    private void flushReads() {
        try {
            reads.flush();
        } catch (RuntimeException e) {
            log.warn("Could not save read counts; will retry: {}", e.getMessage());
        }
    }

    public MarkdownRenderer markdown() { return markdown; }

    public KnowledgeBase knowledge() { return knowledge; }

    public SearchService search() { return search; }

    public SuggestService suggest() { return suggest; }

    public FeedbackService feedback() { return feedback; }

    public ReadCounter reads() { return reads; }

    @Override
    public void close() throws IOException {
        flusher.shutdownNow();
        flushReads();
        knowledge.close();
    }
}
