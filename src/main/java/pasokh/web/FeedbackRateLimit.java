package pasokh.web;

import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@link #PER_WINDOW} feedback submissions per sender per ten minutes: enough for any reader, too
 * few for one sender to matter. Only answers accepted for processing count: the routes call
 * {@link #admit} after an answer is checked, so a GET, a forged or malformed request, or a reader's own
 * mistake never uses up their allowance. Counted per fixed window in memory; old windows are dropped as
 * new ones begin, and at most {@link #MAX_SENDERS} senders are tracked in one window.
 *
 * <p>A sender is the connection's address; an IPv6 client is normally given a whole /64, so that network
 * is one sender. Behind a reverse proxy every reader has the proxy's address: limit there instead.
 */
final class FeedbackRateLimit {

    private static final Logger log = LoggerFactory.getLogger(FeedbackRateLimit.class);

    static final int PER_WINDOW = 20;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /**
     * Bounds memory (about 100 bytes a sender) when a crowd of addresses sends at once. A new sender beyond
     * it waits for the next window; the portal-wide feedback caps would refuse most of them anyway.
     */
    static final int MAX_SENDERS = 100_000;

    /** The sender has used its allowance; {@link #retryAfter} is the time left in the window. */
    static final class Exceeded extends RuntimeException {
        private final Duration retryAfter;

        Exceeded(Duration retryAfter) {
            super("feedback rate limit reached", null, false, false);
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private record Count(long window, int count) {}

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicLong currentWindow = new AtomicLong();
    private volatile long windowLoggedFull = -1;

    FeedbackRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts one accepted submission from this request's sender, or throws {@link Exceeded}. */
    void admit(Context ctx) {
        admit(ctx.ip());
    }

    void admit(String address) {
        long now = clock.millis();
        long window = now / WINDOW.toMillis();
        long seen = currentWindow.get();
        // only the thread that moves the window forward sweeps; one that read the clock late never moves it back
        if (window > seen && currentWindow.compareAndSet(seen, window)) {
            counts.values().removeIf(c -> c.window() < window);
        }
        boolean[] admitted = {false};
        counts.compute(sender(address), (key, old) -> {
            if (old != null && old.window() >= window) { // >=: a late clock reading counts in the newer window
                if (old.count() >= PER_WINDOW) return old;
                admitted[0] = true;
                return new Count(old.window(), old.count() + 1);
            }
            if (old == null && counts.size() >= MAX_SENDERS) return null;
            admitted[0] = true;
            return new Count(window, 1);
        });
        if (admitted[0]) return;
        if (counts.size() >= MAX_SENDERS && windowLoggedFull != window) {
            windowLoggedFull = window;
            log.warn("Feedback rate limit tracks {} senders in this window, its maximum; new senders wait for the next",
                    MAX_SENDERS);
        }
        throw new Exceeded(Duration.ofMillis((window + 1) * WINDOW.toMillis() - now));
    }

    /**
     * Gives back the place {@link #admit} took for feedback that was then not stored (a cap, a full disk): a
     * reader who tries again later has not used up an answer.
     */
    void giveBack(Context ctx) {
        long window = currentWindow.get();
        counts.computeIfPresent(sender(ctx.ip()), (key, old) -> old.window() != window ? old
                : old.count() <= 1 ? null : new Count(window, old.count() - 1));
    }

    /** The address itself for IPv4, its /64 network for IPv6. */
    static String sender(String address) {
        String literal = address.startsWith("[") && address.endsWith("]")
                ? address.substring(1, address.length() - 1) : address;
        if (literal.indexOf(':') < 0) return literal;
        try {
            // brackets make Java read it as an IPv6 literal or fail, never look it up as a name
            InetAddress ip = InetAddress.getByName("[" + literal + "]");
            if (ip instanceof Inet6Address) return HexFormat.of().formatHex(ip.getAddress(), 0, 8) + "::/64";
            return ip.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return literal;
        }
    }
}
