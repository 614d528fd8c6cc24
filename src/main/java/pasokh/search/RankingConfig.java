package pasokh.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Ranking settings editors may tune without code, from index-config/ranking.properties. Every value has
 * a default, so a missing file or key still gives a working portal; a present but wrong value stops start-up
 * with a message naming the key.
 */
public record RankingConfig(
        Map<String, Float> fieldBoosts,
        int maxQueryLength,
        int defaultPageSize,
        int maxPageSize,
        int snippetLength,
        float synonymWeight,
        float proximityWeight,
        float correctionWeight,
        float minWordShare,
        float scoreFloor) {

    public static final String FILE_NAME = "ranking.properties";

    public RankingConfig {
        fieldBoosts = Map.copyOf(fieldBoosts);
    }

    public static RankingConfig defaults() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(ArticleDocuments.QUESTIONS, 3.0f);
        boosts.put(ArticleDocuments.TEXT, 1.0f);
        return new RankingConfig(boosts, 200, 10, 50, 180, 0.3f, 0.5f, 0.8f, 0.4f, 0.4f);
    }

    public static RankingConfig load(Path configDir) throws IOException {
        Path file = configDir.resolve(FILE_NAME);
        RankingConfig defaults = defaults();
        if (!Files.isRegularFile(file)) return defaults;
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        Map<String, Float> boosts = new LinkedHashMap<>();
        for (var entry : defaults.fieldBoosts().entrySet()) {
            float boost = (float) number(p, file, "boost." + entry.getKey(), entry.getValue());
            if (boost <= 0) throw new IOException(file + ": boost." + entry.getKey() + " must be greater than 0");
            boosts.put(entry.getKey(), boost);
        }
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("boost.") && !boosts.containsKey(key.substring(6))) {
                throw new IOException(file + ": unknown field in '" + key + "' (fields: "
                        + String.join(", ", boosts.keySet()) + ")");
            }
        }
        int maxQuery = whole(p, file, "search.max-query-length", defaults.maxQueryLength());
        int defaultSize = whole(p, file, "search.default-page-size", defaults.defaultPageSize());
        int maxSize = whole(p, file, "search.max-page-size", defaults.maxPageSize());
        int snippet = whole(p, file, "snippet.length", defaults.snippetLength());
        if (defaultSize > maxSize) throw new IOException(
                file + ": search.default-page-size is larger than search.max-page-size");
        float synonyms = fraction(p, file, "weight.synonyms", defaults.synonymWeight());
        float proximity = fraction(p, file, "weight.proximity", defaults.proximityWeight());
        float corrections = fraction(p, file, "weight.corrections", defaults.correctionWeight());
        float wordShare = share(p, file, "results.min-share-of-words", defaults.minWordShare());
        float floor = share(p, file, "results.min-score-share", defaults.scoreFloor());
        return new RankingConfig(boosts, maxQuery, defaultSize, maxSize, snippet, synonyms, proximity, corrections,
                wordShare, floor);
    }

    private static double number(Properties p, Path file, String key, double fallback) throws IOException {
        String value = p.getProperty(key);
        if (value == null) return fallback;
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IOException(file + ": " + key + " must be a number, not '" + value + "'");
        }
    }

    private static float fraction(Properties p, Path file, String key, float fallback) throws IOException {
        double value = number(p, file, key, fallback);
        if (value < 0 || value > 10) throw new IOException(file + ": " + key + " must be between 0 and 10");
        return (float) value;
    }

    private static float share(Properties p, Path file, String key, float fallback) throws IOException {
        double value = number(p, file, key, fallback);
        if (value < 0 || value > 1) throw new IOException(file + ": " + key + " must be between 0 and 1 (a share)");
        return (float) value;
    }

    private static int whole(Properties p, Path file, String key, int fallback) throws IOException {
        double value = number(p, file, key, fallback);
        if (value < 1 || value != Math.rint(value)) throw new IOException(
                file + ": " + key + " must be a whole number of at least 1");
        return (int) value;
    }
}
