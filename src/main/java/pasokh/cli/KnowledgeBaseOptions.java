package pasokh.cli;

import java.nio.file.Path;
import pasokh.PortalPaths;
import picocli.CommandLine.Option;

/**
 * The folders every command works on, mixed into each command so that all of them take the same names and
 * defaults. Relative paths resolve against the working directory, not the jar's.
 */
final class KnowledgeBaseOptions {

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = PortalPaths.DEFAULT_ARTICLES,
            description = "the knowledge base (default: ${DEFAULT-VALUE})")
    private Path articles;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = PortalPaths.DEFAULT_CONFIG,
            description = "search and site settings (default: ${DEFAULT-VALUE})")
    private Path config;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = PortalPaths.DEFAULT_DATA,
            description = "index and database, created if missing (default: ${DEFAULT-VALUE})")
    private Path data;

    PortalPaths paths() {
        return new PortalPaths(articles, config, data);
    }
}
