package pasokh.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.analysis.CharFolding;
import pasokh.analysis.KeyboardLayout;
import pasokh.article.Article;
import pasokh.knowledge.Snapshot;

/**
 * Sends the articles' own questions (as written, and as typed with the keyboard left on English) to the
 * server that just started, over loopback HTTP, for a short while. A fresh JVM answers its first tens of
 * thousands of searches several times slower than a warm one while the JIT compiles the search, JSON and
 * HTTP code; warming up on our own questions means the first citizens do not pay for that. Nothing is
 * kept from these searches.
 */
public final class SearchWarmup {

    private static final Logger log = LoggerFactory.getLogger(SearchWarmup.class);
    /** Both cores: the JIT compiles what runs hot, and two requests at a time exercise the server's threads. */
    private static final int CLIENTS = 2;

    private SearchWarmup() {}

    public static void start(Snapshot knowledge, int port, Duration budget) {
        List<String> paths = paths(knowledge);
        if (paths.isEmpty()) return;
        Thread.ofPlatform().daemon().name("search-warmup").start(() -> run(port, paths, budget));
    }

    private static List<String> paths(Snapshot knowledge) {
        List<String> paths = new ArrayList<>();
        KeyboardLayout layout = KeyboardLayout.isiri9147();
        for (Article a : knowledge.articles().published()) {
            List<String> asked = new ArrayList<>(a.questions());
            asked.add(a.title());
            for (String q : asked) {
                paths.add(path("/api/search", q));
                paths.add(path("/api/search", layout.keysFor(CharFolding.fold(q))));
                // the search box asks with half a question typed, often mid-word
                paths.add(path("/api/suggest", q.substring(0, Math.min(q.length(), Math.max(2, q.length() / 2)))));
            }
        }
        return paths;
    }

    private static String path(String route, String query) {
        String q = query.length() > 190 ? query.substring(0, 190) : query;
        return route + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static void run(int port, List<String> paths, Duration budget) {
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        AtomicInteger sent = new AtomicInteger();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c * paths.size() / CLIENTS;
                clients.add(Thread.ofPlatform().daemon().start(() -> {
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                        HttpRequest request = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + paths.get(i % paths.size())))
                                .header(DemandEvents.WARMUP_HEADER, "1").build();
                        try {
                            http.send(request, HttpResponse.BodyHandlers.discarding());
                            sent.incrementAndGet();
                        } catch (IOException e) {
                            return; // the server is stopping
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Thread t : clients) t.join();
            log.info("Search warmed up with {} searches of the articles' own questions in {} ms", sent.get(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
