package pasokh.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the Lucene index of the published articles lives: a folder under data/ (kept between runs, so a
 * restart without changes does not index again) or memory. It is derived data: whatever cannot be read is
 * rebuilt from the articles, never trusted and never fatal. One writer per store; every change is committed
 * with the fingerprint of what the index then holds.
 */
public final class IndexStore implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    private static final String FINGERPRINT_KEY = "pasokh.fingerprint";
    /** Large enough that a full build of thousands of articles is flushed once, as one segment. */
    private static final double RAM_BUFFER_MB = 128;

    private final String where;
    private final Directory directory;
    private final SwitchableAnalyzer analyzer;
    private IndexWriter writer;

    private IndexStore(String where, Directory directory, SwitchableAnalyzer analyzer, IndexWriter writer) {
        this.where = where;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
    }

    public static IndexStore inMemory() {
        try {
            Directory directory = new ByteBuffersDirectory();
            SwitchableAnalyzer analyzer = new SwitchableAnalyzer();
            return new IndexStore("memory", directory, analyzer,
                    new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE)));
        } catch (IOException e) {
            throw new IllegalStateException("an index in memory cannot fail to open", e);
        }
    }

    /**
     * The index in {@code folder}. An index that cannot even be opened is cleared and started again (it is
     * rebuilt from the articles). Throws {@link IndexInUseException} when another process writes to it.
     */
    public static IndexStore open(Path folder) throws IOException {
        return open(folder, false);
    }

    /** @param clearFirst start empty (the index was found unreadable while serving) */
    public static IndexStore open(Path folder, boolean clearFirst) throws IOException {
        Files.createDirectories(folder);
        if (clearFirst) clear(folder);
        SwitchableAnalyzer analyzer = new SwitchableAnalyzer();
        Directory directory = FSDirectory.open(folder);
        try {
            return new IndexStore(folder.toString(), directory, analyzer,
                    new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND)));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(folder);
        } catch (IOException | RuntimeException e) {
            log.warn("The search index in {} cannot be opened ({}); clearing it to rebuild it from the articles",
                    folder, reason(e));
            clear(folder);
            return new IndexStore(folder.toString(), directory, analyzer,
                    new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE)));
        }
    }

    /** Another Pasokh process holds this folder's write lock. */
    public static final class IndexInUseException extends IOException {
        IndexInUseException(Path folder) {
            super(folder + " is in use by another Pasokh process");
        }
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(RAM_BUFFER_MB);
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.deleteIfExists(f);
        }
    }

    /** Whether the index lives in memory only (nothing to clear on disk when it must be rebuilt). */
    public boolean isInMemory() {
        return directory instanceof ByteBuffersDirectory;
    }

    /** Where the index is, for log lines. */
    public String where() {
        return where;
    }

    /**
     * A reader over what the store already holds, if it was committed from exactly {@code fingerprint},
     * holds {@code expectedDocs} articles and every file reads back whole; otherwise empty, with a log line
     * saying why it must be rebuilt.
     */
    public synchronized Optional<DirectoryReader> reuse(String fingerprint, int expectedDocs) {
        try {
            if (!DirectoryReader.indexExists(directory)) return Optional.empty();
            String stored = SegmentInfos.readLatestCommit(directory).getUserData().get(FINGERPRINT_KEY);
            if (!fingerprint.equals(stored)) return Optional.empty();
            DirectoryReader reader = DirectoryReader.open(writer);
            try {
                if (reader.numDocs() != expectedDocs) {
                    reader.close();
                    return Optional.empty();
                }
                for (LeafReaderContext leaf : reader.leaves()) leaf.reader().checkIntegrity();
                return Optional.of(reader);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("The search index in {} cannot be read ({}); rebuilding it from the articles", where, reason(e));
            return Optional.empty();
        }
    }

    /** Makes the index hold exactly these articles, analysed by {@code chain}. */
    public synchronized DirectoryReader replaceAll(List<IndexedArticle> articles, Analyzer chain, String fingerprint)
            throws IOException {
        ensureWriter();
        analyzer.use(ArticleDocuments.analyzer(chain));
        writer.deleteAll();
        for (IndexedArticle a : articles) writer.addDocument(ArticleDocuments.toDocument(a));
        return commit(fingerprint);
    }

    /** Adds or replaces {@code upserts} and removes {@code removed} (slugs), analysing with {@code chain}. */
    public synchronized DirectoryReader update(Collection<IndexedArticle> upserts, Collection<String> removed,
                                               Analyzer chain, String fingerprint) throws IOException {
        ensureWriter();
        analyzer.use(ArticleDocuments.analyzer(chain));
        for (String slug : removed) writer.deleteDocuments(ArticleDocuments.idTerm(slug));
        for (IndexedArticle a : upserts) writer.updateDocument(ArticleDocuments.idTerm(a.slug()),
                ArticleDocuments.toDocument(a));
        return commit(fingerprint);
    }

    private DirectoryReader commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT_KEY, fingerprint).entrySet());
        writer.commit();
        return DirectoryReader.open(writer);
    }

    /**
     * A writer that hit a disk error closes itself for good (Lucene's "tragic" failures): start a new one on
     * the same directory, so the next change can still be written once the disk is fine again.
     */
    private void ensureWriter() throws IOException {
        if (writer.isOpen()) return;
        log.warn("The index writer for {} was closed by an earlier error ({}); opening it again", where,
                writer.getTragicException() == null ? "no reason given" : reason(writer.getTragicException()));
        writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
    }

    private static String reason(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public synchronized void close() throws IOException {
        IndexWriter w = writer;
        try (directory; w) {
            // closes the writer, then the directory
        }
    }
}
