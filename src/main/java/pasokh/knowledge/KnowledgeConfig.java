package pasokh.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import pasokh.SiteSettings;
import pasokh.analysis.WordLists;
import pasokh.article.ArticleParser;
import pasokh.article.ArticleStore;
import pasokh.article.Categories;
import pasokh.article.RequiredTopics;
import pasokh.search.RankingConfig;

/**
 * Everything index-config/ sets, read together: a snapshot is built from one consistent reading, and a
 * broken file (a wrong value names its file and key) leaves the previous reading in force.
 */
public record KnowledgeConfig(Path folder, Categories categories, SiteSettings site, RankingConfig ranking,
                              WordLists wordLists, RequiredTopics requiredTopics) {

    public static KnowledgeConfig load(Path folder) throws IOException {
        return new KnowledgeConfig(folder, Categories.load(folder), SiteSettings.load(folder),
                RankingConfig.load(folder), WordLists.load(folder), RequiredTopics.load(folder));
    }

    /** The articles folder read with these rules: categories, the SMS address, the required topics. */
    public ArticleStore articleStore(Path articles) {
        return new ArticleStore(articles, new ArticleParser(categories, site.publicUrl()), requiredTopics);
    }
}
