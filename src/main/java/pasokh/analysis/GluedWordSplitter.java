package pasokh.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Splits a word typed without its space or ZWNJ («بیمهبیکاری», «تامیناجتماعی», «میتوانم») into the
 * parts the knowledge base knows, using the index's own vocabulary as the dictionary: the fewest parts
 * win, then the most frequent. A word that is itself known is never split.
 */
public final class GluedWordSplitter {

    private static final int MAX_PARTS = 4;
    private static final int MIN_PART = 2;

    private final Predicate<String> known;
    private final ToDoubleFunction<String> weight;

    /**
     * @param known  whether a piece of text is a word we know (a known stem, a stopword, a spoken form)
     * @param weight how much to prefer a known piece (e.g. log of its frequency)
     */
    public GluedWordSplitter(Predicate<String> known, ToDoubleFunction<String> weight) {
        this.known = known;
        this.weight = weight;
    }

    /** The parts, or the word alone when it is known or cannot be split into known parts. */
    public List<String> split(String word) {
        if (word.length() < 2 * MIN_PART || known.test(word)) return List.of(word);
        int n = word.length();
        int[] parts = new int[n + 1];
        double[] score = new double[n + 1];
        int[] from = new int[n + 1];
        Arrays.fill(parts, Integer.MAX_VALUE);
        parts[0] = 0;
        for (int end = MIN_PART; end <= n; end++) {
            for (int start = 0; start <= end - MIN_PART; start++) {
                if (parts[start] == Integer.MAX_VALUE || parts[start] >= MAX_PARTS) continue;
                String piece = word.substring(start, end);
                if (!known.test(piece)) continue;
                int p = parts[start] + 1;
                double s = score[start] + weight.applyAsDouble(piece);
                if (p < parts[end] || (p == parts[end] && s > score[end])) {
                    parts[end] = p;
                    score[end] = s;
                    from[end] = start;
                }
            }
        }
        if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) return List.of(word);
        List<String> result = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) result.addFirst(word.substring(from[end], end));
        return result;
    }
}
