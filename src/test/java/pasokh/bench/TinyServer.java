package pasokh.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HttpServer on a loopback port that remembers every request target it was sent:
 * {@code /fixed} answers with Content-Length and Server-Timing, {@code /chunked} with a chunked body
 * and no Server-Timing, {@code /missing} with 404, {@code /close} with Connection: close.
 */
final class TinyServer implements AutoCloseable {

    static final String SERVER_TIMING = "app;dur=1.500";

    static {
        // Without it the server's small chunk writes wait for delayed ACKs: ~15 ms per chunked response.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Queue<Received> received = new ConcurrentLinkedQueue<>();

    /** One request as the server saw it: the client's port tells connections apart. */
    record Received(int clientPort, String target) {}

    TinyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(executor);
        server.createContext("/fixed", ex -> {
            ex.getResponseHeaders().add("Server-Timing", SERVER_TIMING);
            respond(ex, 200, "پاسخ".repeat(100));
        });
        server.createContext("/chunked", this::chunked);
        server.createContext("/missing", ex -> respond(ex, 404, "{\"error\":\"not found\"}"));
        server.createContext("/close", ex -> {
            ex.getResponseHeaders().add("Connection", "close");
            respond(ex, 200, "bye");
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Every request target received so far, as sent: path and encoded query. */
    List<String> targets() {
        return received.stream().map(Received::target).toList();
    }

    /** Every request received so far, in the order each connection sent them. */
    List<Received> received() {
        return List.copyOf(received);
    }

    private void remember(HttpExchange ex) {
        received.add(new Received(ex.getRemoteAddress().getPort(), ex.getRequestURI().toString()));
    }

    private void respond(HttpExchange ex, int status, String body) throws IOException {
        remember(ex);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void chunked(HttpExchange ex) throws IOException {
        remember(ex);
        ex.sendResponseHeaders(200, 0); // length 0 means chunked in HttpServer
        try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 5; i++) {
                out.write(("part " + i + " ").repeat(500).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
