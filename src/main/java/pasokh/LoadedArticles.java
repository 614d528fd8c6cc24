package pasokh;

import java.io.IOException;
import pasokh.article.ArticleSet;
import pasokh.article.Categories;
import pasokh.knowledge.KnowledgeConfig;

/** The articles as the commands that don't serve need them: read and checked, with their categories. */
public record LoadedArticles(Categories categories, ArticleSet articles) {

    /** Fails with an IOException naming the file or folder when the config or the articles folder can't be read. */
    public static LoadedArticles load(PortalPaths paths) throws IOException {
        KnowledgeConfig config = KnowledgeConfig.load(paths.config());
        return new LoadedArticles(config.categories(), config.articleStore(paths.articles()).load());
    }
}
