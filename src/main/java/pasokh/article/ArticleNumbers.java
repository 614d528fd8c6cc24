package pasokh.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The published articles by their answer number, for «پاسخ شمارهٔ ۲۳۴» said on the phone: the short address
 * {@code /a/234} and a search for the number. Built once with each snapshot; should two articles share a number
 * ({@code check} reports it), the first in folder order keeps it, so the answer does not flip between builds.
 */
public final class ArticleNumbers {

    public static final ArticleNumbers NONE = new ArticleNumbers(Map.of());

    private final Map<Integer, String> slugs;

    private ArticleNumbers(Map<Integer, String> slugs) {
        this.slugs = Map.copyOf(slugs);
    }

    /** {@code published} in folder order (category, then slug), as {@link ArticleSet#published()} gives them. */
    public static ArticleNumbers of(Collection<Article> published) {
        Map<Integer, String> slugs = new HashMap<>();
        for (Article a : published) {
            if (a.isPublished() && a.number().isPresent()) slugs.putIfAbsent(a.number().getAsInt(), a.slug());
        }
        return new ArticleNumbers(slugs);
    }

    /** The slug of the published article with this number. */
    public Optional<String> slugOf(int number) {
        return Optional.ofNullable(slugs.get(number));
    }

    /**
     * Digits alone (Latin, Persian ۰-۹ or Arabic-Indic ٠-٩) read as an answer number from 1 to
     * {@link Article#MAX_NUMBER}; empty for anything else, a slug included.
     */
    public static OptionalInt parse(String digits) {
        return digits == null ? OptionalInt.empty() : Fields.wholeNumber(digits, Article.MAX_NUMBER);
    }
}
