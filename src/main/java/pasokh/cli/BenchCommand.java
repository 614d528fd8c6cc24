package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.Callable;
import pasokh.bench.BenchmarkFailedException;
import pasokh.bench.LoadBenchmark;
import pasokh.bench.LoadResult;
import pasokh.bench.LoadSettings;
import pasokh.bench.QuerySet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `bench`: /api/search over HTTP, one connection then many. A figure, not a test: run it on a quiet machine. */
@Command(name = "bench",
        header = "Measure /api/search over HTTP: server time on one connection, then concurrent load.",
        subcommands = {BenchScaleCommand.class, BenchQuestionsCommand.class},
        description = {
            "Starts the portal on the folders given, in this JVM, on a free 127.0.0.1 port (or measures the"
                    + " server at --url), then runs two phases, each with the load generator in its own JVM so"
                    + " that its threads and garbage stay out of the server's:",
            "1. single connection: --warmup-seconds of warm-up, then --seconds measured: the server's time per"
                    + " query (its Server-Timing header) median and p99, and requests/s. This is the time one"
                    + " search takes, single-threaded and warm.",
            "2. concurrent: --connections keep-alive connections, the same warm-up and measured time:"
                    + " requests/s, client latency median and p99, server time median and p99, failed requests"
                    + " and non-2xx answers.",
            "Requests carry the distinct queries of the --queries files (repeats removed, first occurrence"
                    + " kept) in a fixed order, cycled. The portal keeps no cache of results, so every request"
                    + " is a real search. Output starts with the context (articles served, CPUs, JDK, load"
                    + " average: the machine may be shared), then one figure a line with its unit, and the load"
                    + " average before and after each phase. Exits 1 if any request failed or got a non-2xx"
                    + " answer.",
            "'bench scale' measures how start-up, memory and search time grow with the number of articles;"
                    + " 'bench questions' how long importing a national CRM question log and its gap report take."})
final class BenchCommand implements Callable<Integer> {

    /** The --url default: no server given, so start one here. */
    static final String NO_URL = "none";

    private static final String FIGURE = "  %-24s %s%n";

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Mixin
    private QueryFiles queryFiles;

    @Spec
    private CommandSpec spec;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "16",
            description = "keep-alive connections in the concurrent phase, 1 to " + LoadSettings.MAX_CONNECTIONS
                    + " (default: ${DEFAULT-VALUE})")
    private int connections;

    @Option(names = "--warmup-seconds", paramLabel = "S", defaultValue = "30",
            description = "requests sent before each phase is measured, and not counted: a fresh JVM needs about"
                    + " half a minute of load before its JIT has compiled the search (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "how long each phase is measured (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--url", paramLabel = "URL", defaultValue = NO_URL,
            description = "measure the server running at http://host:port (e.g. one 'pasokh serve' started) instead"
                    + " of starting the portal here; the folder options are then not used"
                    + " (default: ${DEFAULT-VALUE}: start the portal in this JVM)")
    private String url;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Ranges.within(spec, "--connections", connections, 1, LoadSettings.MAX_CONNECTIONS);
        Ranges.within(spec, "--warmup-seconds", warmupSeconds, 0, 3600);
        Ranges.within(spec, "--seconds", seconds, 0.1, 3600);
        URI server = url.equals(NO_URL) ? null : serverUrl();
        QuerySet queries = queryFiles.read();
        LoadBenchmark.Plan plan = new LoadBenchmark.Plan(connections, warmupSeconds, seconds);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(Locale.ROOT, "Sending %d distinct queries: two phases of %s warm-up and %s measured...%n",
                queries.size(), BenchText.seconds(warmupSeconds), BenchText.seconds(seconds));
        LoadBenchmark.Report report;
        try {
            report = server == null
                    ? LoadBenchmark.againstPortal(knowledgeBase.paths(), queries, plan)
                    : LoadBenchmark.againstServer(server, queries, plan);
        } catch (BenchmarkFailedException e) {
            err.println("Error: " + e.getMessage());
            return ExitCodes.PROBLEMS;
        }
        spec.commandLine().getOut().print(text(report));
        for (LoadBenchmark.Phase p : report.phases()) {
            if (p.failures() == 0) continue;
            err.printf(Locale.ROOT, "%s: %d of %d requests failed, %d got a non-2xx answer%s%n", p.name(),
                    p.result().errors(), p.result().requests(), p.result().nonSuccess(),
                    p.result().firstError().isEmpty() ? "" : "; the first failure: " + p.result().firstError());
        }
        return report.anyFailed() ? ExitCodes.PROBLEMS : ExitCodes.DONE;
    }

    private URI serverUrl() {
        try {
            URI server = new URI(url);
            LoadBenchmark.checkUrl(server);
            return server;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--url must be http://host:port, not '" + url + "'");
        }
    }

    static String text(LoadBenchmark.Report report) {
        StringBuilder out = new StringBuilder();
        out.append(BenchText.context(report.articles(), report.machine(), report.single().loadBefore(),
                report.queries())).append(", server ").append(report.server()).append('\n');
        LoadBenchmark.Plan plan = report.plan();
        for (LoadBenchmark.Phase p : report.phases()) {
            LoadResult r = p.result();
            out.append(String.format(Locale.ROOT, "%s: %d connection%s, %s warm-up, %s measured%n", p.name(),
                    p.connections(), p.connections() == 1 ? "" : "s", BenchText.seconds(plan.warmupSeconds()),
                    BenchText.seconds(plan.seconds())));
            figure(out, "load average before", BenchText.load(p.loadBefore()));
            if (p.connections() == 1) {
                figure(out, "server time median", BenchText.millis(r.serverP50Millis()));
                figure(out, "server time p99", BenchText.millis(r.serverP99Millis()));
                figure(out, "throughput", perSecond(r));
            } else {
                figure(out, "throughput", perSecond(r));
                figure(out, "client latency median", BenchText.millis(r.p50Millis()));
                figure(out, "client latency p99", BenchText.millis(r.p99Millis()));
                figure(out, "server time median", BenchText.millis(r.serverP50Millis()));
                figure(out, "server time p99", BenchText.millis(r.serverP99Millis()));
            }
            figure(out, "requests", r.requests() + " in " + String.format(Locale.ROOT, "%.1f s", r.elapsedSeconds()));
            figure(out, "failed requests", Long.toString(r.errors()));
            figure(out, "non-2xx answers", Long.toString(r.nonSuccess()));
            figure(out, "load average after", BenchText.load(p.loadAfter()));
        }
        return out.toString();
    }

    private static String perSecond(LoadResult r) {
        return String.format(Locale.ROOT, "%.1f requests/s", r.requestsPerSecond());
    }

    private static void figure(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, FIGURE, name, value));
    }
}
