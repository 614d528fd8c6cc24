package pasokh.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import pasokh.store.AuditRepository;

/** Records who did what, and reads it back newest first. */
public final class AuditLog {

    public record Page(List<AuditEntry> entries, long total, int number, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final AuditRepository repository;
    private final Clock clock;

    public AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(Actor actor, AuditAction action, String target, String detail) {
        repository.add(clock.millis(), actor.name(), action.id(), target == null ? "" : target,
                actor.address() == null ? "" : actor.address(), detail == null ? "" : detail);
    }

    /** Every entry at or after {@code since}, oldest first, read a thousand at a time. */
    public void forEachSince(Instant since, Consumer<AuditEntry> action) {
        long afterId = 0;
        while (true) {
            List<AuditRepository.AuditRow> rows = repository.oldestFirst(since.toEpochMilli(), afterId, 1000);
            rows.forEach(r -> action.accept(entry(r)));
            if (rows.size() < 1000) return;
            afterId = rows.getLast().id();
        }
    }

    /** The newest entries about one article or user, at most {@code limit}. */
    public List<AuditEntry> about(String target, int limit) {
        return repository.newestAbout(target, limit).stream().map(AuditLog::entry).toList();
    }

    /** Page {@code number} (from 1) of the entries at or after {@code since}, newest first. */
    public Page page(Instant since, int number, int size) {
        long from = since.toEpochMilli();
        List<AuditEntry> entries = repository.newestFirst(from, (number - 1) * size, size).stream()
                .map(AuditLog::entry).toList();
        return new Page(entries, repository.countSince(from), number, size);
    }

    private static AuditEntry entry(AuditRepository.AuditRow r) {
        return new AuditEntry(Instant.ofEpochMilli(r.at()), r.actor(), r.action(), r.target(), r.address(), r.detail());
    }
}
