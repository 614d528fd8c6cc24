package pasokh.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.PortalPaths;
import pasokh.article.MarkdownRenderer;
import pasokh.article.Problem;
import pasokh.search.ArticleSearcher;
import pasokh.search.IndexStore;
import pasokh.search.SearchUnavailableException;
import pasokh.search.Searchers;

/**
 * The live knowledge base: the snapshot being served, and the one thread that builds the next. Changes
 * (files saved under articles/ or index-config/, an editor's publish) are applied in order on that thread;
 * a request always reads one whole snapshot, and a change that fails to build leaves the last good one
 * served. Nothing here assumes it is the only process: another one on the same data folder keeps its index
 * in memory.
 */
public final class KnowledgeBase implements Searchers, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    /** Where the index lives. */
    public enum Storage {
        /** data/index, kept between runs: what `serve` uses. */
        DATA_FOLDER,
        /** Memory only: for commands that run beside a server on the same data folder, and tests. */
        MEMORY
    }

    private final PortalPaths paths;
    private final SnapshotBuilder builder;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicLong generations = new AtomicLong();
    private final ExecutorService updater = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("knowledge-base-updater").unstarted(r));
    /** Set when a search found the index unreadable; cleared by the rebuild it asks for. */
    private final AtomicReference<CompletableFuture<Snapshot>> rebuilding = new AtomicReference<>();
    private IndexStore index;
    private FolderWatcher watcher;

    private KnowledgeBase(PortalPaths paths, MarkdownRenderer markdown, IndexStore index) {
        this.paths = paths;
        this.builder = new SnapshotBuilder(paths.articles(), markdown);
        this.index = index;
    }

    /**
     * Reads the config and every article and makes them searchable. Throws when the config is broken or the
     * articles folder is missing: at start there is no previous snapshot to keep serving.
     */
    public static KnowledgeBase open(PortalPaths paths, MarkdownRenderer markdown, Storage storage) throws IOException {
        KnowledgeConfig config = KnowledgeConfig.load(paths.config());
        KnowledgeBase kb = new KnowledgeBase(paths, markdown,
                storage == Storage.MEMORY ? IndexStore.inMemory() : openIndex(paths.indexDir()));
        long started = System.nanoTime();
        SnapshotBuilder.Built built;
        try {
            built = kb.builder.full(kb.generations.incrementAndGet(), config, null, kb.index);
        } catch (IOException | RuntimeException e) {
            if (storage == Storage.MEMORY) throw e;
            log.warn("Could not write the search index to {} ({}); keeping it in memory", kb.index.where(),
                    e.getMessage());
            kb.index.close();
            kb.index = IndexStore.inMemory();
            built = kb.builder.full(kb.generations.get(), config, null, kb.index);
        }
        kb.current.set(built.snapshot());
        logProblems(List.of(), built.snapshot());
        var articles = built.snapshot().articles();
        log.info("Loaded {} articles ({} published) from {}; index {} in {} ({} ms)",
                articles.all().size(), articles.published().size(),
                paths.articles(), built.change().full() ? "built" : "reused", kb.index.where(), millisSince(started));
        return kb;
    }

    private static IndexStore openIndex(Path folder) throws IOException {
        try {
            return IndexStore.open(folder);
        } catch (IndexStore.IndexInUseException e) {
            log.warn("{}; this process keeps its own index in memory", e.getMessage());
            return IndexStore.inMemory();
        }
    }

    /** Picks up changes on disk from now on (`serve`); other commands read the folders once. */
    public void watch() throws IOException {
        Path config = paths.config().toAbsolutePath().normalize();
        watcher = new FolderWatcher(paths.articles(), paths.config(), changed -> {
            boolean configChanged = changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(config));
            if (configChanged) reload();
            else refresh(changed);
        });
        watcher.start();
    }

    /** What is served now. Fine for reading articles and settings; searches go through {@link #withCurrent}. */
    /** The folder the articles are read from, which publishing writes into. */
    public Path articlesFolder() {
        return paths.articles();
    }

    public Snapshot current() {
        return current.get();
    }

    @Override
    public <T> T withCurrent(Function<ArticleSearcher, T> work) {
        Snapshot snapshot = retain();
        try {
            return work.apply(snapshot.searcher());
        } catch (UncheckedIOException e) {
            // the index is derived data: rebuild it rather than fail every search until someone notices
            requestRebuild(snapshot, e);
            throw new SearchUnavailableException("the search index could not be read", e);
        } finally {
            snapshot.release();
        }
    }

    private Snapshot retain() {
        while (true) {
            Snapshot s = current.get();
            if (s.tryRetain()) return s;
        }
    }

    /** Reads these article files (or folders) again; the future completes when the change is served. */
    public Future<Snapshot> refresh(Collection<Path> changed) {
        Set<Path> files = new HashSet<>(changed);
        return submit("changed files",
                previous -> builder.changed(generations.incrementAndGet(), previous, files, index));
    }

    /** Reads the config and every article again (index-config/ changed). */
    public Future<Snapshot> reload() {
        return submit("index-config change", previous -> {
            KnowledgeConfig config = KnowledgeConfig.load(paths.config());
            return builder.full(generations.incrementAndGet(), config, previous, index);
        });
    }

    private void requestRebuild(Snapshot broken, Exception cause) {
        CompletableFuture<Snapshot> mine = new CompletableFuture<>();
        if (!rebuilding.compareAndSet(null, mine)) return;
        log.error("Search failed reading the index in {} ({}); rebuilding it from the articles", index.where(),
                cause.getMessage());
        updater.submit(() -> {
            try {
                index.close();
                index = index.isInMemory() ? IndexStore.inMemory() : IndexStore.open(paths.indexDir(), true);
                SnapshotBuilder.Built built = builder.full(generations.incrementAndGet(), current.get().config(),
                        current.get(), index);
                swap(built, "index rebuild", System.nanoTime());
                mine.complete(built.snapshot());
            } catch (IOException | RuntimeException e) {
                log.error("Rebuilding the search index failed ({}); still serving snapshot {}", e.getMessage(),
                        broken.generation());
                mine.completeExceptionally(e);
            } finally {
                rebuilding.set(null);
            }
        });
    }

    /** The rebuild a failed search asked for, if one is running (tests wait on it). */
    Future<Snapshot> pendingRebuild() {
        CompletableFuture<Snapshot> f = rebuilding.get();
        return f != null ? f : CompletableFuture.completedFuture(current.get());
    }

    private interface Step {
        SnapshotBuilder.Built build(Snapshot previous) throws IOException;
    }

    private Future<Snapshot> submit(String why, Step step) {
        return updater.submit(() -> {
            long started = System.nanoTime();
            Snapshot previous = current.get();
            try {
                return swap(step.build(previous), why, started);
            } catch (IOException | RuntimeException e) {
                log.error("Could not apply the {} ({}); still serving snapshot {}", why, e.getMessage(),
                        previous.generation());
                throw e;
            }
        });
    }

    private Snapshot swap(SnapshotBuilder.Built built, String why, long started) {
        Snapshot next = built.snapshot();
        Snapshot previous = current.getAndSet(next);
        logProblems(previous.articles().problems(), next);
        SnapshotBuilder.Change c = built.change();
        log.info("Knowledge base updated ({}): {} article(s) indexed, {} removed, {} re-analysed{}; {} published;"
                + " snapshot {} in {} ms",
                why, c.changed(), c.removed(), c.reanalysed(), c.full() ? ", full index" : "",
                next.articles().published().size(), next.generation(), millisSince(started));
        previous.release();
        return next;
    }

    /** Logs the problems that were not there before, as {@code path:line: message}. */
    private static void logProblems(List<Problem> before, Snapshot next) {
        Set<String> known = new HashSet<>();
        before.forEach(p -> known.add(p.toString()));
        for (Problem p : next.articles().problems()) {
            if (known.contains(p.toString())) continue;
            if (p.isError()) log.warn("{} ({})", p,
                    servesLastGood(next, p) ? "its last good version is still served" : "file skipped");
            else log.warn("{}", p);
        }
    }

    private static boolean servesLastGood(Snapshot snapshot, Problem p) {
        return snapshot.files().values().stream().anyMatch(f -> f.keptLastGood() && f.problems().contains(p));
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) watcher.close();
        updater.shutdown();
        try {
            if (!updater.awaitTermination(10, TimeUnit.SECONDS)) log.warn(
                    "A knowledge-base update was still running at close");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Snapshot last = current.getAndSet(null);
        if (last != null) last.release();
        index.close();
    }
}
