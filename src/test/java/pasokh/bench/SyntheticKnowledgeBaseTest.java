package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.SiteSettings;
import pasokh.article.Article;
import pasokh.article.ArticleParser;
import pasokh.article.ArticleSet;
import pasokh.article.ArticleStore;
import pasokh.article.Categories;
import pasokh.article.Problem;
import pasokh.article.RequiredTopics;

/** 300 articles from the shipped 68, read back by the portal's own store with the real index-config. */
class SyntheticKnowledgeBaseTest {

    static final Path SHIPPED = Path.of("articles");
    static final Path CONFIG = Path.of("index-config");

    @TempDir
    static Path dir;

    static SyntheticKnowledgeBase.Report report;
    static ArticleSet generated;

    @BeforeAll
    static void generate() throws IOException {
        report = SyntheticKnowledgeBase.generate(SHIPPED, dir.resolve("kb"), 300, 42);
        generated = load(dir.resolve("kb"));
    }

    private static ArticleSet load(Path articles) throws IOException {
        Categories categories = Categories.load(CONFIG);
        ArticleParser parser = new ArticleParser(categories, SiteSettings.load(CONFIG).publicUrl());
        return new ArticleStore(articles, parser, RequiredTopics.load(CONFIG)).load();
    }

    @Test
    void theBaseHasExactlyTheArticlesAskedFor() {
        assertEquals(300, generated.all().size());
        assertEquals(300, generated.published().size());
        assertEquals(new SyntheticKnowledgeBase.Report(300, 68, 232, report.distinctWords()), report);
    }

    @Test
    void everyArticlePassesTheChecksOfThePortal() {
        List<String> problems = generated.problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(), problems);
        assertTrue(generated.problems().stream().noneMatch(Problem::isError));
    }

    @Test
    void theShippedArticlesAreCopiedUnchanged() throws IOException {
        for (Path file : files(SHIPPED)) {
            Path copy = dir.resolve("kb").resolve(SHIPPED.relativize(file).toString());
            assertEquals(Files.readString(file), Files.readString(copy), file.toString());
        }
    }

    @Test
    void variantsSpreadOverTheCategoriesAndKeepTheirSourcesCategory() {
        Map<String, Long> shipped = countByCategory(generated.all().stream().filter(a -> !isVariant(a)).toList());
        Map<String, Long> variants = countByCategory(generated.all().stream().filter(this::isVariant).toList());
        assertEquals(shipped.keySet(), variants.keySet());
        for (Article a : generated.all()) {
            assertEquals(a.category(), a.source().getParent().getFileName().toString(), a.slug());
            assertTrue(a.questions().size() >= ArticleParser.MIN_QUESTIONS, a.slug());
            assertTrue(a.summary().length() <= ArticleParser.SUMMARY_MAX_LENGTH, a.slug());
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        SyntheticKnowledgeBase.generate(SHIPPED, dir.resolve("same"), 300, 42);
        SyntheticKnowledgeBase.generate(SHIPPED, dir.resolve("other"), 300, 43);
        assertEquals(digest(dir.resolve("kb")), digest(dir.resolve("same")));
        assertNotEquals(digest(dir.resolve("kb")), digest(dir.resolve("other")));
    }

    @Test
    void theVocabularyGrowsWithTheBase() throws IOException {
        SyntheticKnowledgeBase.Report shippedOnly = SyntheticKnowledgeBase.generate(SHIPPED, dir.resolve("68"), 68, 42);
        assertEquals(0, shippedOnly.variants());
        // a real base grew about 2.5-fold from 68 to 300 articles
        assertTrue(report.distinctWords() > 2 * shippedOnly.distinctWords(),
                report.distinctWords() + " words at 300 against " + shippedOnly.distinctWords() + " at 68");
    }

    @Test
    void itReplacesItsOwnOutputButNothingElse() throws IOException {
        Path target = dir.resolve("again");
        SyntheticKnowledgeBase.generate(SHIPPED, target, 100, 1);
        SyntheticKnowledgeBase.generate(SHIPPED, target, 80, 1);
        assertEquals(80, files(target).size());

        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        assertThrows(IOException.class, () -> SyntheticKnowledgeBase.generate(SHIPPED, foreign, 100, 1));
        assertEquals("mine", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void fewerArticlesThanShippedAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticKnowledgeBase.generate(SHIPPED, dir.resolve("few"), 10, 1));
    }

    private boolean isVariant(Article a) {
        return a.slug().matches(".*-v\\d{5}");
    }

    private static Map<String, Long> countByCategory(List<Article> articles) {
        return articles.stream().collect(Collectors.groupingBy(Article::category, TreeMap::new, Collectors.counting()));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** One digest over every file's relative path and bytes, in sorted order. */
    private static String digest(Path root) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    sha.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(p));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
