package pasokh.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups texts whose term sets are near-duplicates: locality-sensitive hashing over MinHash signatures (16
 * bands of 4 rows) proposes pairs, a pair is joined when its signatures agree on at least {@link #THRESHOLD}
 * of their positions (an estimated Jaccard similarity), and joined pairs chain into groups (union-find).
 * Linear in the number of texts: no pair is compared unless it shares a band.
 */
final class NearDuplicates {

    /** Same terms give 1.0; «شرایط بیمه بیکاری» and «شرایط دریافت بیمه بیکاری» about 0.6; unrelated about 0. */
    static final double THRESHOLD = 0.5;

    private NearDuplicates() {}

    /** @return for each input index, the index of its group's first member */
    static int[] group(List<int[]> signatures) {
        int n = signatures.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int band = 0; band < MinHash.BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                buckets.computeIfAbsent(MinHash.bandKey(signatures.get(i), band), k -> new ArrayList<>(2)).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2) continue;
                // compare each with the bucket's first members only: a bucket of identical bands is usually
                // one topic, and chaining through the union-find joins the rest
                int anchors = Math.min(bucket.size(), 8);
                for (int a = 0; a < anchors; a++) {
                    int first = bucket.get(a);
                    for (int b = a + 1; b < bucket.size(); b++) {
                        int other = bucket.get(b);
                        if (find(parent, first) == find(parent, other)) continue;
                        if (MinHash.similarity(signatures.get(first), signatures.get(other)) >= THRESHOLD) {
                            union(parent, first, other);
                        }
                    }
                }
            }
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = find(parent, i);
        return root;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
