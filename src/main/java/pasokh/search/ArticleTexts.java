package pasokh.search;

import java.util.ArrayList;
import java.util.List;
import pasokh.article.Article;
import pasokh.article.MarkdownRenderer;

/** The searchable text of articles, exactly the fields the index holds: the corpus analysis learns from. */
public final class ArticleTexts {

    private ArticleTexts() {}

    public static List<String> of(List<Article> articles, MarkdownRenderer markdown) {
        List<String> texts = new ArrayList<>();
        for (Article a : articles) {
            texts.add(a.title());
            texts.addAll(a.questions());
            texts.add(a.summary());
            texts.add(markdown.toPlainText(a.body()));
        }
        return texts;
    }
}
