package pasokh.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server a load benchmark sends its requests to.
 *
 * @param articles how many articles it serves, when known: the portal in this JVM says; another server
 *                 says if it answers {@code /health} as Pasokh does
 * @param where    for the report: "this JVM" or the URL
 */
record LoadTarget(String host, int port, OptionalInt articles, String where) {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern ARTICLES = Pattern.compile("\"articles\"\\s*:\\s*(\\d+)");

    /** Refuses anything but {@code http://host:port}: requests go to {@code /api/search} on it, nowhere else. */
    static void checkUrl(URI url) {
        boolean bare = url.getPath() == null || url.getPath().isEmpty() || url.getPath().equals("/");
        if (!"http".equalsIgnoreCase(url.getScheme()) || url.getHost() == null || !bare || url.getQuery() != null) {
            throw new IllegalArgumentException("--url must be http://host:port (no path, no https), not '" + url + "'");
        }
    }

    /**
     * A running server, asked once for {@code /health} before any load: a wrong address fails here with a
     * message instead of as thousands of failed requests.
     */
    static LoadTarget probe(URI url) throws IOException, InterruptedException {
        checkUrl(url);
        String host = url.getHost().replaceAll("^\\[|\\]$", "");
        int port = url.getPort() < 0 ? 80 : url.getPort();
        URI health = URI.create("http://" + url.getRawAuthority() + "/health");
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build()) {
            HttpRequest request = HttpRequest.newBuilder(health).timeout(PROBE_TIMEOUT).GET().build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IOException("cannot reach " + url + " (use --url of a running server): " + e, e);
        }
        return new LoadTarget(host, port, articlesIn(response), url.toString());
    }

    private static OptionalInt articlesIn(HttpResponse<String> health) {
        if (health.statusCode() != 200) return OptionalInt.empty();
        Matcher m = ARTICLES.matcher(health.body());
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
