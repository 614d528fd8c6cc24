package pasokh.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;

/**
 * A {@link LoadResult} as the one line of JSON the child process prints. Written by hand so the field
 * order and number format never change (Locale.ROOT, NaN as null); read back with Jackson.
 */
final class ResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultJson() {}

    static String write(LoadResult r) {
        return "{" + String.join(",",
                field("requests", Long.toString(r.requests())),
                field("errors", Long.toString(r.errors())),
                field("nonSuccess", Long.toString(r.nonSuccess())),
                field("elapsedSeconds", number(r.elapsedSeconds())),
                field("requestsPerSecond", number(r.requestsPerSecond())),
                field("p50Millis", number(r.p50Millis())),
                field("p90Millis", number(r.p90Millis())),
                field("p99Millis", number(r.p99Millis())),
                field("maxMillis", number(r.maxMillis())),
                field("serverP50Millis", number(r.serverP50Millis())),
                field("serverP99Millis", number(r.serverP99Millis())),
                field("firstError", JSON.valueToTree(r.firstError()).toString())) + "}";
    }

    static LoadResult read(String line) throws IOException {
        JsonNode n = JSON.readTree(line);
        if (n == null || !n.isObject()) throw new IOException("not a JSON object: " + line);
        return new LoadResult(
                whole(n, "requests"), whole(n, "errors"), whole(n, "nonSuccess"),
                decimal(n, "elapsedSeconds"), decimal(n, "requestsPerSecond"),
                decimal(n, "p50Millis"), decimal(n, "p90Millis"), decimal(n, "p99Millis"), decimal(n, "maxMillis"),
                decimal(n, "serverP50Millis"), decimal(n, "serverP99Millis"),
                n.path("firstError").asText(""));
    }

    private static String field(String name, String value) {
        return "\"" + name + "\":" + value;
    }

    private static String number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "null" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static long whole(JsonNode n, String name) throws IOException {
        JsonNode value = n.get(name);
        if (value == null || !value.canConvertToLong()) throw new IOException("no whole number '" + name + "' in " + n);
        return value.asLong();
    }

    private static double decimal(JsonNode n, String name) throws IOException {
        JsonNode value = n.get(name);
        if (value == null) throw new IOException("no field '" + name + "' in " + n);
        return value.isNull() ? Double.NaN : value.asDouble();
    }
}
