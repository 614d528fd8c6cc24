package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Searches are shed fairly under load. The assertions are on behaviour (some searches are refused with
 * Retry-After, another client's /health still answers within a second), not on tight timings: the tests
 * share two cores with the server they flood.
 */
class SearchSheddingTest extends PortalOverScratchArticles {

    /** Long and full of words the index does not know: each costs rescue, spelling and many terms. */
    private static final String LONG_QUERY = Http.encode(String.join(" ", Collections.nCopies(24, "مستمریی بیکارری")))
            .substring(0, 190);
    private static final int CLIENTS = 48;
    private static final long MAX_MILLIS = 20_000;

    private record Flood(List<RawHttp.Response> refused, int served, List<Long> healthMillis) {}

    /** CLIENTS keep-alive connections from 127.0.0.1, each sending searches back to back, until enough were refused. */
    private static Flood flood(RawHttp raw, String path, int wantedRefusals) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<RawHttp.Response> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger served = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(Thread.ofPlatform().daemon().start(() -> {
                while (!stop.get()) {
                    try (Socket s = raw.open("127.0.0.1")) {
                        var in = new BufferedInputStream(s.getInputStream());
                        for (int i = 0; i < 50 && !stop.get(); i++) {
                            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1));
                            RawHttp.Response r = readOne(in);
                            if (r.status() == 200) served.incrementAndGet();
                            else refused.add(r);
                        }
                    } catch (Exception e) {
                        // a connection cut: open another
                    }
                }
            }));
        }
        List<Long> health = new ArrayList<>();
        long started = System.nanoTime();
        try {
            while ((refused.size() < wantedRefusals || health.size() < 10)
                    && (System.nanoTime() - started) / 1_000_000 < MAX_MILLIS) {
                Thread.sleep(100);
                try (Socket other = raw.open("127.0.0.2")) {
                    long t0 = System.nanoTime();
                    other.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    String answer = RawHttp.readAll(other.getInputStream());
                    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                    health.add((System.nanoTime() - t0) / 1_000_000);
                }
            }
        } finally {
            stop.set(true);
            for (Thread t : clients) t.join(5000);
        }
        return new Flood(new ArrayList<>(refused), served.get(), health);
    }

    /** One response off a kept-alive connection: headers, then exactly Content-Length bytes. */
    private static RawHttp.Response readOne(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new EOFException();
            head.append((char) b);
        }
        RawHttp.Response r = RawHttp.parse(head.toString());
        int length = Integer.parseInt(r.header("Content-Length"));
        byte[] body = in.readNBytes(length);
        return new RawHttp.Response(r.status(), r.headers(), new String(body, StandardCharsets.UTF_8));
    }

    @Test
    void oneAddressFloodingLongSearchesGets429sWhileAnotherClientsHealthStaysFast() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            Flood f = flood(raw, "/api/search?q=" + LONG_QUERY, 5);
            assertTrue(f.refused().size() >= 5, "searches refused: " + f.refused().size() + ", served " + f.served());
            for (RawHttp.Response r : f.refused()) {
                assertEquals(429, r.status(), r.body());
                assertTrue(r.header("Retry-After") != null && Integer.parseInt(r.header("Retry-After")) > 0,
                        r.headers().toString());
                assertTrue(r.body().startsWith("{\"error\":\"") && r.body().contains("جستجو"), r.body());
            }
            long slowest = f.healthMillis().stream().mapToLong(Long::longValue).max().orElseThrow();
            // unshed, a flood like this kept /health waiting for seconds; 2 s leaves room for a loaded 2-core machine
            assertTrue(slowest < 2000, "/health took up to " + slowest + " ms: " + f.healthMillis());
            assertEquals(200, http.get("/api/search?q=" + Http.encode("بیمه بیکاری")).statusCode(),
                    "served again after the flood");
        });
    }

    @Test
    void searchesOverTheGlobalLimitGet503WithRetryAfter() {
        FrontDoor.Limits oneAtATime = new FrontDoor.Limits(FrontDoor.HEADER_DEADLINE, FrontDoor.BODY_DEADLINE,
                FrontDoor.IDLE_TIMEOUT, FrontDoor.CONNECTIONS_PER_ADDRESS, CLIENTS, 2);
        WebFixture.test(portal, oneAtATime, (http, raw) -> {
            Flood f = flood(raw, "/search?q=" + LONG_QUERY, 5);
            assertTrue(f.refused().size() >= 5, "searches refused: " + f.refused().size());
            for (RawHttp.Response r : f.refused()) {
                assertEquals(503, r.status());
                assertTrue(r.header("Retry-After") != null, r.headers().toString());
                assertTrue(r.body().contains("dir=\"rtl\"") && r.body().contains("جستجو"),
                        "a Persian page on the site");
            }
        });
    }

    @Test
    void aTrailingSlashIsStillASearchAndCounted() {
        FrontDoor.Limits none = new FrontDoor.Limits(FrontDoor.HEADER_DEADLINE, FrontDoor.BODY_DEADLINE,
                FrontDoor.IDLE_TIMEOUT, FrontDoor.CONNECTIONS_PER_ADDRESS, 0, 100);
        WebFixture.test(portal, none, (http, raw) -> {
            String q = "?q=" + Http.encode("بیمه");
            for (String path : new String[] {"/api/search", "/api/search/", "/api/search//", "/search/",
                    "/api/suggest/"}) {
                assertEquals(429, http.get(path + q).statusCode(), path + " with no searches allowed");
            }
            assertEquals(200, http.get("/health").statusCode());
        });
    }

    @Test
    void searchesThatFailGiveTheirPlaceBack() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            for (int i = 0; i < 3 * FrontDoor.SEARCHES_PER_ADDRESS; i++) {
                assertEquals(400, http.get("/api/search?q=x&page=0").statusCode());
                assertEquals(400, http.get("/api/suggest?q=" + "x".repeat(300)).statusCode());
            }
            assertEquals(200, http.get("/api/search?q=" + Http.encode("بیمه")).statusCode(),
                    "no place was kept by a failed search");
        });
    }

    @Test
    void every429CarriesRetryAfter() {
        WebFixture.test(portal, (http) -> {
            HttpResponse<String> last = null;
            for (int i = 0; i <= FeedbackRateLimit.PER_WINDOW; i++) {
                last = http.post("/api/feedback", "application/json",
                        "{\"slug\":\"pension-calculation\",\"helpful\":true}");
            }
            assertEquals(429, last.statusCode());
            assertTrue(last.headers().firstValue("Retry-After").isPresent(), last.headers().toString());
        });
    }
}
