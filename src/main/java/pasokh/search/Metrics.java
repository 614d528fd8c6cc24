package pasokh.search;

import java.util.List;
import java.util.Set;

/**
 * Relevance figures over a set of queries: Success@1 (the first hit answers), MRR@10 (how high the first
 * answer is) and nDCG@10 (binary relevance: how well all answering articles are ranked).
 */
public record Metrics(int queries, double successAt1, double mrrAt10, double ndcgAt10, double meanResults) {

    /** Figures without the mean number of results listed (not measured). */
    public Metrics(int queries, double successAt1, double mrrAt10, double ndcgAt10) {
        this(queries, successAt1, mrrAt10, ndcgAt10, Double.NaN);
    }

    public static final int CUTOFF = 10;

    /** Accumulates per-query scores. */
    public static final class Accumulator {
        private int n;
        private double success;
        private double reciprocalRank;
        private double ndcg;
        private long listed;

        public void add(List<String> ranked, Set<String> relevant) {
            add(ranked, relevant, ranked.size());
        }

        /** @param total how many articles the search listed in all (not only the first ten) */
        public void add(List<String> ranked, Set<String> relevant, long total) {
            n++;
            listed += total;
            if (!ranked.isEmpty() && relevant.contains(ranked.getFirst())) success++;
            double dcg = 0;
            boolean firstFound = false;
            for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
                if (relevant.contains(ranked.get(i))) {
                    if (!firstFound) {
                        reciprocalRank += 1.0 / (i + 1);
                        firstFound = true;
                    }
                    dcg += 1 / log2(i + 2);
                }
            }
            double ideal = 0;
            for (int i = 0; i < Math.min(CUTOFF, relevant.size()); i++) ideal += 1 / log2(i + 2);
            ndcg += ideal == 0 ? 0 : dcg / ideal;
        }

        public Metrics metrics() {
            return n == 0 ? new Metrics(0, 0, 0, 0, 0)
                    : new Metrics(n, success / n, reciprocalRank / n, ndcg / n, (double) listed / n);
        }

        private static double log2(double x) {
            return Math.log(x) / Math.log(2);
        }
    }
}
