package pasokh.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pasokh.PortalPaths;
import pasokh.article.Article;
import pasokh.article.ArticleSet;
import pasokh.article.MarkdownRenderer;
import pasokh.search.Evaluator;
import pasokh.search.Judgments;

/**
 * Relevance of the knowledge base in these folders on a judgments file: what `eval` prints and the floors test checks.
 */
public final class Evaluation {

    private Evaluation() {}

    /**
     * Fails with an IOException naming the file when the config, the articles folder or the judgments cannot be read.
     */
    public static Evaluator.Report of(PortalPaths paths, Path judgmentsFile) throws IOException {
        KnowledgeConfig config = KnowledgeConfig.load(paths.config());
        ArticleSet articles = config.articleStore(paths.articles()).load();
        Set<String> slugs = articles.published().stream().map(Article::slug).collect(Collectors.toSet());
        List<Judgments.Judgment> judgments = Judgments.read(judgmentsFile, slugs);
        return Evaluator.compare(articles, config.categories(), config.ranking(), config.wordLists(),
                new MarkdownRenderer(), judgments);
    }
}
