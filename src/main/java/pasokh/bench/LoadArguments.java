package pasokh.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load generator's command line, both ways: parsed in the child, written by the parent
 * ({@link #of}), so the two cannot drift apart.
 */
final class LoadArguments {

    static final String USAGE = """
            Usage: java -cp pasokh.jar pasokh.bench.LoadGenerator --url http://127.0.0.1:7070 --paths FILE
                   [--connections 16] [--warmup-seconds 3 | --warmup-requests N] [--seconds 10 | --requests N]
            FILE holds one URL-encoded request path per line (/api/search?q=...); blank lines and # comments skipped.
            Prints one line of JSON with the figures of the measured phase.
            """;

    private static final List<String> NAMES = List.of(
            "url", "paths", "connections", "warmup-seconds", "warmup-requests", "seconds", "requests");

    private LoadArguments() {}

    static LoadSettings parse(String[] args) throws IOException {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!NAMES.contains(name)) throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            if (i + 1 == args.length) throw new IllegalArgumentException(args[i] + " needs a value");
            if (options.put(name, args[++i]) != null) throw new IllegalArgumentException(args[i - 1] + " given twice");
        }
        URI url = url(required(options, "url"));
        List<String> paths = readPaths(Path.of(required(options, "paths")));
        int connections = (int) number(options, "connections", 16);
        Budget warmup = budget(options, "warmup-seconds", "warmup-requests", Budget.seconds(3));
        Budget measured = budget(options, "seconds", "requests", Budget.seconds(10));
        // URI keeps the brackets of an IPv6 literal ("[::1]"); the socket wants the bare address
        String host = url.getHost().replaceAll("^\\[|\\]$", "");
        int port = url.getPort() < 0 ? 80 : url.getPort();
        return new LoadSettings(host, port, paths, connections, warmup, measured);
    }

    /** The arguments that make a child process run these settings, with the paths in {@code pathsFile}. */
    static List<String> of(LoadSettings settings, Path pathsFile) {
        String host = settings.host().indexOf(':') >= 0 ? "[" + settings.host() + "]" : settings.host();
        List<String> args = new ArrayList<>(List.of(
                "--url", "http://" + host + ":" + settings.port(),
                "--paths", pathsFile.toString(),
                "--connections", Integer.toString(settings.connections())));
        args.addAll(budgetArgs(settings.warmup(), "--warmup-seconds", "--warmup-requests"));
        args.addAll(budgetArgs(settings.measured(), "--seconds", "--requests"));
        return args;
    }

    /** One path a line, as {@link #parse} reads them back. */
    static void writePaths(List<String> paths, Path file) throws IOException {
        Files.write(file, paths, StandardCharsets.US_ASCII);
    }

    private static List<String> budgetArgs(Budget budget, String secondsFlag, String requestsFlag) {
        return switch (budget) {
            case Budget.Time t ->
                    List.of(secondsFlag, String.format(Locale.ROOT, "%.9f", t.duration().toNanos() / 1e9));
            case Budget.Requests r -> List.of(requestsFlag, Long.toString(r.count()));
        };
    }

    private static URI url(String text) {
        try {
            URI uri = new URI(text);
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("--url must be http://host:port, not '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--url is not a URL: " + e.getMessage(), e);
        }
    }

    private static List<String> readPaths(Path file) throws IOException {
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) paths.add(path);
        }
        if (paths.isEmpty()) throw new IOException(file + ": no request paths in it");
        return paths;
    }

    private static Budget budget(Map<String, String> options, String seconds, String requests, Budget fallback) {
        if (options.containsKey(seconds) && options.containsKey(requests)) {
            throw new IllegalArgumentException("give --" + seconds + " or --" + requests + ", not both");
        }
        if (options.containsKey(requests)) return Budget.requests(number(options, requests, 0));
        if (options.containsKey(seconds)) return Budget.seconds(decimal(options.get(seconds), seconds));
        return fallback;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) throw new IllegalArgumentException("--" + name + " is required");
        return value;
    }

    private static long number(Map<String, String> options, String name, long fallback) {
        String value = options.get(name);
        if (value == null) return fallback;
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'", e);
        }
    }

    private static double decimal(String value, String name) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number of seconds, not '" + value + "'", e);
        }
    }
}
