package pasokh;

import java.nio.file.Path;

/** Where the articles, the editable configuration and the derived data live. */
public record PortalPaths(Path articles, Path config, Path data) {

    public static PortalPaths defaults() {
        return new PortalPaths(Path.of("articles"), Path.of("index-config"), Path.of("data"));
    }

    public Path indexDir() {
        return data.resolve("index");
    }
}
