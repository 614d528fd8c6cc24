package pasokh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import pasokh.search.Judgments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench`: /api/search under concurrent load. A figure, not a test: run it on a quiet machine. */
@Command(name = "bench",
        header = "Measure /api/search under concurrent load.",
        description = {
            "Starts the portal on a loopback port, sends /api/search requests with the judged queries from"
                    + " concurrent clients and prints server time (Server-Timing header), client latency and"
                    + " throughput. Exits 1 if any request failed."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16",
            description = "concurrent clients, 1 to 512 (default: ${DEFAULT-VALUE})")
    private int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20000",
            description = "requests measured (default: ${DEFAULT-VALUE})")
    private int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000",
            description = "requests sent first and not measured (default: ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--judgments", paramLabel = "FILE", defaultValue = Judgments.DEFAULT_FILE,
            description = "queries to send (default: ${DEFAULT-VALUE})")
    private Path judgments;

    @Override
    public Integer call() throws Exception {
        Ranges.within(spec, "--clients", clients, 1, 512);
        Ranges.within(spec, "--requests", requests, 1, 10_000_000);
        Ranges.within(spec, "--warmup", warmup, 0, 10_000_000);
        PrintWriter err = spec.commandLine().getErr();
        SearchLoad.Figures figures = SearchLoad.run(knowledgeBase.paths(), judgments, clients, requests, warmup, err);
        spec.commandLine().getOut().print(report(figures, clients));
        return figures.errors() == 0 ? ExitCodes.DONE : ExitCodes.PROBLEMS;
    }

    static String report(SearchLoad.Figures f, int clients) {
        double[] server = Arrays.stream(f.serverMillis()).filter(d -> !Double.isNaN(d)).sorted().toArray();
        double[] client = Arrays.stream(f.clientMillis()).sorted().toArray();
        return String.format(Locale.ROOT, """
                requests %d (%d errors), %d concurrent clients, %.1f s, %.0f requests/s
                server time (Server-Timing)  median %.3f ms   p95 %.3f ms   p99 %.3f ms
                client latency               median %.3f ms   p95 %.3f ms   p99 %.3f ms
                """, f.requests(), f.errors(), clients, f.seconds(), f.requests() / f.seconds(),
                percentile(server, 50), percentile(server, 95), percentile(server, 99),
                percentile(client, 50), percentile(client, 95), percentile(client, 99));
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
