package pasokh.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Reports how long the server spent on a request in the standard {@code Server-Timing} header, so
 * browsers' developer tools, load balancers and `pasokh bench` see server time apart from the network.
 */
final class ServerTiming {

    static final String HEADER = "Server-Timing";
    private static final String STARTED = "pasokh.started-nanos";

    private ServerTiming() {}

    static void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** Sets the header once: a handler that writes its body itself finishes the timing first. */
    static void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null || ctx.res().isCommitted() || ctx.res().containsHeader(HEADER)) return;
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        ctx.header(HEADER, String.format(Locale.ROOT, "app;dur=%.3f", millis));
    }
}
