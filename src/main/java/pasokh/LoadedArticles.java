package pasokh;

import java.io.IOException;
import pasokh.article.ArticleSet;
import pasokh.article.Categories;

/** The articles as the commands that don't serve need them: read and checked, with their categories. */
record LoadedArticles(Categories categories, ArticleSet articles) {

    static LoadedArticles load(PortalPaths paths) throws IOException {
        Categories categories = Categories.load(paths.config());
        return new LoadedArticles(categories, Portal.articleStore(paths, categories, SiteSettings.load(paths.config())).load());
    }
}
