package pasokh;

import java.io.IOException;
import pasokh.article.ArticleSet;
import pasokh.article.Categories;
import pasokh.knowledge.KnowledgeConfig;

/** The articles as the commands that don't serve need them: read and checked, with their categories. */
record LoadedArticles(Categories categories, ArticleSet articles) {

    static LoadedArticles load(PortalPaths paths) throws IOException {
        KnowledgeConfig config = KnowledgeConfig.load(paths.config());
        return new LoadedArticles(config.categories(), config.articleStore(paths.articles()).load());
    }
}
