package pasokh.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request headers, or body, take longer than their deadline to arrive.
 *
 * <p>Jetty's idle timeout restarts with every byte, so it cannot stop a client that sends one byte a second;
 * its minimum data rate applies to bodies only, and only while a handler is reading. Once a second this looks
 * at each connection's parser: the time it has spent in one request's headers, or in one request's body, is
 * what the deadlines bound. A new connection that has sent nothing yet is in its headers too.
 */
final class ReadDeadlines extends AbstractLifeCycle implements Connection.Listener {

    private static final Logger log = LoggerFactory.getLogger(ReadDeadlines.class);
    /** Deadlines are seconds long; checking once a second overshoots them by at most that. */
    private static final long SWEEP_MILLIS = 1000;

    private enum Phase { HEADERS, BODY, OTHER }

    private record Watch(Phase phase, long requests, long sinceNanos) {}

    private final long headerNanos;
    private final long bodyNanos;
    private final Map<HttpConnection, Watch> open = new ConcurrentHashMap<>();
    private final Scheduler scheduler;
    private volatile Scheduler.Task next;

    /** The connector's own scheduler: started before this bean, stopped after it. */
    ReadDeadlines(Scheduler scheduler, Duration headers, Duration body) {
        this.scheduler = scheduler;
        this.headerNanos = headers.toNanos();
        this.bodyNanos = body.toNanos();
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task task = next;
        if (task != null) task.cancel();
        open.clear();
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, new Watch(Phase.HEADERS, 0, System.nanoTime()));
        }
    }

    @Override
    public void onClosed(Connection connection) {
        if (connection instanceof HttpConnection http) open.remove(http);
    }

    private void schedule() {
        if (isRunning() || isStarting()) next = scheduler.schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            long now = System.nanoTime();
            open.replaceAll((http, watch) -> check(http, watch, now));
        } finally {
            schedule();
        }
    }

    private Watch check(HttpConnection http, Watch watch, long now) {
        Phase phase = phase(http);
        long requests = http.getMessagesIn();
        if (phase != watch.phase() || requests != watch.requests()) return new Watch(phase, requests, now);
        long limit = phase == Phase.HEADERS ? headerNanos : phase == Phase.BODY ? bodyNanos : Long.MAX_VALUE;
        if (now - watch.sinceNanos() > limit) {
            String what = phase == Phase.HEADERS ? "request headers" : "request body";
            log.info("Closed the connection from {}: its {} took longer than {} s", address(http), what,
                    TimeUnit.NANOSECONDS.toSeconds(limit));
            http.getEndPoint().close(new TimeoutException(what + " too slow"));
            return new Watch(Phase.OTHER, requests, now);
        }
        return watch;
    }

    private static Phase phase(HttpConnection http) {
        HttpParser parser = http.getParser();
        if (parser.isStart()) return http.getMessagesIn() == 0 ? Phase.HEADERS : Phase.OTHER;
        if (parser.inHeaderState()) return Phase.HEADERS;
        if (parser.inContentState()) return Phase.BODY;
        return Phase.OTHER;
    }

    static String address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(remote);
    }
}
