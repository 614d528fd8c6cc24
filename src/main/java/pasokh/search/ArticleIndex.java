package pasokh.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.article.Article;

/**
 * The Lucene index of published articles under the data folder. It is derived data: rebuilt from the
 * articles whenever their fingerprint (content + analysis config) differs from the one stored in the last
 * commit, and reused as it is otherwise, so a restart without changes starts at once.
 */
public final class ArticleIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);
    private static final String FINGERPRINT_KEY = "pasokh.fingerprint";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleDocuments documents;
    private final IndexedTexts texts = new IndexedTexts();

    private ArticleIndex(Directory directory, IndexWriter writer, ArticleDocuments documents) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.documents = documents;
        FacetsConfig facets = ArticleDocuments.facetsConfig();
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader, facets);
            }
        });
    }

    /** An index that lives only in memory, for evaluation and benchmarks. */
    public static ArticleIndex inMemory(Analyzer analyzer, pasokh.article.MarkdownRenderer markdown) throws IOException {
        Directory directory = new org.apache.lucene.store.ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        return new ArticleIndex(directory, writer, new ArticleDocuments(ArticleDocuments.facetsConfig(), markdown));
    }

    public static ArticleIndex open(Path indexDir, Analyzer analyzer, pasokh.article.MarkdownRenderer markdown) throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IOException(indexDir + " is in use by another Pasokh process: stop it or start this one with another --data folder", e);
        }
        return new ArticleIndex(directory, writer, new ArticleDocuments(ArticleDocuments.facetsConfig(), markdown));
    }

    /**
     * Makes the index hold exactly these articles. Does nothing when the last commit was made from the same
     * fingerprint. Returns whether it rebuilt.
     */
    public boolean sync(List<Article> published, String fingerprint) throws IOException {
        Map<String, IndexedTexts.Texts> texts = new java.util.HashMap<>();
        for (Article article : published) texts.put(article.slug(), documents.texts(article));
        this.texts.replaceAll(texts);
        if (storedFingerprint().filter(fingerprint::equals).isPresent() && writer.getDocStats().numDocs == published.size()) {
            searchers.maybeRefreshBlocking();
            return false;
        }
        long started = System.nanoTime();
        writer.deleteAll();
        for (Article article : published) {
            writer.addDocument(documents.toDocument(article, texts.get(article.slug())));
        }
        writer.setLiveCommitData(Map.of(FINGERPRINT_KEY, fingerprint).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        log.info("Indexed {} articles in {} ms", published.size(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private Optional<String> storedFingerprint() {
        try {
            if (!DirectoryReader.indexExists(directory)) return Optional.empty();
            return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT_KEY));
        } catch (IOException e) {
            log.warn("Cannot read the existing index ({}); rebuilding it", e.getMessage());
            return Optional.empty();
        }
    }

    IndexedTexts texts() {
        return texts;
    }

    FacetedSearcher acquire() throws IOException {
        return (FacetedSearcher) searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closes in reverse order: searchers, writer, directory
        }
    }
}
