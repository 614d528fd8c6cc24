package pasokh.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.SiteSettings;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.ArticleNumbers;
import pasokh.article.ArticleSet;
import pasokh.article.Categories;
import pasokh.search.ArticleSearcher;
import pasokh.search.IndexedArticle;
import pasokh.search.RankingConfig;

/**
 * What is served at one moment: the articles, the configuration they were read with, their vocabulary,
 * searcher and suggester. Immutable; the knowledge base swaps in a new one as a whole, so no request ever
 * sees the articles of one moment with the index of another.
 *
 * <p>The index reader is counted: the knowledge base holds one reference, each search holds one while it
 * runs, and the last to let go closes it.
 */
public final class Snapshot {

    private static final Logger log = LoggerFactory.getLogger(Snapshot.class);

    private final long generation;
    private final Instant builtAt;
    private final KnowledgeConfig config;
    private final ArticleSet articles;
    private final Map<Path, FileState> files;
    private final Map<String, IndexedArticle> published;
    private final ArticleNumbers numbers;
    private final PersianAnalysis analysis;
    private final ArticleSearcher searcher;
    private final String fingerprint;
    private final AtomicInteger references = new AtomicInteger(1);

    Snapshot(long generation, KnowledgeConfig config, ArticleSet articles, Map<Path, FileState> files,
             Map<String, IndexedArticle> published, ArticleNumbers numbers, PersianAnalysis analysis,
             ArticleSearcher searcher, String fingerprint) {
        this.generation = generation;
        this.builtAt = Instant.now();
        this.config = config;
        this.articles = articles;
        this.files = Map.copyOf(files);
        this.published = Map.copyOf(published);
        this.numbers = numbers;
        this.analysis = analysis;
        this.searcher = searcher;
        this.fingerprint = fingerprint;
    }

    /** Counts up from 1 at start; each change served is the next number. */
    public long generation() {
        return generation;
    }

    public Instant builtAt() {
        return builtAt;
    }

    /** Every article read (drafts included) and every problem found reading them. */
    public ArticleSet articles() {
        return articles;
    }

    /** The published articles by answer number: where {@code /a/234} leads. */
    public ArticleNumbers numbers() {
        return numbers;
    }

    public Categories categories() {
        return config.categories();
    }

    public SiteSettings site() {
        return config.site();
    }

    public RankingConfig ranking() {
        return config.ranking();
    }

    /** The Persian chain over this snapshot's vocabulary: for grouping questions and matching them to articles. */
    public PersianAnalysis analysis() {
        return analysis;
    }

    KnowledgeConfig config() {
        return config;
    }

    Map<Path, FileState> files() {
        return files;
    }

    Map<String, IndexedArticle> published() {
        return published;
    }

    ArticleSearcher searcher() {
        return searcher;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** Takes a reference for a search; false when the snapshot is already closed (the caller takes the newer one). */
    boolean tryRetain() {
        while (true) {
            int n = references.get();
            if (n <= 0) return false;
            if (references.compareAndSet(n, n + 1)) return true;
        }
    }

    /**
     * Lets go of a reference; the last one closes the index reader. The analyzers are left to the garbage
     * collector rather than closed: pages and suggestions use a snapshot's chain without holding a
     * reference, and a closed analyzer would fail them.
     */
    void release() {
        if (references.decrementAndGet() == 0) {
            try {
                searcher.close();
            } catch (IOException e) {
                log.warn("Could not close the index reader of snapshot {}: {}", generation, e.getMessage());
            }
        }
    }
}
