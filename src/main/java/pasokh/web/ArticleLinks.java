package pasokh.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import pasokh.article.Article;
import pasokh.engagement.ReadCounter;
import pasokh.knowledge.Snapshot;

/** Article lists as pages show them: links with labels, most-read and related articles, from one snapshot. */
final class ArticleLinks {

    private final ReadCounter reads;

    ArticleLinks(ReadCounter reads) {
        this.reads = reads;
    }

    Views.ArticleLink link(Snapshot kb, Article a) {
        return new Views.ArticleLink(a.slug(), a.title(), a.summary(), a.url(), kb.categories().labelOf(a.category()),
                a.historical());
    }

    List<Views.ArticleLink> mostRead(Snapshot kb, int limit) {
        List<String> slugs = kb.articles().published().stream().map(Article::slug).toList();
        return reads.mostRead(slugs, limit).stream()
                .flatMap(slug -> kb.articles().findPublished(slug).stream())
                .map(a -> link(kb, a))
                .toList();
    }

    /** Articles the editor linked to in the body come first, then the most-read of the same category. */
    List<Views.ArticleLink> related(Snapshot kb, Article article, int limit) {
        Set<String> slugs = new LinkedHashSet<>();
        Matcher m = Article.INTERNAL_LINK.matcher(article.body());
        while (m.find()) slugs.add(m.group(1));
        List<String> sameCategory = kb.articles().published().stream()
                .filter(a -> a.category().equals(article.category()))
                .map(Article::slug)
                .toList();
        slugs.addAll(reads.mostRead(sameCategory, limit + 1));
        slugs.remove(article.slug());
        List<Views.ArticleLink> links = new ArrayList<>();
        for (String slug : slugs) {
            if (links.size() == limit) break;
            kb.articles().findPublished(slug).ifPresent(a -> links.add(link(kb, a)));
        }
        return links;
    }

    List<Views.CategoryCard> categoryCards(Snapshot kb) {
        var counts = kb.articles().publishedCountByCategory();
        return kb.categories().all().stream()
                .map(c -> new Views.CategoryCard(c.id(), c.label(), c.description(), counts.getOrDefault(c.id(), 0L),
                        Urls.category(c.id())))
                .toList();
    }
}
