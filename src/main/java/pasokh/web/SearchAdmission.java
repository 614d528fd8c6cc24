package pasokh.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sheds searches fairly under overload: an address may have {@code perAddress} searches admitted at once
 * (more get a 429), and all addresses together {@code atOnce} (more get a 503), both answered at once with
 * {@code Retry-After}, so one client firing many long queries cannot make the portal slow for everyone else.
 *
 * <p>Requests run on virtual threads, which keep their carrier until they block: a search admitted and run
 * straight through would finish before the next request is even looked at, every count would stay at one
 * or two, and whatever arrived later, /health included, would wait behind every queued search. So an
 * admitted search first yields once: the requests already waiting run their cheap part (a /health answers,
 * an excess search is refused) before any search starts, and the counts are of searches actually waiting.
 */
final class SearchAdmission {

    private static final Logger log = LoggerFactory.getLogger(SearchAdmission.class);
    static final Set<String> PATHS = Set.of("/search", "/api/search", "/api/suggest");
    /** Another client's searches finish in milliseconds; a second is soon enough to try again. */
    private static final int RETRY_AFTER_SECONDS = 1;
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final String ADMITTED = "pasokh.search-admitted";

    private final int perAddress;
    private final int atOnce;
    private final AtomicInteger running = new AtomicInteger();
    private final Map<String, Integer> byAddress = new ConcurrentHashMap<>();
    private final AtomicInteger shedUnlogged = new AtomicInteger();
    private volatile long loggedAtNanos = System.nanoTime() - LOG_EVERY_NANOS;

    SearchAdmission(int perAddress, int atOnce) {
        this.perAddress = perAddress;
        this.atOnce = atOnce;
    }

    void admit(Context ctx) {
        if (!PATHS.contains(withoutTrailingSlashes(ctx.path()))) return;
        String address = ctx.ip();
        if (byAddress.merge(address, 1, Integer::sum) > perAddress) {
            leave(address);
            shed(ctx, 429);
            throw new TooBusy(429, RETRY_AFTER_SECONDS,
                    "جستجوهای هم‌زمان زیادی از نشانی شما در جریان است؛ لطفاً چند لحظه بعد دوباره جستجو کنید.");
        }
        if (running.incrementAndGet() > atOnce) {
            running.decrementAndGet();
            leave(address);
            shed(ctx, 503);
            throw new TooBusy(503, RETRY_AFTER_SECONDS,
                    "سامانه در این لحظه جستجوهای زیادی را پاسخ می‌دهد؛ لطفاً چند لحظه بعد دوباره جستجو کنید.");
        }
        ctx.attribute(ADMITTED, address);
        Thread.yield();
    }

    /** Runs after every request, also one that failed, so an admitted search always gives its place back. */
    void release(Context ctx) {
        String address = ctx.attribute(ADMITTED);
        if (address == null) return;
        ctx.attribute(ADMITTED, null);
        running.decrementAndGet();
        leave(address);
    }

    /** Javalin routes {@code /api/search/} (and {@code //}) to the search too: they must be counted as searches. */
    static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') end--;
        return path.substring(0, end);
    }

    private void leave(String address) {
        byAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    /** One line per ten seconds with how many were shed: under a flood, one line per refusal would be the flood. */
    private void shed(Context ctx, int status) {
        int unlogged = shedUnlogged.incrementAndGet();
        long now = System.nanoTime();
        if (now - loggedAtNanos > LOG_EVERY_NANOS) {
            loggedAtNanos = now;
            shedUnlogged.addAndGet(-unlogged);
            log.warn("Shed {} search(es) in the last 10 s; the latest {} {} from {} got {}", unlogged, ctx.method(),
                    LoggedText.path(ctx.path()), ctx.ip(), status);
        }
    }

    int running() {
        return running.get();
    }
}
