package pasokh.bench;

import java.time.Duration;

/**
 * How long one phase of a load run lasts: a wall-clock time, or a number of requests shared by all
 * connections. Time is what `wrk` does and what throughput figures want; a count makes tests exact.
 */
public sealed interface Budget {

    /** The phase ends when this much time has passed since it started; requests in flight still finish. */
    record Time(Duration duration) implements Budget {
        public Time {
            if (duration.isNegative()) throw new IllegalArgumentException("a phase cannot last " + duration);
        }
    }

    /** The phase ends after this many requests, counted over all connections together. */
    record Requests(long count) implements Budget {
        public Requests {
            if (count < 0) throw new IllegalArgumentException("a phase cannot have " + count + " requests");
        }
    }

    static Budget seconds(double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be a number >= 0, not " + seconds);
        }
        return new Time(Duration.ofNanos(Math.round(seconds * 1e9)));
    }

    static Budget requests(long count) {
        return new Requests(count);
    }

    /** No warm-up at all. */
    static Budget none() {
        return new Requests(0);
    }
}
