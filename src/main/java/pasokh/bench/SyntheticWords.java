package pasokh.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Plausible Persian words that no dictionary needs to hold: prefix + stem + suffix, and for rarer ones
 * a second stem (نابیمارگاه, همکارستان, بازسازنده). Words are numbered and drawn with a heavy-tailed
 * (Pareto) rank, as word frequencies are in real text: low numbers come back again and again, while
 * every new article still brings a few never seen before. The number of distinct words then grows as a
 * power of the text's length (Heaps' law), the way a real knowledge base's vocabulary grows.
 */
final class SyntheticWords {

    /**
     * Heaps' exponent: distinct words grow as (draws)^ALPHA. A real base went from ~2,200 words at 68
     * articles to ~36,000 at 6,800, an exponent of about 0.6 over all words; the synthetic part grows a
     * little faster, since recombined paragraphs bring no new words at all.
     */
    static final double ALPHA = 0.7;

    /**
     * Ranks are scaled so the first few thousand words are about equally common (the everyday words of a
     * domain), and rarer ones thin out beyond them. With ALPHA and about 25 drawn words an article, the
     * distinct words of the whole base grow about 16-fold from 68 to 6,800 articles, as the real one did.
     */
    static final double SCALE = 3000;

    private final List<String> prefixes;
    private final List<String> stems;
    private final List<String> suffixes;
    private final long capacity;

    SyntheticWords(SyntheticLexicon lexicon) {
        this.prefixes = lexicon.prefixes();
        this.stems = lexicon.stems();
        this.suffixes = lexicon.suffixes();
        this.capacity = (long) prefixes.size() * stems.size() * suffixes.size() * (stems.size() + 1);
    }

    /** A word drawn by its heavy-tailed rank. */
    String draw(SplittableRandom random) {
        double u = 1 - random.nextDouble(); // in (0, 1]
        double rank = SCALE * (Math.pow(u, -1 / ALPHA) - 1);
        return word(rank >= capacity ? (long) (rank % capacity) : (long) rank);
    }

    /**
     * Word number {@code n}: the stem varies fastest, then the suffix, then the prefix; numbers beyond all
     * single-stem words add a second stem.
     */
    String word(long n) {
        long rest = n;
        String stem = stems.get((int) (rest % stems.size()));
        rest /= stems.size();
        String suffix = suffixes.get((int) (rest % suffixes.size()));
        rest /= suffixes.size();
        String prefix = prefixes.get((int) (rest % prefixes.size()));
        rest /= prefixes.size();
        int second = (int) (rest % (stems.size() + 1));
        String compound = second == 0 ? "" : stems.get(second - 1);
        return prefix + stem + compound + suffix;
    }
}
