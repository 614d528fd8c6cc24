package pasokh.engagement;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.engagement.EngagementHealth.Kind;
import pasokh.store.ArticleReadRepository;
import pasokh.store.StorageFullException;

/**
 * Counts article reads in memory and writes them to the database in batches ({@link #flush()}, called on a
 * timer and at shutdown), so a busy article page never waits on a database write. A reader counts once per
 * article per day ({@link DailyReaders}): "most read" ranks what many people read, not what one reloads.
 */
public final class ReadCounter {

    private static final Logger log = LoggerFactory.getLogger(ReadCounter.class);

    private final ArticleReadRepository repository;
    private final DailyReaders readers;
    private final EngagementHealth health;
    private final Clock clock;
    private final Map<String, Long> stored;
    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();
    private volatile boolean fullLogged;
    private int failedFlushes;

    /** @param clock its zone says when the readers' day begins */
    public ReadCounter(ArticleReadRepository repository, Clock clock, EngagementHealth health) {
        this(repository, new DailyReaders(clock), clock, health);
    }

    ReadCounter(ArticleReadRepository repository, DailyReaders readers, Clock clock, EngagementHealth health) {
        this.repository = repository;
        this.readers = readers;
        this.health = health;
        this.clock = clock;
        this.stored = new ConcurrentHashMap<>(repository.all());
    }

    /** @param reader who reads (the client's address); only a keyed hash of it is held, until midnight */
    public void recordRead(String slug, String reader) {
        if (!readers.firstRead(reader, slug)) {
            if (!fullLogged && readers.full()) {
                fullLogged = true;
                log.warn("Read counter holds its daily maximum of {} reader-article pairs; first reads are not counted"
                        + " until midnight", readers.maxPairs());
            }
            return;
        }
        fullLogged = false;
        pending.computeIfAbsent(slug, s -> new LongAdder()).increment();
    }

    public long reads(String slug) {
        LongAdder p = pending.get(slug);
        return stored.getOrDefault(slug, 0L) + (p == null ? 0 : p.sum());
    }

    /** Reads counted but not yet in the database. */
    public long unsaved() {
        return pending.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The slugs among {@code candidates} with most reads first; ties keep the candidates' order. */
    public List<String> mostRead(List<String> candidates, int limit) {
        // counts move while we sort; sort on one snapshot so the comparison stays consistent
        Map<String, Long> snapshot = new HashMap<>();
        for (String slug : candidates) snapshot.put(slug, reads(slug));
        return candidates.stream()
                .sorted(Comparator.comparingLong((String slug) -> snapshot.get(slug)).reversed())
                .limit(limit)
                .toList();
    }

    /**
     * Writes the counts gathered since the last flush. When the database refuses them (a full disk above
     * all), they stay in memory for the next flush, /health says so, and the failure is logged once, not
     * every 30 seconds; it never throws, so the timer that calls it keeps running.
     */
    public synchronized void flush() {
        Map<String, Long> batch = new HashMap<>();
        for (var e : pending.entrySet()) {
            long n = e.getValue().sumThenReset();
            if (n > 0) batch.put(e.getKey(), n);
        }
        if (batch.isEmpty()) return;
        try {
            repository.addAll(batch);
        } catch (RuntimeException e) {
            // keep the counts for the next try rather than losing them
            batch.forEach((slug, n) -> pending.computeIfAbsent(slug, s -> new LongAdder()).add(n));
            failedFlushes++;
            String why = e instanceof StorageFullException ? "storage full" : "database write failed";
            if (health.report(Kind.READ_COUNTS, "read counts not saved since " + clock.instant() + " (" + why
                    + "); they are kept in memory and retried")) {
                log.warn("Could not save read counts; {} reads kept in memory and retried every flush: {}",
                        unsaved(), e.getMessage());
            }
            return;
        }
        batch.forEach((slug, n) -> stored.merge(slug, n, Long::sum));
        if (health.clear(Kind.READ_COUNTS)) {
            log.info("Read counts saved again after {} failed attempts", failedFlushes);
        }
        failedFlushes = 0;
    }
}
