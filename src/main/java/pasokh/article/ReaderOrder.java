package pasokh.article;

import java.text.CollationKey;
import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order readers find a category's articles in: the editor's {@code order} first (lower first), then the
 * rest by title in Persian alphabetical order; historical articles come last, in the same order among
 * themselves. The slug only breaks a tie between identical titles, so a list never shuffles between two
 * snapshots; it never decides the order, being a latin name readers never see.
 */
final class ReaderOrder {

    private ReaderOrder() {}

    /**
     * The JDK has no collation for Persian: {@code Collator.getInstance(fa)} is the root one, which sorts by code
     * point, so the letters Arabic lacks (پ چ ژ گ, and ک ی) land after ی and ه before و. The alphabet is
     * spelled out here; Arabic ي and ك sort as the Persian letters, hamza forms beside their carrier.
     */
    private static final String PERSIAN_ALPHABET = "< ء < آ < ا , أ , إ < ب < پ < ت < ث < ج < چ < ح < خ < د < ذ"
            + " < ر < ز < ژ < س < ش < ص < ض < ط < ظ < ع < غ < ف < ق < ک , ك < گ < ل < م < ن < و , ؤ < ه , ۀ , ة"
            + " < ی , ي , ئ";

    private static final RuleBasedCollator PERSIAN = persianCollator();

    private static RuleBasedCollator persianCollator() {
        String root = ((RuleBasedCollator) Collator.getInstance(Locale.ROOT)).getRules();
        try {
            return new RuleBasedCollator(root + PERSIAN_ALPHABET);
        } catch (ParseException e) {
            throw new IllegalStateException("the Persian collation rules do not parse", e);
        }
    }

    /** A collator of its own for each caller: RuleBasedCollator serialises every comparison on one instance. */
    static Collator persian() {
        return (Collator) PERSIAN.clone();
    }

    static List<Article> sort(List<Article> articles) {
        Collator collator = persian();
        Map<Article, CollationKey> titles = new IdentityHashMap<>();
        for (Article a : articles) titles.put(a, collator.getCollationKey(a.title()));
        Comparator<Article> order = Comparator.comparing(Article::historical)
                .thenComparing(a -> a.order().isEmpty())
                .thenComparingInt(a -> a.order().orElse(0))
                .thenComparing(titles::get)
                .thenComparing(Article::slug);
        return articles.stream().sorted(order).toList();
    }
}
