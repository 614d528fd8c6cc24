package pasokh.engagement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import pasokh.store.ArticleReadRepository;

/**
 * Counts article reads in memory and writes them to the database in batches ({@link #flush()}, called on a
 * timer and at shutdown), so a busy article page never waits on a database write.
 */
public final class ReadCounter {

    private final ArticleReadRepository repository;
    private final Map<String, Long> stored;
    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();

    public ReadCounter(ArticleReadRepository repository) {
        this.repository = repository;
        this.stored = new ConcurrentHashMap<>(repository.all());
    }

    public void recordRead(String slug) {
        pending.computeIfAbsent(slug, s -> new LongAdder()).increment();
    }

    public long reads(String slug) {
        LongAdder p = pending.get(slug);
        return stored.getOrDefault(slug, 0L) + (p == null ? 0 : p.sum());
    }

    /** The slugs among {@code candidates} with most reads first; ties keep the candidates' order. */
    public List<String> mostRead(List<String> candidates, int limit) {
        // counts move while we sort; sort on one snapshot so the comparison stays consistent
        Map<String, Long> snapshot = new java.util.HashMap<>();
        for (String slug : candidates) snapshot.put(slug, reads(slug));
        return candidates.stream()
                .sorted(Comparator.comparingLong((String slug) -> snapshot.get(slug)).reversed())
                .limit(limit)
                .toList();
    }

    public synchronized void flush() {
        Map<String, Long> batch = new java.util.HashMap<>();
        for (var e : pending.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n > 0) batch.put(e.getKey(), n);
        }
        if (batch.isEmpty()) return;
        try {
            repository.addAll(batch);
            batch.forEach((slug, n) -> stored.merge(slug, n, Long::sum));
        } catch (RuntimeException e) {
            // keep the counts for the next try rather than losing them
            batch.forEach((slug, n) -> pending.computeIfAbsent(slug, s -> new LongAdder()).add(n));
            throw e;
        }
    }
}
