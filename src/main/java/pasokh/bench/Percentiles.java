package pasokh.bench;

import java.util.Arrays;

/** Exact percentiles of a few thousand timings, by nearest rank: always a time that was measured. */
final class Percentiles {

    private final long[] sortedNanos;

    Percentiles(long[] nanos) {
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** The smallest timing that {@code percent}% of the timings are at or below; NaN when there are none. */
    double millis(double percent) {
        if (sortedNanos.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length, rank) - 1)] / 1e6;
    }
}
