package pasokh.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
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
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files()) {
            FileRead read = read(file);
            problems.addAll(read.problems());
            read.article().ifPresent(articles::add);
        }
        return assemble(articles, problems);
    }

    /** What one file gave: its article (unless an error made it unusable), its problems and its text's digest. */
    public record FileRead(Path file, Optional<Article> article, List<Problem> problems, String digest) {

        public FileRead {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** Every article file under the folder, sorted; throws when the folder itself is missing. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": articles folder not found (use --articles DIR)");
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(ArticleStore::isArticleFileName)
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")
                            || root.relativize(p).getNameCount() != 1)
                    .sorted()
                    .toList();
        }
    }

    /** Whether a path is named like an article: {@code *.md}, not hidden (editors' swap and backup files are). */
    public static boolean isArticleFileName(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".md") && !name.startsWith(".");
    }

    /** Reads and checks one article file. Never throws: an unreadable file is a problem of that file. */
    public FileRead read(Path file) {
        Path shown = displayPath(file);
        List<Problem> problems = new ArrayList<>();
        Path relative = root.relativize(file);
        if (relative.getNameCount() != 2) {
            problems.add(Problem.error(shown, 1,
                    "articles must sit in a category folder: articles/<category>/<slug>.md"));
            return new FileRead(file, Optional.empty(), problems, "");
        }
        String folder = relative.getName(0).toString();
        Optional<String> text = readText(file, shown, problems);
        if (text.isEmpty()) return new FileRead(file, Optional.empty(), problems, "");
        ParseResult result = parser.parse(shown, folder, text.get());
        problems.addAll(result.problems());
        return new FileRead(file, result.article(), problems, digest(text.get()));
    }

    /** The rules that need the whole knowledge base (unique slugs and questions, links, required topics). */
    public ArticleSet assemble(List<Article> articles, List<Problem> problems) {
        return ArticleSetChecks.check(articles, new ArrayList<>(problems), required);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Optional<String> readText(Path file, Path shown, List<Problem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(Problem.error(shown, 1, "file is larger than " + MAX_FILE_BYTES / 1000 + " KB"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(shown, 1, "file is not valid UTF-8: save it as UTF-8"));
        } catch (IOException e) {
            problems.add(Problem.error(shown, 1, "cannot read file: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** Relative to the working directory when possible: short, and clickable in editors and terminals. */
    private static Path displayPath(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
