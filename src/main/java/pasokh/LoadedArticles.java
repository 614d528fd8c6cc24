package pasokh;

import java.io.IOException;
import pasokh.article.ArticleSet;
import pasokh.article.Categories;

/** The articles as the commands that don't serve need them: read and checked, with their categories. */
public record LoadedArticles(Categories categories, ArticleSet articles) {

    /** Fails with an IOException naming the file or folder when the config or the articles folder can't be read. */
    public static LoadedArticles load(PortalPaths paths) throws IOException {
        Categories categories = Categories.load(paths.config());
        SiteSettings site = SiteSettings.load(paths.config());
        return new LoadedArticles(categories, Portal.articleStore(paths, categories, site).load());
    }
}
