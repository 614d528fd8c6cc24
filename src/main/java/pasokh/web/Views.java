package pasokh.web;

import gg.jte.Content;
import java.util.List;
import java.util.Optional;
import pasokh.article.Article;
import pasokh.article.SafeHtml;
import pasokh.search.SearchResult;
import pasokh.search.Snippet;

/** The data each page template shows; built by the route classes, never holding services. */
public final class Views {

    private Views() {}

    /** @param historical about a measure that has ended: listed last, with a label */
    public record ArticleLink(String slug, String title, String summary, String url, String categoryLabel,
                              boolean historical) {}

    public record CategoryCard(String id, String label, String description, long count, String url) {}

    public record PageLink(int number, String url, boolean current) {}

    public record HomePage(List<CategoryCard> categories, List<ArticleLink> mostRead, long articleCount) {}

    public record CategoryPage(CategoryCard category, List<ArticleLink> articles) {}

    /**
     * One search result, answer first: the title, its category, the article's summary (the answer itself), and
     * the highlighted passage only where it says something the summary does not.
     */
    public record ResultItem(String title, String url, String categoryLabel, String summary,
                             Optional<Snippet> supporting, boolean historical) {}

    public record SearchPage(
            String query,
            Optional<String> categoryLabel,
            SearchResult result,
            List<ResultItem> items,
            List<FacetLink> facets,
            String allCategoriesUrl,
            List<PageLink> pages,
            String firstPageUrl,
            Optional<String> previousUrl,
            Optional<String> nextUrl,
            List<CategoryCard> categories,
            Optional<String> rewrittenQuery,
            String asTypedUrl,
            Optional<String> didYouMean,
            String didYouMeanUrl) {

        /** Asked for a page past the last one (an old link, a hand-edited address): say so, link to page 1. */
        public boolean pastLastPage() {
            return result.total() > 0 && result.hits().isEmpty();
        }
    }

    public record FacetLink(String label, long count, String url, boolean selected) {}

    public record ArticlePage(
            Article article,
            String categoryLabel,
            String categoryUrl,
            Content html,
            String updated,
            List<ArticleLink> related,
            FeedbackState feedback,
            String feedbackError,
            Optional<String> sms) {

        /** «پاسخ شمارهٔ ۲۳۴», digits as typed (no thousands mark), or null for an article without a number. */
        public String answerNumber() {
            return article.number().isPresent()
                    ? "پاسخ شمارهٔ " + Fa.digits(String.valueOf(article.number().getAsInt())) : null;
        }
    }

    public enum FeedbackState { ASK, THANKS }

    /** An answer not stored for now (429 or 503): why and when to retry, and the form as the reader filled it. */
    public record FeedbackRetryPage(String title, String message, String articleTitle, String articleUrl,
                                    String slug, boolean helpful, String comment) {}

    public record ErrorPage(int status, String title, String message, String query) {}

    /** Lets a template print renderer-made HTML; {@link SafeHtml} can only come from the Markdown renderer. */
    static Content trusted(SafeHtml html) {
        return output -> output.writeContent(html.html());
    }
}
