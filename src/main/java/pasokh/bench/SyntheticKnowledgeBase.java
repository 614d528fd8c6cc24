package pasokh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import pasokh.SiteSettings;
import pasokh.article.Article;
import pasokh.article.ArticleParser;
import pasokh.article.ArticleSet;
import pasokh.article.ArticleStore;
import pasokh.article.Categories;
import pasokh.article.Category;

/**
 * A large, valid knowledge base made from the shipped one, to measure how indexing and search cost grow
 * with the number of articles: every shipped article unchanged, plus variants of them until there are
 * {@code count}. Variants look like real articles (see {@link VariantBuilder}) and bring new words as a
 * real base would, so the index's vocabulary grows too, not only its document count.
 *
 * <p>Deterministic: the same source, count and seed give byte-identical files. Files are read in sorted
 * order, one seeded generator makes every choice, and nothing is written in hash order.
 *
 * <p>The target folder is cleared and rewritten only if it is empty or was made by this generator (it
 * holds {@value #MARKER}); anything else is refused, so a mistyped path cannot wipe real articles.
 */
public final class SyntheticKnowledgeBase {

    public static final String MARKER = ".synthetic-knowledge-base";

    /**
     * SMS lengths are checked with the link to this address filled in: the public URL index-config ships.
     * A deployment with a longer address may find a few variant SMS texts too long.
     */
    static final String PUBLIC_URL = SiteSettings.DEFAULT_PUBLIC_URL;

    /**
     * What was written.
     *
     * @param articles      files in the target: {@code shipped + variants}
     * @param distinctWords distinct words over all files, counted by {@link Vocabulary} (an approximation)
     */
    public record Report(int articles, int shipped, int variants, int distinctWords) {}

    private SyntheticKnowledgeBase() {}

    /**
     * Writes {@code count} articles into {@code target}: those of {@code sourceArticles}, then variants.
     *
     * @throws IllegalArgumentException when {@code count} is below the number of shipped articles
     * @throws IOException              when the target holds files this generator did not make
     */
    public static Report generate(Path sourceArticles, Path target, int count, long seed) throws IOException {
        List<Path> shippedFiles = articleFiles(sourceArticles);
        if (count < shippedFiles.size()) {
            throw new IllegalArgumentException("cannot make " + count + " articles from " + shippedFiles.size()
                    + " shipped ones: the shipped articles are always all copied");
        }
        ArticleSet shipped = parse(sourceArticles, shippedFiles);
        if (shipped.all().isEmpty() && count > shippedFiles.size()) {
            throw new IOException(sourceArticles + ": no valid article to make variants of");
        }
        TargetFolder.prepare(target, String.format(Locale.ROOT,
                "Made by pasokh.bench.SyntheticKnowledgeBase: %d articles, seed %d. Generating again replaces it.%n",
                count, seed));

        Vocabulary vocabulary = new Vocabulary();
        Set<String> slugs = new HashSet<>();
        for (Path file : shippedFiles) {
            Path relative = sourceArticles.relativize(file);
            Path copy = target.resolve(relative.toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
            vocabulary.add(Files.readString(file, StandardCharsets.UTF_8));
            slugs.add(slugOf(file));
        }

        QuestionRegistry questions = new QuestionRegistry();
        for (Article a : shipped.all()) a.questions().forEach(questions::claim);
        SyntheticLexicon lexicon = SyntheticLexicon.load();
        PatternFiller filler = new PatternFiller(lexicon, new SyntheticWords(lexicon), new SplittableRandom(seed));
        VariantBuilder builder = new VariantBuilder(lexicon, filler, questions, PUBLIC_URL);

        List<Article> sources = shipped.all();
        Map<String, List<Article>> peers = byCategory(sources);
        Map<String, Draft> lastVariant = new HashMap<>();
        int variants = count - shippedFiles.size();
        // variants are numbered after the highest shipped number, so no two articles share one
        int answerNumber = sources.stream().mapToInt(a -> a.number().orElse(0)).max().orElse(0);
        int number = 0;
        for (int v = 0; v < variants; v++) {
            Article source = sources.get(v % sources.size());
            String slug;
            do {
                slug = source.slug() + String.format(Locale.ROOT, "-v%05d", ++number);
            } while (slugs.contains(slug));
            Draft draft = builder.build(source, slug, ++answerNumber, peers.get(source.category()), slugs,
                    Optional.ofNullable(lastVariant.get(source.slug())));
            String text = DraftMarkdown.of(draft);
            Path file = target.resolve(draft.category()).resolve(slug + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            vocabulary.add(text);
            slugs.add(slug);
            lastVariant.put(source.slug(), draft);
        }
        return new Report(count, shippedFiles.size(), variants, vocabulary.size());
    }

    /** {@code SyntheticKnowledgeBase SOURCE TARGET COUNT [SEED]}: generates and prints the report and the time. */
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 3 || args.length > 4) {
            System.err.println(
                    "Usage: java -cp pasokh.jar pasokh.bench.SyntheticKnowledgeBase SOURCE TARGET COUNT [SEED]");
            System.exit(2);
        }
        long started = System.nanoTime();
        Report report = generate(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                args.length == 4 ? Long.parseLong(args[3]) : 1L);
        out.printf(Locale.ROOT, "%s in %.2f s%n", report, (System.nanoTime() - started) / 1e9);
    }

    /** {@code <category>/<slug>.md}, sorted, as ArticleStore would find them. */
    static List<Path> articleFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) throw new IOException(root + ": articles folder not found");
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(p -> root.relativize(p).getNameCount() == 2)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /**
     * The shipped articles through the portal's own parser; the category list is the folders, since only
     * the articles folder is given. Files with errors are still copied, just never used as a source.
     */
    static ArticleSet parse(Path root, List<Path> files) throws IOException {
        List<Category> categories = files.stream()
                .map(f -> root.relativize(f).getName(0).toString())
                .distinct()
                .sorted()
                .map(id -> new Category(id, id, ""))
                .toList();
        ArticleParser parser = new ArticleParser(new Categories(categories), PUBLIC_URL);
        return new ArticleStore(root, parser).load();
    }

    private static Map<String, List<Article>> byCategory(List<Article> articles) {
        Map<String, List<Article>> peers = new TreeMap<>();
        for (Article a : articles) peers.computeIfAbsent(a.category(), k -> new ArrayList<>()).add(a);
        return peers;
    }

    private static String slugOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }
}
