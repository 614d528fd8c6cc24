package pasokh.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.web.WebApp;

/**
 * {@code /api/search} over HTTP, in two phases, each with the load generator in its own JVM: one
 * connection (server time per query, single-threaded, warm), then many at once (throughput and latency
 * under load); then {@code /api/suggest} on one connection with the queries cut short as they are typed. The
 * server is the portal started in this JVM, or one already running.
 *
 * <p>Every request is a different query until the list wraps, and the portal caches no results, so each
 * one is a real search.
 */
public final class LoadBenchmark {

    public static final String SINGLE = "single connection";
    public static final String CONCURRENT = "concurrent";
    public static final String SUGGEST = "suggestions, single connection";

    private static final String LOOPBACK = "127.0.0.1";

    /** How hard and how long: the concurrent phase's connections, and each phase's warm-up and measured time. */
    public record Plan(int connections, double warmupSeconds, double seconds) {
        public Plan {
            if (connections < 1 || connections > LoadSettings.MAX_CONNECTIONS) {
                throw new IllegalArgumentException("connections must be 1-" + LoadSettings.MAX_CONNECTIONS);
            }
            if (!(warmupSeconds >= 0) || !(seconds > 0)) {
                throw new IllegalArgumentException("warm-up must be >= 0 s and the measured phase > 0 s");
            }
        }
    }

    /** One phase's figures, with the machine's load average just before and just after it. */
    public record Phase(String name, int connections, LoadResult result,
            Optional<LoadAverage> loadBefore, Optional<LoadAverage> loadAfter) {

        /** Requests without a response plus responses outside 2xx. */
        public long failures() {
            return result.errors() + result.nonSuccess();
        }
    }

    /**
     * @param server   "this JVM" or the URL measured
     * @param articles articles the server serves, when known
     * @param queries  distinct queries sent, cycled
     */
    public record Report(String server, OptionalInt articles, Machine machine, int queries, Plan plan,
            Phase single, Phase concurrent, Phase suggest) {

        public List<Phase> phases() {
            return List.of(single, concurrent, suggest);
        }

        public boolean anyFailed() {
            return phases().stream().anyMatch(p -> p.failures() > 0);
        }
    }

    private LoadBenchmark() {}

    /**
     * Starts the portal on these folders in this JVM, on a free loopback port, as `serve` would (the index
     * under the data folder; if a running server holds it, the knowledge base keeps its own in memory).
     */
    public static Report againstPortal(PortalPaths paths, QuerySet queries, Plan plan)
            throws IOException, InterruptedException, BenchmarkFailedException {
        try (Portal portal = Portal.start(paths)) {
            Javalin app = WebApp.create(portal).start(LOOPBACK, 0);
            try {
                int articles = portal.knowledge().current().articles().published().size();
                return run(new LoadTarget(LOOPBACK, app.port(), OptionalInt.of(articles), "this JVM"), queries, plan);
            } finally {
                app.stop();
            }
        }
    }

    /** A server already running at {@code http://host:port}, e.g. one `pasokh serve` started. */
    public static Report againstServer(URI url, QuerySet queries, Plan plan)
            throws IOException, InterruptedException, BenchmarkFailedException {
        return run(LoadTarget.probe(url), queries, plan);
    }

    /** Throws {@link IllegalArgumentException} unless the URL is {@code http://host:port}. */
    public static void checkUrl(URI url) {
        LoadTarget.checkUrl(url);
    }

    private static Report run(LoadTarget target, QuerySet queries, Plan plan)
            throws InterruptedException, BenchmarkFailedException {
        List<String> paths = queries.searchPaths();
        Phase single = phase(SINGLE, 1, target, paths, plan);
        Phase concurrent = phase(CONCURRENT, plan.connections(), target, paths, plan);
        Phase suggest = phase(SUGGEST, 1, target, queries.suggestPaths(), plan);
        return new Report(target.where(), target.articles(), Machine.current(), queries.size(), plan,
                single, concurrent, suggest);
    }

    private static Phase phase(String name, int connections, LoadTarget target, List<String> paths, Plan plan)
            throws InterruptedException, BenchmarkFailedException {
        LoadSettings settings = new LoadSettings(target.host(), target.port(), paths, connections,
                Budget.seconds(plan.warmupSeconds()), Budget.seconds(plan.seconds()));
        Optional<LoadAverage> before = LoadAverage.now();
        LoadResult result;
        try {
            result = LoadGenerator.inChildProcess(settings);
        } catch (IOException e) {
            throw new BenchmarkFailedException("the " + name + " phase failed: " + e.getMessage(), e);
        }
        return new Phase(name, connections, result, before, LoadAverage.now());
    }
}
