package pasokh.web;

import io.javalin.config.JettyConfig;
import java.time.Duration;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.VirtualThreads;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What a client may hold of the server before any route runs: how long it may take to send a request, how
 * long an idle connection is kept, how many connections one address may keep open and how many searches it
 * may have running. Jetty's own knobs where it has them; our own listeners where it does not (Jetty 12 has
 * no deadline for request headers and no per-address connection cap).
 *
 * <p>Every per-address limit counts the address of the TCP connection. Behind a reverse proxy that is the
 * proxy's, for every reader at once: let the proxy limit per client and raise these (see README, Security).
 */
final class FrontDoor {

    /**
     * Honest request headers (about 1 KB) arrive in one TCP segment, within a round trip even on a slow mobile
     * network; 5 s is generous for them and cuts a slowloris client, which trickles a header byte at a time and
     * would otherwise hold a connection for as long as it likes, since every byte restarts the idle timeout.
     */
    static final Duration HEADER_DEADLINE = Duration.ofSeconds(5);
    /**
     * Our largest public body is 16 KB (RequestBodies.MAX_PUBLIC_BYTES; an editor's article form may be 1 MB): about 3 s at the 5 KB/s of a poor 2G link.
     * Counted from the end of the headers to the last body byte.
     */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
    /**
     * A page's CSS and script follow it within a second, and suggestions are fetched while a reader types, so
     * a kept-alive connection earns its keep for seconds, not minutes; longer would let idle sockets pile up.
     * A reverse proxy's upstream keep-alive must be shorter than this, or it may send a request on a
     * connection we are closing.
     */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);
    /**
     * A browser opens at most 6 connections to a host; 100 leaves room for an office or a carrier-grade NAT
     * behind one address (about 16 readers at once) while one client cannot hold thousands of sockets.
     */
    static final int CONNECTIONS_PER_ADDRESS = 100;
    /**
     * Searches are CPU-bound and take about a millisecond: a reader never has more than one or two running.
     * 16 admits a busy NAT and `pasokh bench`'s default 16 connections, and stops one client from queueing
     * hundreds of slow searches ahead of everyone else.
     */
    static final int SEARCHES_PER_ADDRESS = 16;
    /**
     * With 2 cores, 32 admitted searches are already tens of milliseconds of queued work; past that a search
     * waits longer than a reader would, so it is better refused at once with Retry-After.
     */
    static final int SEARCHES_AT_ONCE = 16 * Runtime.getRuntime().availableProcessors();

    /**
     * A bare LF ends a line for Jetty but not for every proxy: two parsers that disagree on where a request
     * ends are how requests are smuggled past a proxy, so only CRLF is accepted.
     */
    static final HttpCompliance CRLF_ONLY = HttpCompliance.RFC9110.without("RFC9110_CRLF_ONLY",
            HttpCompliance.Violation.LF_HEADER_TERMINATION, HttpCompliance.Violation.LF_CHUNK_TERMINATION);

    /** Acceptor and selectors need a handful; the rest is headroom for Jetty's internal non-blocking tasks. */
    private static final int PLATFORM_THREADS = 32;

    /** The limits in force; tests shorten the durations to keep the suite quick. */
    record Limits(Duration headerDeadline, Duration bodyDeadline, Duration idleTimeout, int connectionsPerAddress,
                  int searchesPerAddress, int searchesAtOnce) {

        static final Limits DEFAULT = new Limits(HEADER_DEADLINE, BODY_DEADLINE, IDLE_TIMEOUT, CONNECTIONS_PER_ADDRESS,
                SEARCHES_PER_ADDRESS, SEARCHES_AT_ONCE);
    }

    private FrontDoor() {}

    /**
     * Replaces Javalin's default connector with ours: the same host and port (read when the server starts,
     * as Javalin does), with the deadlines, the per-address cap and the request-line recorder that lets
     * {@link JettyErrors} answer a request it could not parse in the shape of the part it was sent to.
     */
    static void install(JettyConfig jetty, Limits limits, JettyErrors errors) {
        jetty.threadPool = threadPool();
        jetty.modifyHttpConfiguration(http -> {
            http.setHttpCompliance(CRLF_ONLY);
            http.setSendServerVersion(false);
        });
        jetty.modifyServer(server -> {
            server.setErrorHandler(errors);
            server.setHandler(new HeadAsGet());
        });
        jetty.addConnector((server, http) -> connector(server, http, jetty.host, jetty.port, limits));
    }

    /**
     * Jetty's own threads (acceptor, selectors, the parsing of requests) on platform threads, which the OS
     * preempts, and only handlers on virtual threads. Javalin's default runs everything on virtual threads, and
     * a virtual thread keeps its carrier until it blocks: with both cores busy in long searches, accepting and
     * reading another client's /health waited behind every one of them, once per step.
     */
    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(PLATFORM_THREADS, 4);
        pool.setName("pasokh-http");
        pool.setVirtualThreadsExecutor(VirtualThreads.getNamedVirtualThreadsExecutor("pasokh-request-"));
        return pool;
    }

    private static ServerConnector connector(Server server, HttpConfiguration http, String host, int port,
            Limits limits) {
        ServerConnector connector = new ServerConnector(server, new RecordingHttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addBean(new ReadDeadlines(connector.getScheduler(), limits.headerDeadline(), limits.bodyDeadline()));
        connector.addBean(new ConnectionsPerAddress(limits.connectionsPerAddress()));
        return connector;
    }
}
