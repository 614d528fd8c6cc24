package pasokh.editor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import pasokh.questions.GapThresholds;

/**
 * How many times one wording must have been answered by one article before it is proposed to editors:
 * {@code phrasings.min-count} in index-config/gaps.properties, beside the other settings read from the callers'
 * questions (default 3: one caller asking twice is no evidence of how people ask).
 */
public record PhrasingSettings(int minCount) {

    public static final PhrasingSettings DEFAULT = new PhrasingSettings(3);
    static final String KEY = "phrasings.min-count";

    public static PhrasingSettings load(Path configDir) throws IOException {
        Path file = configDir.resolve(GapThresholds.FILE_NAME);
        if (!Files.isRegularFile(file)) return DEFAULT;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String text = p.getProperty(KEY);
        if (text == null) return DEFAULT;
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 1_000_000) return new PhrasingSettings(n);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException(file + ": " + KEY + " must be a whole number from 1 to 1000000, not '" + text.strip() + "'");
    }
}
