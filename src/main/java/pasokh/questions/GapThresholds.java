package pasokh.questions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a group's best match stops counting as an answer. {@code coverage} is the share of the question's
 * topic terms found in the best article; {@code score} its search score. Calibrated on eval/gaps/labelled.tsv
 * ({@code pasokh gaps --calibrate}); kept in index-config/gaps.properties so they can be retuned without code.
 */
public record GapThresholds(double missingCoverage, double missingScore, double weakCoverage, double weakScore) {

    public static final String FILE_NAME = "gaps.properties";
    public static final GapThresholds DEFAULT = new GapThresholds(0.5, 8, 0.75, 20);

    public static GapThresholds load(Path configDir) throws IOException {
        Path file = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return DEFAULT;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new GapThresholds(number(p, file, "missing.max-coverage", DEFAULT.missingCoverage()),
                number(p, file, "missing.max-score", DEFAULT.missingScore()),
                number(p, file, "weak.max-coverage", DEFAULT.weakCoverage()),
                number(p, file, "weak.max-score", DEFAULT.weakScore()));
    }

    Verdict verdict(ArticleMatch match) {
        if (match.best().isEmpty() || match.coverage() < missingCoverage || match.score() < missingScore) {
            return Verdict.MISSING;
        }
        if (match.coverage() < weakCoverage || match.score() < weakScore) return Verdict.WEAK;
        return Verdict.COVERED;
    }

    private static double number(Properties p, Path file, String key, double fallback) throws IOException {
        String text = p.getProperty(key);
        if (text == null) return fallback;
        try {
            double v = Double.parseDouble(text.strip());
            if (v >= 0 && v <= 1000) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException(file + ": " + key + " must be a number from 0 to 1000, not '" + text.strip() + "'");
    }
}
