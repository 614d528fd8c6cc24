package pasokh.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the articles folder ({@code articles/<category>/<slug>.md}), the source of truth of the knowledge
 * base. A bad file is reported and skipped; it never stops the others from loading.
 */
public final class ArticleStore {

    static final long MAX_FILE_BYTES = 1_000_000;

    private final Path root;
    private final ArticleParser parser;
    private final RequiredTopics required;

    public ArticleStore(Path root, ArticleParser parser) {
        this(root, parser, RequiredTopics.none());
    }

    public ArticleStore(Path root, ArticleParser parser, RequiredTopics required) {
        this.root = root;
        this.parser = parser;
        this.required = required;
    }

    public Path root() {
        return root;
    }

    public ArticleSet load() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": articles folder not found (use --articles DIR)");
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : markdownFiles()) {
            Path shown = displayPath(file);
            Path relative = root.relativize(file);
            if (relative.getNameCount() != 2) {
                problems.add(Problem.error(shown, 1, "articles must sit in a category folder: articles/<category>/<slug>.md"));
                continue;
            }
            String folder = relative.getName(0).toString();
            readText(file, shown, problems).ifPresent(text -> {
                ParseResult result = parser.parse(shown, folder, text);
                problems.addAll(result.problems());
                result.article().ifPresent(articles::add);
            });
        }
        return ArticleSetChecks.check(articles, problems, required);
    }

    private List<Path> markdownFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md") || root.relativize(p).getNameCount() != 1)
                    .sorted()
                    .toList();
        }
    }

    private static java.util.Optional<String> readText(Path file, Path shown, List<Problem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(Problem.error(shown, 1, "file is larger than " + MAX_FILE_BYTES / 1000 + " KB"));
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return java.util.Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(shown, 1, "file is not valid UTF-8: save it as UTF-8"));
        } catch (IOException e) {
            problems.add(Problem.error(shown, 1, "cannot read file: " + e.getMessage()));
        }
        return java.util.Optional.empty();
    }

    /** Relative to the working directory when possible: short, and clickable in editors and terminals. */
    private static Path displayPath(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
