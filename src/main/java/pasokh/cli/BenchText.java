package pasokh.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import pasokh.bench.LoadAverage;
import pasokh.bench.Machine;

/** The wording both benchmarks share: the context line and how a time or a load average is written. */
final class BenchText {

    private BenchText() {}

    /** What the figures were measured on; the machine may be shared, hence the load average. */
    static String context(OptionalInt articles, Machine machine, Optional<LoadAverage> load, int queries) {
        String served = articles.isPresent() ? articles.getAsInt() + " articles" : "articles unknown";
        return "context: " + served + ", " + machine.cpus() + " CPUs, JDK " + machine.jdk()
                + ", load average " + load(load) + ", " + queries + " distinct queries";
    }

    /** {@code 0.52 0.61 0.70 (1, 5, 15 min)}, or {@code unknown} where /proc/loadavg is missing. */
    static String load(Optional<LoadAverage> load) {
        return load.map(l -> l + " (1, 5, 15 min)").orElse("unknown");
    }

    /** {@code 1.234 ms}; {@code n/a} for a figure that could not be measured (no Server-Timing header). */
    static String millis(double millis) {
        return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, "%.3f ms", millis);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%s s", seconds == Math.rint(seconds)
                ? Long.toString((long) seconds) : Double.toString(seconds));
    }
}
