package pasokh.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gap reports the insights pages and {@code /api/gaps} show. A report reads every question of its period
 * and searches for each group, a few seconds on a large log; managers opening the page together, or one
 * reloading it, share one report for a minute.
 */
public final class GapReports {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final int KEPT = 16;

    private record Key(LocalDate from, LocalDate to, int groups) {}

    private record Made(GapReport report, Instant at) {}

    private final GapAnalysis analysis;
    private final Clock clock;
    private final Map<Key, Made> recent = new ConcurrentHashMap<>();

    public GapReports(GapAnalysis analysis, Clock clock) {
        this.analysis = analysis;
        this.clock = clock;
    }

    public GapReport report(LocalDate from, LocalDate to, int groups) {
        Key key = new Key(from, to, groups);
        Instant now = clock.instant();
        Made made = recent.get(key);
        if (made != null && made.at().plus(FRESH_FOR).isAfter(now)) return made.report();
        if (recent.size() >= KEPT) recent.clear();
        GapReport report = analysis.report(from, to, groups);
        recent.put(key, new Made(report, now));
        return report;
    }

    /** A new import or a publish is seen at once rather than after a minute. */
    public void forget() {
        recent.clear();
    }
}
