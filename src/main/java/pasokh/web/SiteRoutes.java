package pasokh.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pasokh.Portal;
import pasokh.article.Article;
import pasokh.article.Category;
import pasokh.article.SmsText;
import pasokh.engagement.InvalidFeedbackException;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;

/** The citizens' site: home, search results, articles, categories and the feedback form. */
final class SiteRoutes {

    private static final int MOST_READ = 6;
    private static final int RELATED = 5;

    private final Portal portal;
    private final Templates templates;
    private final RequestParams params;
    private final ArticleLinks links;

    SiteRoutes(Portal portal, Templates templates, RequestParams params) {
        this.portal = portal;
        this.templates = templates;
        this.params = params;
        this.links = new ArticleLinks(portal);
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/search", this::search);
        routes.get("/articles/{slug}", this::article);
        routes.get("/a/{slug}", ctx -> ctx.redirect(Article.urlOf(publishedArticle(ctx).slug()), HttpStatus.MOVED_PERMANENTLY));
        routes.get("/categories/{id}", this::category);
        routes.post("/feedback", this::feedback);
    }

    private void home(Context ctx) {
        templates.render(ctx, "home.jte", new Views.HomePage(links.categoryCards(), links.mostRead(MOST_READ),
                portal.articles().published().size()));
    }

    private void search(Context ctx) {
        SearchQuery query = params.searchQuery(ctx);
        if (query.text().isBlank()) {
            ctx.redirect("/");
            return;
        }
        SearchResult result = portal.search().search(query);
        templates.render(ctx, "search.jte", searchPage(query, result));
    }

    private Views.SearchPage searchPage(SearchQuery query, SearchResult result) {
        Optional<String> label = query.category().map(c -> portal.categories().labelOf(c));
        List<Views.FacetLink> facets = result.categoryFacets().stream()
                .map(f -> new Views.FacetLink(f.label(), f.count(), Urls.search(query.text(), Optional.of(f.value()), 1, query.asTyped()),
                        query.category().filter(f.value()::equals).isPresent()))
                .toList();
        boolean asTyped = query.asTyped();
        List<Views.PageLink> pages = new ArrayList<>();
        int first = Math.max(1, query.page() - 4);
        int last = Math.min(result.pageCount(), first + 8);
        for (int n = first; n <= last; n++) {
            pages.add(new Views.PageLink(n, Urls.search(query.text(), query.category(), n, asTyped), n == query.page()));
        }
        Optional<String> previous = query.page() > 1
                ? Optional.of(Urls.search(query.text(), query.category(), query.page() - 1, asTyped)) : Optional.empty();
        Optional<String> next = result.hasNextPage()
                ? Optional.of(Urls.search(query.text(), query.category(), query.page() + 1, asTyped)) : Optional.empty();
        return new Views.SearchPage(query.text(), label, result, facets, Urls.search(query.text(), Optional.empty(), 1, asTyped),
                pages, previous, next, links.categoryCards(),
                result.rewrittenQuery(), Urls.search(query.text(), query.category(), 1, true),
                result.didYouMean(), result.didYouMean().map(d -> Urls.search(d, query.category(), 1)).orElse(""));
    }

    private void article(Context ctx) {
        Article article = publishedArticle(ctx);
        portal.reads().recordRead(article.slug());
        boolean thanks = "thanks".equals(RequestParams.param(ctx, "feedback").orElse(""));
        renderArticle(ctx, article, thanks ? Views.FeedbackState.THANKS : Views.FeedbackState.ASK, null);
    }

    private void renderArticle(Context ctx, Article article, Views.FeedbackState state, String feedbackError) {
        templates.render(ctx, "article.jte", new Views.ArticlePage(
                article,
                portal.categories().labelOf(article.category()),
                Urls.category(article.category()),
                Views.trusted(portal.markdown().toHtml(article.body())),
                Fa.date(article.updated()),
                links.related(article, RELATED),
                state,
                feedbackError,
                article.sms().map(sms -> SmsText.expand(sms, portal.site().publicUrl(), article.slug()))));
    }

    private void category(Context ctx) {
        Category category = portal.categories().find(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("دسته‌ای با این نشانی وجود ندارد."));
        List<Views.ArticleLink> articles = portal.articles().published().stream()
                .filter(a -> a.category().equals(category.id()))
                .map(links::link)
                .toList();
        Views.CategoryCard card = new Views.CategoryCard(category.id(), category.label(), category.description(),
                articles.size(), Urls.category(category.id()));
        templates.render(ctx, "category.jte", new Views.CategoryPage(card, articles));
    }

    private void feedback(Context ctx) {
        String slug = ctx.formParam("slug");
        Article article = portal.articles().findPublished(slug)
                .orElseThrow(() -> new BadRequest("مقاله‌ای که برایش نظر فرستادید پیدا نشد."));
        String answer = ctx.formParam("helpful");
        Boolean helpful = "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
        try {
            portal.feedback().submit(article.slug(), helpful, ctx.formParam("comment"));
        } catch (InvalidFeedbackException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderArticle(ctx, article, Views.FeedbackState.ASK, e.getMessage());
            return;
        }
        ctx.redirect(article.url() + "?feedback=thanks#feedback", HttpStatus.SEE_OTHER);
    }

    private Article publishedArticle(Context ctx) {
        return portal.articles().findPublished(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFound("پرسشی با این نشانی پیدا نشد؛ شاید نشانی اشتباه تایپ شده یا مطلب جابه‌جا شده باشد."));
    }
}
