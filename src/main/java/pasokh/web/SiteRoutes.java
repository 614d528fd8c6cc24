package pasokh.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import pasokh.article.Article;
import pasokh.article.ArticleNumbers;
import pasokh.article.Category;
import pasokh.article.MarkdownRenderer;
import pasokh.article.SmsText;
import pasokh.engagement.CheckedFeedback;
import pasokh.engagement.FeedbackNotStoredException;
import pasokh.engagement.FeedbackService;
import pasokh.engagement.InvalidFeedbackException;
import pasokh.engagement.ReadCounter;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;
import pasokh.search.SearchService;

/** The citizens' site: home, search results, articles, categories and the feedback form. */
final class SiteRoutes {

    private static final int MOST_READ = 6;
    private static final int RELATED = 5;

    private final KnowledgeBase knowledge;
    private final SearchService search;
    private final FeedbackService feedback;
    private final ReadCounter reads;
    private final MarkdownRenderer markdown;
    private final Templates templates;
    private final RequestParams params;
    private final ArticleLinks links;
    private final FeedbackRateLimit feedbackLimit;
    private final Clock clock;
    private final DemandEvents demand;

    SiteRoutes(KnowledgeBase knowledge, SearchService search, FeedbackService feedback, FeedbackRateLimit feedbackLimit,
               ReadCounter reads, MarkdownRenderer markdown, Templates templates, RequestParams params, Clock clock,
               DemandEvents demand) {
        this.knowledge = knowledge;
        this.search = search;
        this.feedback = feedback;
        this.feedbackLimit = feedbackLimit;
        this.clock = clock;
        this.reads = reads;
        this.markdown = markdown;
        this.templates = templates;
        this.params = params;
        this.links = new ArticleLinks(reads);
        this.demand = demand;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/search", this::search);
        routes.get("/articles/{slug}", this::article);
        routes.get("/a/{slug}", this::shortAddress);
        routes.get("/categories/{id}", this::category);
        routes.post("/feedback", this::feedback);
        // browsers ask for /favicon.ico by themselves (bookmarks, tabs of JSON answers); the icon is one SVG
        routes.get("/favicon.ico", ctx -> ctx.redirect("/static/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
    }

    private void home(Context ctx) {
        Snapshot kb = knowledge.current();
        templates.render(ctx, "home.jte", new Views.HomePage(links.categoryCards(kb), links.mostRead(kb, MOST_READ),
                kb.articles().published().size()));
    }

    private void search(Context ctx) {
        SearchQuery query = params.searchQuery(ctx);
        if (query.text().isBlank()) {
            ctx.redirect("/");
            return;
        }
        SearchResult result = search.search(query);
        demand.searched(ctx, query, result);
        templates.render(ctx, "search.jte", searchPage(knowledge.current(), query, result));
    }

    private Views.SearchPage searchPage(Snapshot kb, SearchQuery query, SearchResult result) {
        Optional<String> label = query.category().map(c -> kb.categories().labelOf(c));
        boolean asTyped = query.asTyped();
        List<Views.FacetLink> facets = result.categoryFacets().stream()
                .map(f -> new Views.FacetLink(f.label(), f.count(),
                        Urls.search(query.text(), Optional.of(f.value()), 1, asTyped),
                        query.category().filter(f.value()::equals).isPresent()))
                .toList();
        List<Views.PageLink> pages = new ArrayList<>();
        int first = Math.max(1, Math.min(query.page(), result.pageCount()) - 4);
        int last = Math.min(result.pageCount(), first + 8);
        for (int n = first; n <= last; n++) {
            pages.add(new Views.PageLink(n, Urls.search(query.text(), query.category(), n, asTyped),
                    n == query.page()));
        }
        Optional<String> previous = query.page() > 1 && query.page() <= result.pageCount()
                ? Optional.of(Urls.search(query.text(), query.category(), query.page() - 1, asTyped))
                : Optional.empty();
        Optional<String> next = result.hasNextPage()
                ? Optional.of(Urls.search(query.text(), query.category(), query.page() + 1, asTyped))
                : Optional.empty();
        List<Views.ResultItem> items = result.hits().stream().map(hit -> resultItem(kb, hit)).toList();
        return new Views.SearchPage(query.text(), label, result, items, facets,
                Urls.search(query.text(), Optional.empty(), 1, asTyped),
                pages, Urls.search(query.text(), query.category(), 1, asTyped), previous, next, links.categoryCards(kb),
                result.rewrittenQuery(), Urls.search(query.text(), query.category(), 1, true),
                result.didYouMean(), result.didYouMean().map(d -> Urls.search(d, query.category(), 1)).orElse(""));
    }

    private static Views.ResultItem resultItem(Snapshot kb, SearchResult.Hit hit) {
        Article a = hit.article();
        return new Views.ResultItem(a.title(), a.url(), kb.categories().labelOf(a.category()), a.summary(),
                SupportingText.of(hit.snippet(), a.summary()), a.historical());
    }

    private void article(Context ctx) {
        Snapshot kb = knowledge.current();
        Article article = publishedArticle(kb, ctx);
        reads.recordRead(article.slug(), ctx.ip());
        demand.opened(ctx, article);
        boolean thanks = "thanks".equals(RequestParams.param(ctx, "feedback").orElse(""));
        renderArticle(ctx, kb, article, thanks ? Views.FeedbackState.THANKS : Views.FeedbackState.ASK, null);
    }

    private void renderArticle(Context ctx, Snapshot kb, Article article, Views.FeedbackState state,
            String feedbackError) {
        templates.render(ctx, "article.jte", new Views.ArticlePage(
                article,
                kb.categories().labelOf(article.category()),
                Urls.category(article.category()),
                Views.trusted(markdown.toHtml(article.body())),
                Fa.date(article.updated()),
                links.related(kb, article, RELATED),
                state,
                feedbackError,
                article.sms().map(sms -> SmsText.expand(sms, kb.site().publicUrl(), article.slug()))));
    }

    /**
     * {@code /a/<slug>} from SMS texts, and {@code /a/234} (or {@code /a/۲۳۴}) for the answer number a caller
     * was told. A number's answer is a 302: a browser keeps a 301 for good, and the article may be withdrawn.
     */
    private void shortAddress(Context ctx) {
        Snapshot kb = knowledge.current();
        Optional<Article> numbered = Optional.of(ArticleNumbers.parse(ctx.pathParam("slug")))
                .filter(OptionalInt::isPresent)
                .flatMap(n -> kb.numbers().slugOf(n.getAsInt()))
                .flatMap(kb.articles()::findPublished);
        if (numbered.isPresent()) {
            ctx.redirect(numbered.get().url(), HttpStatus.FOUND);
        } else {
            ctx.redirect(publishedArticle(kb, ctx).url(), HttpStatus.MOVED_PERMANENTLY);
        }
    }

    private void category(Context ctx) {
        Snapshot kb = knowledge.current();
        Category category = kb.categories().find(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFound("دسته‌ای با این نشانی وجود ندارد."));
        // the editors' order, then by title, ended measures last
        List<Views.ArticleLink> articles = kb.articles().publishedIn(category.id()).stream()
                .map(a -> links.link(kb, a))
                .toList();
        Views.CategoryCard card = new Views.CategoryCard(category.id(), category.label(), category.description(),
                articles.size(), Urls.category(category.id()));
        templates.render(ctx, "category.jte", new Views.CategoryPage(card, articles));
    }

    private void feedback(Context ctx) {
        String slug = ctx.formParam("slug");
        Snapshot kb = knowledge.current();
        Article article = kb.articles().findPublished(slug)
                .orElseThrow(() -> new BadRequest("مقاله‌ای که برایش نظر فرستادید پیدا نشد."));
        String answer = ctx.formParam("helpful");
        Boolean helpful = "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
        CheckedFeedback checked;
        try {
            checked = feedback.check(article.slug(), helpful, ctx.formParam("comment"));
        } catch (InvalidFeedbackException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            renderArticle(ctx, kb, article, Views.FeedbackState.ASK, e.getMessage());
            return;
        }
        try {
            feedbackLimit.admit(ctx);
        } catch (FeedbackRateLimit.Exceeded e) {
            retryLater(ctx, article, checked, FeedbackRefusal.of(e, clock));
            return;
        }
        try {
            feedback.store(checked);
        } catch (FeedbackNotStoredException e) {
            feedbackLimit.giveBack(ctx);
            retryLater(ctx, article, checked, FeedbackRefusal.of(e, clock));
            return;
        }
        if (!checked.helpful()) demand.notHelpful(article, checked.comment());
        ctx.redirect(article.url() + "?feedback=thanks#feedback", HttpStatus.SEE_OTHER);
    }

    /** Not a bare error page: the reader keeps what they wrote and a way back to the article. */
    private void retryLater(Context ctx, Article article, CheckedFeedback checked, FeedbackRefusal refusal) {
        ctx.status(HttpStatus.forStatus(refusal.status()));
        RetryAfter.header(ctx, refusal.retryAfter());
        templates.render(ctx, "feedbackRetry.jte", new Views.FeedbackRetryPage(FeedbackRefusal.TITLE, refusal.message(),
                article.title(), article.url(), article.slug(), checked.helpful(), checked.comment()));
    }

    private static Article publishedArticle(Snapshot kb, Context ctx) {
        return kb.articles().findPublished(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFound(
                        "پرسشی با این نشانی پیدا نشد؛ شاید نشانی اشتباه تایپ شده یا مطلب جابه‌جا شده باشد."));
    }
}
