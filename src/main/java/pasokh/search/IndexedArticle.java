package pasokh.search;

import java.util.ArrayList;
import java.util.List;
import pasokh.article.Article;
import pasokh.article.MarkdownRenderer;

/**
 * A published article with the plain text of its body, as it is indexed: the Markdown is rendered once, when
 * the article is read, and the same text serves the index, the vocabulary and the snippets.
 */
public record IndexedArticle(Article article, String plainBody, String digest) {

    /** {@code digest} fingerprints the article's content once, so a change elsewhere never hashes it again. */
    public static IndexedArticle of(Article article, MarkdownRenderer markdown) {
        return new IndexedArticle(article, markdown.toPlainText(article.body()),
                Fingerprint.digestOf(article.toString()));
    }

    public String slug() {
        return article.slug();
    }

    /** Every searchable text of the article, exactly the fields the index holds. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(article.questions().size() + 3);
        texts.add(article.title());
        texts.addAll(article.questions());
        texts.add(article.summary());
        texts.add(plainBody);
        return texts;
    }

    /** The texts of many articles, for building the vocabulary. */
    public static List<String> textsOf(List<IndexedArticle> articles) {
        List<String> texts = new ArrayList<>();
        for (IndexedArticle a : articles) texts.addAll(a.texts());
        return texts;
    }
}
