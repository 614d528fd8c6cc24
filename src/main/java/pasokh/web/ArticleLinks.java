package pasokh.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import pasokh.Portal;
import pasokh.article.Article;

/** Article lists as pages show them: links with labels, most-read and related articles. */
final class ArticleLinks {

    private final Portal portal;

    ArticleLinks(Portal portal) {
        this.portal = portal;
    }

    Views.ArticleLink link(Article a) {
        return new Views.ArticleLink(a.slug(), a.title(), a.summary(), a.url(), portal.categories().labelOf(a.category()));
    }

    List<Views.ArticleLink> mostRead(int limit) {
        List<String> slugs = portal.articles().published().stream().map(Article::slug).toList();
        return portal.reads().mostRead(slugs, limit).stream()
                .flatMap(slug -> portal.articles().findPublished(slug).stream())
                .map(this::link)
                .toList();
    }

    /** Articles the editor linked to in the body come first, then the most-read of the same category. */
    List<Views.ArticleLink> related(Article article, int limit) {
        Set<String> slugs = new LinkedHashSet<>();
        Matcher m = Article.INTERNAL_LINK.matcher(article.body());
        while (m.find()) slugs.add(m.group(1));
        List<String> sameCategory = portal.articles().published().stream()
                .filter(a -> a.category().equals(article.category()))
                .map(Article::slug)
                .toList();
        slugs.addAll(portal.reads().mostRead(sameCategory, limit + 1));
        slugs.remove(article.slug());
        List<Views.ArticleLink> links = new ArrayList<>();
        for (String slug : slugs) {
            if (links.size() == limit) break;
            portal.articles().findPublished(slug).ifPresent(a -> links.add(link(a)));
        }
        return links;
    }

    List<Views.CategoryCard> categoryCards() {
        var counts = portal.articles().publishedCountByCategory();
        return portal.categories().all().stream()
                .map(c -> new Views.CategoryCard(c.id(), c.label(), c.description(), counts.getOrDefault(c.id(), 0L), Urls.category(c.id())))
                .toList();
    }
}
