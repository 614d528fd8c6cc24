package pasokh.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * The index writer's analyzer, pointing at the chain of the snapshot being written. The chain is rebuilt
 * when the vocabulary changes, while the writer lives as long as the index; the wrapper keeps each chain's
 * token streams in that chain's own reuse storage, so switching never hands out an old chain's streams.
 */
final class SwitchableAnalyzer extends DelegatingAnalyzerWrapper {

    private volatile Analyzer current;

    SwitchableAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    void use(Analyzer analyzer) {
        this.current = analyzer;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        Analyzer a = current;
        if (a == null) throw new IllegalStateException("no analyzer chosen for writing yet");
        return a;
    }

    /** The writer's wrapper is never the one to close the chains: their snapshots do. */
    @Override
    public void close() {
    }
}
