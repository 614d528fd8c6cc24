package pasokh.engagement;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What keeps readers' feedback or read counts from being saved right now, as /health reports it. A problem
 * is reported by the write that met it and cleared by the next write of its kind that succeeds, so the
 * report recovers by itself once space is freed; a problem that ends at a known time (today's cap) also
 * clears then. Texts are for operators, in English, and name no reader.
 */
public final class EngagementHealth {

    public enum Kind { FEEDBACK_STORAGE, FEEDBACK_TOTAL_CAP, FEEDBACK_DAY_CAP, READ_COUNTS }

    private record Problem(String text, Instant until) {}

    private final Map<Kind, Problem> problems = new ConcurrentHashMap<>();
    private final Clock clock;

    public EngagementHealth(Clock clock) {
        this.clock = clock;
    }

    /** The problems in force, in a fixed order; empty when everything is saved as it should be. */
    public List<String> problems() {
        Instant now = clock.instant();
        return problems.entrySet().stream()
                .filter(e -> now.isBefore(e.getValue().until()))
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(e -> e.getValue().text())
                .toList();
    }

    /** @return whether the problem is new (none of its kind was in force), so the caller logs it once */
    boolean report(Kind kind, String text) {
        return report(kind, text, Instant.MAX);
    }

    boolean report(Kind kind, String text, Instant until) {
        Problem before = problems.put(kind, new Problem(text, until));
        return before == null || !clock.instant().isBefore(before.until());
    }

    /** @return whether a problem of this kind was in force until now, so the caller logs the recovery */
    boolean clear(Kind kind) {
        Problem before = problems.remove(kind);
        return before != null && clock.instant().isBefore(before.until());
    }
}
