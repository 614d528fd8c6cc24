package pasokh.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@link #PER_WINDOW} feedback submissions per client address per ten minutes: enough for any
 * reader, too few to fill the database. Counted per fixed window in memory; old windows are dropped as
 * new ones begin, so memory stays bounded by the addresses seen in the current window.
 *
 * <p>The address is the connection's; behind a reverse proxy, configure the proxy to limit instead.
 */
final class FeedbackRateLimit {

    static final int PER_WINDOW = 20;
    private static final long WINDOW_MILLIS = 10 * 60 * 1000;

    private record Count(long window, int count) {}

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile long currentWindow;

    FeedbackRateLimit(Clock clock) {
        this.clock = clock;
    }

    void check(Context ctx) {
        long window = clock.millis() / WINDOW_MILLIS;
        if (window != currentWindow) {
            currentWindow = window;
            counts.values().removeIf(c -> c.window() != window);
        }
        Count c = counts.merge(ctx.ip(), new Count(window, 1),
                (old, one) -> old.window() == window ? new Count(window, old.count() + 1) : one);
        if (c.count() > PER_WINDOW) {
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
                    "نظرهای زیادی از این نشانی فرستاده شده است؛ لطفاً چند دقیقه دیگر دوباره تلاش کنید.");
        }
    }
}
