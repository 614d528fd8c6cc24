package pasokh.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every matching document that scores at least {@code floor} times the best score seen. As the best
 * score rises, Lucene is told the new minimum, so it can skip documents that could never be listed
 * (block-max WAND) instead of scoring the whole knowledge base for a common word.
 */
final class HitCollector extends SimpleCollector {

    private final float floor;
    private Scorable scorer;
    private int docBase;
    private float best;
    private float minCompetitive;
    private int[] docs = new int[64];
    private float[] scores = new float[64];
    private int size;

    /** @param floor a share of the best score, 0 to 1; 0 collects every match */
    HitCollector(float floor) {
        this.floor = floor;
    }

    @Override
    public ScoreMode scoreMode() {
        return floor > 0 ? ScoreMode.TOP_SCORES : ScoreMode.COMPLETE;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (minCompetitive > 0) scorer.setMinCompetitiveScore(minCompetitive);
    }

    @Override
    public void collect(int doc) throws IOException {
        float score = scorer.score();
        if (score < minCompetitive) return;
        add(docBase + doc, score);
        if (score > best) {
            best = score;
            float min = best * floor;
            if (floor > 0 && min > minCompetitive) {
                minCompetitive = min;
                scorer.setMinCompetitiveScore(min);
            }
        }
    }

    private void add(int doc, float score) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        docs[size] = doc;
        scores[size] = score;
        size++;
    }

    float best() {
        return best;
    }

    int size() {
        return size;
    }

    int doc(int i) {
        return docs[i];
    }

    float score(int i) {
        return scores[i];
    }
}
