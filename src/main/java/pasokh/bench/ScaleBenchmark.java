package pasokh.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import pasokh.PortalPaths;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.search.SearchQuery;
import pasokh.search.SearchService;

/**
 * How start-up, memory, index size and search time grow with the number of articles: for each count, a
 * synthetic knowledge base ({@link SyntheticKnowledgeBase}) is opened on an empty data folder, measured,
 * searched with every distinct query, and closed before the next, so one count's heap never adds to the
 * next one's.
 */
public final class ScaleBenchmark {

    /** The first page, as the site and the API ask for it by default. */
    private static final int PAGE_SIZE = 10;

    /**
     * @param counts article counts, measured in this order
     * @param rounds timed rounds over all queries, after at least 10 s of untimed ones
     * @param seed   for the synthetic articles: the same seed gives the same files
     * @param work   where {@code <count>/articles} and {@code <count>/data} are made
     * @param warmup untimed searching before the timed rounds of each count (at least one round)
     */
    public record Plan(List<Integer> counts, int rounds, long seed, Path work, Duration warmup) {
        public Plan {
            counts = List.copyOf(counts);
            if (counts.isEmpty()) throw new IllegalArgumentException("no article counts to measure");
            if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1");
        }

        /** With the JIT warm-up {@code bench scale} uses. */
        public Plan(List<Integer> counts, int rounds, long seed, Path work) {
            this(counts, rounds, seed, work, SearchTimer.WARMUP);
        }
    }

    /**
     * One count's figures.
     *
     * @param articles        the count asked for; {@code published} is how many the knowledge base serves
     * @param startupMillis   {@code KnowledgeBase.open} on an empty data folder: read, check and index all
     * @param heapMegabytes   heap in use after start-up and a collection, the JVM's baseline included
     * @param indexMegabytes  the index folder on disk
     * @param medianMillis    over every timed search of every round
     * @param medianByWords   the median per query length; NaN for a bucket with no queries
     */
    public record Row(int articles, int published, double startupMillis, double heapMegabytes, double indexMegabytes,
            double medianMillis, double p99Millis, Map<WordBucket, Double> medianByWords, int searches,
            int queriesWithHits) {

        public Row {
            medianByWords = WordBucket.copyOf(medianByWords);
        }
    }

    /** How much the median grew from the smallest count measured to the largest. */
    public record Growth(Row smallest, Row largest) {
        public double ratio() {
            return largest.medianMillis() / smallest.medianMillis();
        }
    }

    public record Report(Machine machine, int queries, Map<WordBucket, Integer> queriesByWords, Plan plan,
            Optional<LoadAverage> loadBefore, Optional<LoadAverage> loadAfter, List<Row> rows) {

        public Report {
            queriesByWords = WordBucket.copyOf(queriesByWords);
            rows = List.copyOf(rows);
        }

        /** Empty with fewer than two counts. */
        public Optional<Growth> growth() {
            if (rows.size() < 2) return Optional.empty();
            Comparator<Row> bySize = Comparator.comparingInt(Row::articles);
            return Optional.of(new Growth(rows.stream().min(bySize).orElseThrow(),
                    rows.stream().max(bySize).orElseThrow()));
        }
    }

    private ScaleBenchmark() {}

    /**
     * @param source   the shipped articles and the config every count uses; {@code source.data()} is not used
     * @param starting told each count before its articles are generated, for a progress line
     * @throws IllegalArgumentException when a count is below the number of source articles
     */
    public static Report run(PortalPaths source, QuerySet queries, Plan plan, IntConsumer starting)
            throws IOException {
        Optional<LoadAverage> before = LoadAverage.now();
        List<Row> rows = new ArrayList<>();
        for (int count : plan.counts()) {
            starting.accept(count);
            rows.add(measure(ScaleFolder.prepare(source, plan.work(), count, plan.seed()), count, queries, plan));
        }
        Map<WordBucket, Integer> byWords = new EnumMap<>(WordBucket.class);
        queries.byWords().forEach((bucket, list) -> byWords.put(bucket, list.size()));
        return new Report(Machine.current(), queries.size(), byWords, plan, before, LoadAverage.now(), rows);
    }

    private static Row measure(PortalPaths paths, int count, QuerySet queries, Plan plan) throws IOException {
        MarkdownRenderer markdown = new MarkdownRenderer();
        long started = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.open(paths, markdown, KnowledgeBase.Storage.DATA_FOLDER)) {
            double startupMillis = (System.nanoTime() - started) / 1e6;
            double heap = Footprint.heapInUseMegabytes();
            double index = Footprint.folderMegabytes(paths.indexDir());
            int published = kb.current().articles().published().size();
            SearchService search = new SearchService(kb);
            SearchTimer.Timings t = SearchTimer.time(
                    q -> search.search(new SearchQuery(q, Optional.empty(), 1, PAGE_SIZE)).total(),
                    queries.queries(), plan.rounds(), plan.warmup());
            return new Row(count, published, startupMillis, heap, index, t.medianMillis(), t.p99Millis(),
                    t.medianByWords(), t.searches(), t.queriesWithHits());
        }
    }
}
