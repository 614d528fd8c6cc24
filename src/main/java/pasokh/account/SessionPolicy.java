package pasokh.account;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * How long a staff session lasts: it ends after {@code idle} without a request, and in any case
 * {@code absolute} after sign-in. Read from index-config/site.properties:
 * {@code staff-session-idle-minutes} (default 30) and {@code staff-session-max-hours} (default 12).
 */
public record SessionPolicy(Duration idle, Duration absolute) {

    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));
    private static final String FILE_NAME = "site.properties";

    public static SessionPolicy load(Path configDir) throws IOException {
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return DEFAULT;
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        long idleMinutes = whole(p, file, "staff-session-idle-minutes", DEFAULT.idle().toMinutes(), 1, 24 * 60);
        long maxHours = whole(p, file, "staff-session-max-hours", DEFAULT.absolute().toHours(), 1, 7 * 24);
        return new SessionPolicy(Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours));
    }

    private static long whole(Properties p, Path file, String key, long fallback, long min, long max)
            throws IOException {
        String text = p.getProperty(key);
        if (text == null) return fallback;
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) return value;
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IOException(file + ": " + key + " must be a whole number from " + min + " to " + max + ", not '"
                + text.strip() + "'");
    }
}
