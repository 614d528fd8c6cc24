package pasokh.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.web.WebApp;

/**
 * What `bench` measures: the portal started on a loopback port, and concurrent clients sending /api/search
 * requests with the judged queries (all nine ways of typing), timed by the server (Server-Timing) and by the
 * client.
 */
final class SearchLoad {

    record Figures(int requests, int errors, double seconds, double[] serverMillis, double[] clientMillis) {}

    private SearchLoad() {}

    static Figures run(PortalPaths paths, Path judgments, int clients, int requests, int warmup, PrintWriter log)
            throws Exception {
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

    private static Figures send(HttpClient http, String base, List<String> queries, int clients, int requests)
            throws Exception {
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
                        URI uri = URI.create(base + URLEncoder.encode(q, StandardCharsets.UTF_8));
                        HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            client[i] = (System.nanoTime() - t0) / 1_000_000.0;
                            if (r.statusCode() != 200) errors.incrementAndGet();
                            server[i] = r.headers().firstValue("Server-Timing")
                                    .map(SearchLoad::durationMillis).orElse(Double.NaN);
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

    /** The milliseconds of {@code app;dur=1.234}. */
    private static double durationMillis(String serverTiming) {
        return Double.parseDouble(serverTiming.substring(serverTiming.indexOf("dur=") + 4));
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
}
