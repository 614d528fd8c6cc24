package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.article.MarkdownRenderer;
import pasokh.testing.ArticleText;

class IndexStoreTest {

    @TempDir
    Path dir;

    private final Analyzer analyzer = new StandardAnalyzer();

    private static List<IndexedArticle> articles(String... slugs) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        return Arrays.stream(slugs)
                .map(s -> IndexedArticle.of(ArticleText.article("retirement", s), markdown)).toList();
    }

    @Test
    void anIndexCommittedFromTheSameArticlesIsReusedAfterARestart() throws Exception {
        Path folder = dir.resolve("index");
        try (IndexStore store = IndexStore.open(folder)) {
            store.replaceAll(articles("one", "two"), analyzer, "fp-1").close();
        }
        try (IndexStore store = IndexStore.open(folder)) {
            assertTrue(store.reuse("fp-2", 2).isEmpty(), "other articles: rebuild");
            assertTrue(store.reuse("fp-1", 3).isEmpty(), "a different number of articles: rebuild");
            try (DirectoryReader reader = store.reuse("fp-1", 2).orElseThrow()) {
                assertEquals(2, reader.numDocs());
            }
        }
    }

    @Test
    void aDamagedIndexFileIsNeverTrustedAndTheIndexIsBuiltAgain() throws Exception {
        Path folder = dir.resolve("index");
        try (IndexStore store = IndexStore.open(folder)) {
            store.replaceAll(articles("one", "two"), analyzer, "fp").close();
        }
        Path biggest;
        try (var files = Files.list(folder)) {
            biggest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(biggest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        try (IndexStore store = IndexStore.open(folder)) {
            assertTrue(store.reuse("fp", 2).isEmpty(), "the damage is found before any search reads it");
            try (DirectoryReader rebuilt = store.replaceAll(articles("one", "two", "three"), analyzer, "fp-new")) {
                assertEquals(3, rebuilt.numDocs());
            }
        }
    }

    @Test
    void anUnreadableIndexFolderIsClearedAndStartedAgain() throws Exception {
        Path folder = dir.resolve("index");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("segments_1"), "not an index");
        try (IndexStore store = IndexStore.open(folder)) {
            assertTrue(store.reuse("fp", 0).isEmpty());
            try (DirectoryReader reader = store.replaceAll(articles("one"), analyzer, "fp")) {
                assertEquals(1, reader.numDocs());
            }
        }
    }

    @Test
    void aSecondWriterOnTheSameFolderIsRefusedClearly() throws Exception {
        Path folder = dir.resolve("index");
        try (IndexStore first = IndexStore.open(folder)) {
            IndexStore.IndexInUseException refused = Assertions.assertThrows(
                    IndexStore.IndexInUseException.class, () -> IndexStore.open(folder));
            assertTrue(refused.getMessage().contains("in use by another Pasokh process"));
        }
    }

    @Test
    void updatesReplaceAndRemoveSingleArticles() throws Exception {
        try (IndexStore store = IndexStore.inMemory()) {
            store.replaceAll(articles("one", "two", "three"), analyzer, "a").close();
            try (DirectoryReader reader = store.update(articles("two", "four"), List.of("one"), analyzer, "b")) {
                assertEquals(3, reader.numDocs(), "two replaced, four added, one removed");
            }
            assertFalse(store.reuse("a", 3).isPresent(), "the fingerprint moved with the update");
        }
    }
}
