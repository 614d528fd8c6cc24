package pasokh.analysis;

import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;

/**
 * The one place that decides how Persian text becomes search terms. Indexing, querying, suggestions and
 * (later) question grouping all take their analyzers from here, so they can never drift apart.
 *
 * <p>For now this is Lucene's stock Persian chain; the Persian-aware chain built from index-config
 * replaces it here and nowhere else.
 */
public final class PersianAnalysis implements AutoCloseable {

    private final Analyzer searchAnalyzer;
    private final Analyzer suggestAnalyzer;

    private PersianAnalysis(Analyzer searchAnalyzer, Analyzer suggestAnalyzer) {
        this.searchAnalyzer = searchAnalyzer;
        this.suggestAnalyzer = suggestAnalyzer;
    }

    /** Builds the chain from the files in the config folder. */
    public static PersianAnalysis load(Path configDir) {
        return new PersianAnalysis(new PersianAnalyzer(), new NormalizingAnalyzer());
    }

    /** For article fields at index time. */
    public Analyzer indexAnalyzer() {
        return searchAnalyzer;
    }

    /** For what people type in the search box. */
    public Analyzer queryAnalyzer() {
        return searchAnalyzer;
    }

    /**
     * For title suggestions: normalises letters but neither stems nor drops stopwords, because a
     * half-typed word is not a word yet and stemming it would cut it further.
     */
    public Analyzer suggestAnalyzer() {
        return suggestAnalyzer;
    }

    @Override
    public void close() {
        searchAnalyzer.close();
        suggestAnalyzer.close();
    }
}
