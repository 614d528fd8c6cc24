package pasokh.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.article.Article;
import pasokh.search.SearchQuery;
import pasokh.search.SearchService;

/**
 * Runs the articles' own questions through the search once `serve` has started, so the JIT has compiled
 * the search path before the first citizens arrive: a cold JVM answers its first few thousand searches
 * several times slower. It only searches (nothing is kept), in a background thread of low priority, and
 * stops after a few rounds or its time budget, whichever comes first.
 */
public final class SearchWarmup {

    private static final Logger log = LoggerFactory.getLogger(SearchWarmup.class);
    private static final int ROUNDS = 4;

    private SearchWarmup() {}

    public static Thread start(KnowledgeBase knowledge, SearchService search, Duration budget) {
        Thread t = Thread.ofPlatform().daemon().name("search-warmup").priority(Thread.MIN_PRIORITY)
                .unstarted(() -> run(knowledge, search, budget));
        t.start();
        return t;
    }

    private static void run(KnowledgeBase knowledge, SearchService search, Duration budget) {
        List<String> questions = new ArrayList<>();
        for (Article a : knowledge.current().articles().published()) {
            questions.add(a.title());
            questions.addAll(a.questions());
        }
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        int searched = 0;
        try {
            for (int round = 0; round < ROUNDS && System.nanoTime() < deadline; round++) {
                for (String q : questions) {
                    if (System.nanoTime() >= deadline) break;
                    search.search(new SearchQuery(q, Optional.empty(), 1, 10));
                    searched++;
                }
            }
            log.info("Search warmed up on {} of the articles' own questions in {} ms", searched,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // a warm-up that fails says nothing about real searches, which report their own errors
            log.warn("Search warm-up stopped early: {}", e.toString());
        }
    }
}
