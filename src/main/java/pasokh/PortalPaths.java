package pasokh;

import java.nio.file.Path;

/** Where the articles, the editable configuration and the derived data live. */
public record PortalPaths(Path articles, Path config, Path data) {

    // Strings, not paths, so that command-line options can name them as their defaults.
    public static final String DEFAULT_ARTICLES = "articles";
    public static final String DEFAULT_CONFIG = "index-config";
    public static final String DEFAULT_DATA = "data";

    public static PortalPaths defaults() {
        return new PortalPaths(Path.of(DEFAULT_ARTICLES), Path.of(DEFAULT_CONFIG), Path.of(DEFAULT_DATA));
    }

    public Path indexDir() {
        return data.resolve("index");
    }
}
