package pasokh.bench;

/**
 * The figures of the measured phase of a load run. Warm-up requests are in none of them.
 *
 * @param requests          requests sent
 * @param errors            requests without a response: refused connection, read error, timeout
 * @param nonSuccess        responses whose status is not 2xx (a response, so not an error)
 * @param elapsedSeconds    from the start of the phase until the last connection finished
 * @param requestsPerSecond responses received per second of {@code elapsedSeconds}
 * @param p50Millis         client latency percentiles: request written to response fully read
 * @param serverP50Millis   the server's own time from {@code Server-Timing: app;dur=...}; NaN when absent
 * @param firstError        what the first failed request said, for a person to read; empty when none failed
 */
public record LoadResult(
        long requests,
        long errors,
        long nonSuccess,
        double elapsedSeconds,
        double requestsPerSecond,
        double p50Millis,
        double p90Millis,
        double p99Millis,
        double maxMillis,
        double serverP50Millis,
        double serverP99Millis,
        String firstError) {

    public LoadResult {
        if (firstError == null) firstError = "";
    }

    public long responses() {
        return requests - errors;
    }

    /** True when requests were sent and not one got a response: a wrong address or a dead server. */
    public boolean allFailed() {
        return requests > 0 && errors == requests;
    }
}
