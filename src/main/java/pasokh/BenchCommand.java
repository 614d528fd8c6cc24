package pasokh;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import pasokh.web.WebApp;

/**
 * `bench`: starts the portal on a loopback port and sends /api/search requests from concurrent
 * clients, using the judged queries (all nine ways of typing), then prints server time (from the
 * Server-Timing header), client latency and throughput. A figure, not a test: run it on a quiet machine.
 */
final class BenchCommand implements Command {

    record Figures(int requests, int errors, double seconds, double[] serverMillis, double[] clientMillis) {}

    @Override
    public String usage() {
        return """
                Usage: java -jar target/pasokh.jar bench [--clients 16] [--requests 20000] [--warmup 5000]
                                                         [--judgments eval/judgments.tsv] [--articles DIR] [--config DIR] [--data DIR]

                Starts the portal on a loopback port, sends /api/search requests with the judged queries from
                concurrent clients and prints server time (Server-Timing header), client latency and throughput.
                """;
    }

    @Override
    public java.util.Set<String> flags() {
        return java.util.Set.of("clients", "requests", "warmup", "judgments");
    }

    @Override
    public int run(CliOptions options, PrintStream out, PrintStream err) throws Exception {
        int clients = options.integer("clients", 16, 1, 512);
        Figures figures = run(options.paths(), options.path("judgments", EvalCommand.DEFAULT_JUDGMENTS),
                clients, options.integer("requests", 20_000, 1, 10_000_000), options.integer("warmup", 5_000, 0, 10_000_000), err);
        out.print(report(figures, clients));
        return figures.errors() == 0 ? 0 : 1;
    }

    static Figures run(PortalPaths paths, Path judgments, int clients, int requests, int warmup, PrintStream log) throws Exception {
        List<String> queries = queries(judgments);
        try (Portal portal = Portal.start(paths)) {
            Javalin app = WebApp.create(portal).start("127.0.0.1", 0);
            try {
                String base = "http://127.0.0.1:" + app.port() + "/api/search?q=";
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                log.println("Warming up with " + warmup + " requests...");
                send(http, base, queries, clients, warmup);
                log.println("Measuring " + requests + " requests from " + clients + " concurrent clients...");
                return send(http, base, queries, clients, requests);
            } finally {
                app.stop();
            }
        }
    }

    private static Figures send(HttpClient http, String base, List<String> queries, int clients, int requests) throws Exception {
        double[] server = new double[requests];
        double[] client = new double[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        String q = queries.get(i % queries.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            client[i] = (System.nanoTime() - t0) / 1_000_000.0;
                            if (r.statusCode() != 200) errors.incrementAndGet();
                            server[i] = r.headers().firstValue("Server-Timing")
                                    .map(v -> Double.parseDouble(v.substring(v.indexOf("dur=") + 4))).orElse(Double.NaN);
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Figures(requests, errors.get(), seconds, server, client);
    }

    private static List<String> queries(Path judgments) throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(judgments, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("query\t")) continue;
            queries.add(line.split("\t")[0]);
        }
        if (queries.isEmpty()) throw new IOException(judgments + ": no queries to send");
        return queries;
    }

    static String report(Figures f, int clients) {
        double[] server = Arrays.stream(f.serverMillis()).filter(d -> !Double.isNaN(d)).sorted().toArray();
        double[] client = Arrays.stream(f.clientMillis()).sorted().toArray();
        return String.format(java.util.Locale.ROOT, """
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
