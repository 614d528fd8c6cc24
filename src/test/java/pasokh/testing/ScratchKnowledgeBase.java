package pasokh.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import pasokh.PortalPaths;

/**
 * A throw-away knowledge base in a temporary folder: the project's real index-config and whatever
 * articles a test writes, so tests exercise the same files editors change.
 */
public final class ScratchKnowledgeBase {

    public static final Path PROJECT_CONFIG = Path.of("index-config");

    private final Path root;

    public ScratchKnowledgeBase(Path root) {
        this.root = root;
        try {
            Files.createDirectories(articles());
            Files.createDirectories(config());
            try (var files = Files.list(PROJECT_CONFIG)) {
                // a scratch knowledge base answers its own few topics, not the shipped list
                for (Path f : files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().equals("required-topics.txt")).toList()) {
                    Files.copy(f, config().resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path articles() {
        return root.resolve("articles");
    }

    public Path config() {
        return root.resolve("config");
    }

    public Path data() {
        return root.resolve("data");
    }

    public PortalPaths paths() {
        return new PortalPaths(articles(), config(), data());
    }

    /** Writes {@code articles/<category>/<slug>.md} with exactly this text. */
    public Path write(String category, String slug, String text) {
        try {
            Path file = articles().resolve(category).resolve(slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a valid published article built from the given parts. */
    public Path article(String category, String slug, String title, String summary, List<String> questions,
                        String body) {
        return write(category, slug, ArticleText.valid(category, title, summary, questions, body));
    }
}
