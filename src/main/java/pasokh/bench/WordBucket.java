package pasokh.bench;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How long a query is, in words: short keyword searches and long pasted questions cost differently
 * (more clauses, more word pairs), so search time is reported per bucket as well as overall.
 */
public enum WordBucket {
    ONE_TO_TWO("1-2", 2),
    THREE_TO_FIVE("3-5", 5),
    SIX_TO_NINE("6-9", 9),
    TEN_OR_MORE("10+", Integer.MAX_VALUE);

    /** Unicode white space, so a no-break space separates words too; the zero-width non-joiner does not. */
    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private final String label;
    private final int maxWords;

    WordBucket(String label, int maxWords) {
        this.label = label;
        this.maxWords = maxWords;
    }

    /** As the README and the table write it: {@code 1-2}, {@code 10+}. */
    public String label() {
        return label;
    }

    public static WordBucket of(String query) {
        int words = words(query);
        for (WordBucket bucket : values()) {
            if (words <= bucket.maxWords) return bucket;
        }
        throw new AssertionError("the last bucket has no upper bound");
    }

    /** An unmodifiable copy in bucket order; works for any map, where EnumMap's own copy refuses an empty one. */
    static <V> Map<WordBucket, V> copyOf(Map<WordBucket, V> map) {
        Map<WordBucket, V> copy = new EnumMap<>(WordBucket.class);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    /** Words split on white space; an empty or blank text has none (and falls in the first bucket). */
    static int words(String query) {
        String text = WHITE_SPACE.matcher(query).replaceAll(" ").strip();
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}
