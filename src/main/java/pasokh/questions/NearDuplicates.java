package pasokh.questions;

import java.util.Arrays;
import java.util.List;

/**
 * Groups texts whose term sets are near-duplicates of a group's leader, its most asked text: texts are taken
 * most asked first; each joins the most similar leader whose MinHash signature agrees with its own on at
 * least {@link #THRESHOLD} of the positions (an estimated Jaccard similarity), or leads a group of its own.
 * Locality-sensitive hashing proposes the leaders to compare with (16 bands of 4 rows): per band, the leader
 * of the first text that had the same band. Linear in the number of texts.
 *
 * <p>Every member is close to its leader, not merely to another member: joining any two near-duplicates
 * (single linkage) chained a national log's short questions, greetings and typos into one group of half the
 * log, through texts each a little like the next.
 */
final class NearDuplicates {

    /** Same terms give 1.0; «شرایط بیمه بیکاری» and «شرایط دریافت بیمه بیکاری» about 0.6; unrelated about 0. */
    static final double THRESHOLD = 0.5;

    private NearDuplicates() {}

    /**
     * @param signatures most asked first: a text can only join a group led by one before it
     * @return for each input index, the index of its group's leader, its first member
     */
    static int[] group(List<int[]> signatures) {
        int n = signatures.size();
        int[][] firstWithBand = new int[MinHash.BANDS][];
        for (int band = 0; band < MinHash.BANDS; band++) firstWithBand[band] = firstWithBand(signatures, band);
        int[] leader = new int[n];
        int[] candidates = new int[MinHash.BANDS];
        for (int i = 0; i < n; i++) {
            int best = i;
            double bestSimilarity = -1;
            int tried = 0;
            for (int band = 0; band < MinHash.BANDS; band++) {
                int first = firstWithBand[band][i];
                if (first == i) continue;
                int candidate = leader[first];
                if (seen(candidates, tried, candidate)) continue;
                candidates[tried++] = candidate;
                double similarity = MinHash.similarity(signatures.get(candidate), signatures.get(i));
                if (similarity >= THRESHOLD && similarity > bestSimilarity) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
            leader[i] = best;
        }
        return leader;
    }

    /**
     * For each text, the first text (itself, if none before) whose signature has the same rows in the band.
     * An open-addressing table of band keys: a map of boxed keys cost more than the grouping itself.
     */
    private static int[] firstWithBand(List<int[]> signatures, int band) {
        int n = signatures.size();
        int capacity = Integer.highestOneBit(Math.max(n, 1)) * 4;
        int mask = capacity - 1;
        long[] keys = new long[capacity];
        int[] first = new int[capacity];
        Arrays.fill(first, -1);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long key = MinHash.bandKey(signatures.get(i), band);
            int slot = (int) (key ^ (key >>> 32)) & mask;
            while (first[slot] >= 0 && keys[slot] != key) slot = (slot + 1) & mask;
            if (first[slot] < 0) {
                keys[slot] = key;
                first[slot] = i;
            }
            out[i] = first[slot];
        }
        return out;
    }

    private static boolean seen(int[] candidates, int count, int candidate) {
        for (int k = 0; k < count; k++) if (candidates[k] == candidate) return true;
        return false;
    }
}
