package pasokh.article;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The articles read from the folder at one moment, with every problem found while reading them. */
public final class ArticleSet {

    private final Map<String, Article> bySlug = new LinkedHashMap<>();
    private final List<Problem> problems;
    private final Map<String, List<Article>> readerOrder = new ConcurrentHashMap<>();

    public ArticleSet(List<Article> articles, List<Problem> problems) {
        articles.stream()
                .sorted(Comparator.comparing(Article::category).thenComparing(Article::slug))
                .forEach(a -> bySlug.put(a.slug(), a));
        this.problems = List.copyOf(problems);
    }

    /** Every readable article, drafts included. */
    public List<Article> all() {
        return List.copyOf(bySlug.values());
    }

    /** What citizens may see. */
    public List<Article> published() {
        return bySlug.values().stream().filter(Article::isPublished).toList();
    }

    /**
     * A category's published articles in the order readers find them: the editor's {@code order} first, then
     * by Persian title, historical articles last (see {@link ReaderOrder}). Sorted once per category and set.
     */
    public List<Article> publishedIn(String category) {
        if (category == null) return List.of();
        return readerOrder.computeIfAbsent(category, c -> ReaderOrder.sort(
                bySlug.values().stream().filter(a -> a.isPublished() && a.category().equals(c)).toList()));
    }

    public Optional<Article> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    public Optional<Article> findPublished(String slug) {
        return find(slug).filter(Article::isPublished);
    }

    /** What {@code check} would say about the questions of {@code candidate} if it replaced its namesake here. */
    public List<Problem> questionClashes(Article candidate) {
        return ArticleSetChecks.questionClashes(candidate, all());
    }

    /** The other article that already has {@code candidate}'s number, if one does (drafts included). */
    public Optional<Article> numberOwner(Article candidate) {
        return ArticleSetChecks.numberOwner(candidate, all());
    }

    public List<Problem> problems() {
        return problems;
    }

    public Map<String, Long> publishedCountByCategory() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Article a : published()) counts.merge(a.category(), 1L, Long::sum);
        return counts;
    }
}
