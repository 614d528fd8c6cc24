package pasokh.bench;

import java.util.List;

/**
 * What a load run sends and for how long.
 *
 * @param host        the server's host name or address, e.g. {@code 127.0.0.1}
 * @param port        the server's port
 * @param paths       request targets, already URL-encoded ({@code /api/search?q=%D8%A8...}); cycled
 * @param connections keep-alive connections, each driven by its own thread (like {@code wrk -c})
 * @param warmup      requests sent and then forgotten, so the server's JIT and caches are warm
 * @param measured    the phase whose requests are counted and timed
 */
public record LoadSettings(String host, int port, List<String> paths, int connections, Budget warmup, Budget measured) {

    public static final int MAX_CONNECTIONS = 1024;

    public LoadSettings {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is empty");
        if (port < 1 || port > 65_535) throw new IllegalArgumentException("port " + port + " is not 1-65535");
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("connections must be 1-" + MAX_CONNECTIONS + ", not " + connections);
        }
        if (paths.isEmpty()) throw new IllegalArgumentException("no request paths to send");
        paths = List.copyOf(paths);
        for (String path : paths) checkPath(path);
        if (warmup == null || measured == null) throw new IllegalArgumentException("warmup and measured are required");
    }

    /** Paths go on the wire byte for byte, so they must already be encoded: visible ASCII, no spaces. */
    private static void checkPath(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("request path must start with '/': " + path);
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c > '~') {
                throw new IllegalArgumentException("request path is not URL-encoded (character " + i + "): " + path);
            }
        }
    }
}
