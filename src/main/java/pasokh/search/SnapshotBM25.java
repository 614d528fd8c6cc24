package pasokh.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 (k1 1.2, b 0.75: Lucene's defaults and the same scores as its BM25Similarity) for one snapshot's
 * searcher. Lucene's version works out the length normalisation of all 256 norm values again for every
 * term of every query: 256 divisions and a 1 KB table each time, a tenth of a search here. That table
 * depends only on the field's average length, fixed for a snapshot, so it is made once per field.
 */
final class SnapshotBM25 extends Similarity {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    /** The document length each norm byte stands for. */
    private static final float[] LENGTH = new float[256];

    static {
        for (int i = 0; i < 256; i++) LENGTH[i] = SmallFloat.byte4ToInt((byte) i);
    }

    private final Map<String, float[]> inverseNormsByField = new ConcurrentHashMap<>();

    SnapshotBM25() {
        super(true);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
        double idf = 0;
        for (TermStatistics term : terms) idf += idf(term.docFreq(), collection.docCount());
        float averageLength = (float) (collection.sumTotalTermFreq() / (double) collection.docCount());
        float[] inverseNorms = inverseNormsByField.computeIfAbsent(collection.field(),
                f -> inverseNorms(averageLength));
        return new Scorer(boost * (float) idf, inverseNorms, averageLength);
    }

    static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    private static float[] inverseNorms(float averageLength) {
        float[] table = new float[256];
        for (int i = 0; i < 256; i++) table[i] = 1f / (K1 * ((1 - B) + B * LENGTH[i] / averageLength));
        return table;
    }

    /** boost × idf × tf / (tf + k1 × (1 − b + b × length / average length)), written to need one table lookup. */
    private static final class Scorer extends SimScorer {
        private final float weight;
        private final float[] inverseNorms;
        private final float averageLength;

        Scorer(float weight, float[] inverseNorms, float averageLength) {
            this.weight = weight;
            this.inverseNorms = inverseNorms;
            this.averageLength = averageLength;
        }

        @Override
        public float score(float freq, long norm) {
            return weight - weight / (1f + freq * inverseNorms[((byte) norm) & 0xFF]);
        }

        @Override
        public Explanation explain(Explanation freq, long norm) {
            float score = score(freq.getValue().floatValue(), norm);
            return Explanation.match(score, "BM25 score, weight (boost × idf) " + weight, List.of(freq,
                    Explanation.match(LENGTH[((byte) norm) & 0xFF], "document length"),
                    Explanation.match(averageLength, "average length of the field")));
        }
    }
}
