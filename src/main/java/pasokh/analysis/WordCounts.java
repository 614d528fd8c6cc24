package pasokh.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * How often each word occurs in the articles, as the vocabulary sees words (folded, spoken forms written
 * out): what the {@link Lexicon} is derived from. Counts can be moved by one article's texts, so a changed
 * article updates the vocabulary without reading the other thousands again.
 */
public final class WordCounts {

    private final Map<String, Integer> counts;

    private WordCounts(Map<String, Integer> counts) {
        this.counts = counts;
    }

    public static WordCounts empty() {
        return new WordCounts(Map.of());
    }

    /** Counts the words of {@code texts} as {@code vocabulary} (the chain's vocabulary analyzer) reads them. */
    static WordCounts of(Analyzer vocabulary, Iterable<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            for (String word : Lexicon.tokens(vocabulary, text)) counts.merge(word, 1, Integer::sum);
        }
        return new WordCounts(counts);
    }

    /** These counts with {@code removed} taken away and {@code added} put in; words that reach zero go. */
    public WordCounts change(WordCounts removed, WordCounts added) {
        Map<String, Integer> next = new HashMap<>(counts);
        removed.counts.forEach((word, n) -> next.computeIfPresent(word, (w, old) -> old > n ? old - n : null));
        added.counts.forEach((word, n) -> next.merge(word, n, Integer::sum));
        return new WordCounts(next);
    }

    public int count(String word) {
        return counts.getOrDefault(word, 0);
    }

    public int size() {
        return counts.size();
    }

    Map<String, Integer> asMap() {
        return counts;
    }

    /** The words that occur, in no particular order. */
    List<String> words() {
        return List.copyOf(counts.keySet());
    }
}
