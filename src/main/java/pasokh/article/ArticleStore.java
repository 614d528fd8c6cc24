package pasokh.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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

    /**
     * Every article file under the folder, sorted; throws when the folder itself is missing. A symbolic link
     * to a folder is followed when it stays inside; one leading outside is listed itself, unopened, so that
     * {@link #read} reports it instead of its files silently going missing.
     */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": articles folder not found (use --articles DIR)");
        }
        Path realRoot = root.toRealPath();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 3, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!Files.isSymbolicLink(dir) || dir.toRealPath().startsWith(realRoot)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!dir.getFileName().toString().startsWith(".")) files.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // a link whose target is missing arrives with the link's own attributes: read() says so
                boolean folderReadme = file.getFileName().toString().equalsIgnoreCase("README.md")
                        && root.relativize(file).getNameCount() == 1;
                if (isArticleFileName(file) && (attrs.isRegularFile() || Files.isSymbolicLink(file)) && !folderReadme) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) return FileVisitResult.CONTINUE; // a link back up: walked
                throw e;
            }
        });
        files.sort(null);
        return files;
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
        Optional<String> outside = leadsOutside(file);
        if (outside.isPresent()) {
            problems.add(Problem.error(shown, 1, outside.get()));
            return new FileRead(file, Optional.empty(), problems, "");
        }
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

    /**
     * Why a file is refused because a symbolic link takes it out of the articles folder, naming the link and
     * where it points. A link to a file elsewhere (another checkout, /etc) would publish whatever that file
     * holds next, unreviewed; a link that stays inside is an alias and is read like any file.
     */
    private Optional<String> leadsOutside(Path file) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            return Optional.empty(); // no folder, no file: reading it says so
        }
        Path at = root;
        for (Path part : root.relativize(file)) {
            at = at.resolve(part);
            if (!Files.isSymbolicLink(at)) continue;
            String link = !at.equals(file) ? "the folder " + displayPath(at)
                    : Files.isDirectory(at) ? "this folder" : "this file";
            String target;
            try {
                target = Files.readSymbolicLink(at).toString();
            } catch (IOException e) {
                target = "?";
            }
            Path real;
            try {
                real = at.toRealPath();
            } catch (IOException e) {
                return Optional.of(link + " is a symbolic link to " + target + ", which does not exist");
            }
            if (!real.startsWith(realRoot)) {
                String resolved = real.toString().equals(target) ? "" : " (" + real + ")";
                return Optional.of(link + " is a symbolic link to " + target + resolved
                        + ", outside the articles folder: copy what it points to into the folder instead of linking");
            }
        }
        return Optional.empty();
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
