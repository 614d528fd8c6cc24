package pasokh.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Times in-process searches one call at a time, on this thread: no HTTP, no JSON, no other request
 * competing, so the figure is the search itself. Untimed rounds first, for at least a warm-up ({@link #WARMUP}):
 * a fresh JVM needs thousands of searches before its JIT has compiled the search code, and a single round
 * on the first, smallest base measured the compiler, not the search.
 */
final class SearchTimer {

    /**
     * @param searches        timed calls: queries times rounds
     * @param queriesWithHits queries that found at least one article, in the last round; a base that finds
     *                        nothing would be fast for the wrong reason
     */
    record Timings(double medianMillis, double p99Millis, Map<WordBucket, Double> medianByWords, int searches,
            int queriesWithHits) {}

    static final Duration WARMUP = Duration.ofSeconds(10);

    private SearchTimer() {}

    /** @param search runs one query and returns how many articles it found */
    static Timings time(ToLongFunction<String> search, List<String> queries, int rounds) {
        return time(search, queries, rounds, Duration.ZERO);
    }

    /** @param warmup untimed searching first, one round at least */
    static Timings time(ToLongFunction<String> search, List<String> queries, int rounds, Duration warmup) {
        long warmedUntil = System.nanoTime() + warmup.toNanos();
        do {
            for (String q : queries) search.applyAsLong(q);
        } while (System.nanoTime() < warmedUntil);
        long[] all = new long[queries.size() * rounds];
        Map<WordBucket, List<Long>> byBucket = new EnumMap<>(WordBucket.class);
        WordBucket[] buckets = queries.stream().map(WordBucket::of).toArray(WordBucket[]::new);
        int withHits = 0;
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            withHits = 0;
            for (int i = 0; i < queries.size(); i++) {
                long started = System.nanoTime();
                long found = search.applyAsLong(queries.get(i));
                long took = System.nanoTime() - started;
                all[n++] = took;
                byBucket.computeIfAbsent(buckets[i], b -> new ArrayList<>()).add(took);
                if (found > 0) withHits++;
            }
        }
        Percentiles overall = new Percentiles(all);
        Map<WordBucket, Double> medians = new EnumMap<>(WordBucket.class);
        for (WordBucket bucket : WordBucket.values()) {
            long[] times = byBucket.getOrDefault(bucket, List.of()).stream().mapToLong(Long::longValue).toArray();
            medians.put(bucket, new Percentiles(times).millis(50));
        }
        return new Timings(overall.millis(50), overall.millis(99), medians, all.length, withHits);
    }
}
