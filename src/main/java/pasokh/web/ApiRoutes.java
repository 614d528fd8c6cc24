package pasokh.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import pasokh.article.Article;
import pasokh.article.MarkdownRenderer;
import pasokh.article.SmsText;
import pasokh.engagement.CheckedFeedback;
import pasokh.engagement.EngagementHealth;
import pasokh.engagement.FeedbackNotStoredException;
import pasokh.engagement.FeedbackService;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;
import pasokh.search.SearchService;
import pasokh.search.SuggestService;

/** The JSON API: thin handlers that check input, call a service and shape the answer. */
final class ApiRoutes {


    private final KnowledgeBase knowledge;
    private final SearchService search;
    private final SuggestService suggestions;
    private final FeedbackService feedback;
    private final FeedbackRateLimit feedbackLimit;
    private final EngagementHealth engagementHealth;
    private final MarkdownRenderer markdown;
    private final RequestParams params;
    private final DemandEvents demand;

    ApiRoutes(KnowledgeBase knowledge, SearchService search, SuggestService suggestions, FeedbackService feedback,
              FeedbackRateLimit feedbackLimit, EngagementHealth engagementHealth, MarkdownRenderer markdown,
              RequestParams params, DemandEvents demand) {
        this.knowledge = knowledge;
        this.search = search;
        this.suggestions = suggestions;
        this.feedback = feedback;
        this.feedbackLimit = feedbackLimit;
        this.engagementHealth = engagementHealth;
        this.markdown = markdown;
        this.params = params;
        this.demand = demand;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/search", this::search);
        routes.get("/api/suggest", this::suggest);
        routes.get("/api/articles/{slug}", this::article);
        routes.get("/api/categories", this::categories);
        routes.post("/api/feedback", this::feedback);
        routes.get("/health", this::health);
    }

    /**
     * 200 even when degraded: search and articles still answer, and a load balancer that took the server
     * out for a full feedback store would lose readers for the sake of a form. Monitoring alerts on status.
     */
    private void health(Context ctx) {
        List<String> problems = engagementHealth.problems();
        json(ctx, new ApiViews.Health(problems.isEmpty() ? "ok" : "degraded",
                knowledge.current().articles().published().size(), problems));
    }

    private void search(Context ctx) {
        SearchQuery query = params.searchQuery(ctx);
        if (query.text().isBlank()) throw new BadRequest("پارامتر q (متن جستجو) خالی است.");
        SearchResult result = search.search(query);
        demand.searched(ctx, query, result);
        List<ApiViews.Hit> hits = result.hits().stream().map(h -> new ApiViews.Hit(
                h.article().slug(), h.article().title(), h.article().category(), h.article().summary(),
                h.snippet().toHtml(), h.article().url(), h.score())).toList();
        List<ApiViews.Facet> facets = result.categoryFacets().stream()
                .map(f -> new ApiViews.Facet(f.value(), f.label(), f.count())).toList();
        json(ctx, new ApiViews.SearchResponse(query.text(), result.total(), query.page(), query.size(), hits,
                Map.of("category", facets), result.didYouMean().orElse(null), result.rewrittenQuery().orElse(null)));
    }

    private void suggest(Context ctx) {
        String q = params.typedText(ctx);
        List<ApiViews.SuggestionItem> items = suggestions.suggest(q).stream()
                .map(s -> new ApiViews.SuggestionItem(s.text(), s.slug(), s.url())).toList();
        json(ctx, new ApiViews.SuggestResponse(items));
    }

    private void article(Context ctx) {
        Snapshot kb = knowledge.current();
        Article a = kb.articles().findPublished(ctx.pathParam("slug"))
                .orElseThrow(() -> new NotFound("مقاله‌ای با این نشانی وجود ندارد."));
        json(ctx, new ApiViews.ArticleResponse(a.slug(), a.title(), a.category(), a.summary(), a.questions(), a.legal(),
                a.updated().toString(), markdown.toHtml(a.body()).html(), a.url(),
                a.number().isPresent() ? a.number().getAsInt() : null, a.keyPoints(),
                a.sms().map(sms -> SmsText.expand(sms, kb.site().publicUrl(), a.slug())).orElse(null)));
    }

    private void categories(Context ctx) {
        Snapshot kb = knowledge.current();
        var counts = kb.articles().publishedCountByCategory();
        json(ctx, kb.categories().all().stream()
                .map(c -> new ApiViews.CategoryItem(c.id(), c.label(), counts.getOrDefault(c.id(), 0L)))
                .toList());
    }

    private void feedback(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("application/json")) {
            ctx.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            json(ctx, new ApiViews.Error("بدنه درخواست باید JSON باشد (Content-Type: application/json)."));
            return;
        }
        JsonNode body;
        try {
            body = JsonBodies.mapper().readTree(ctx.body());
        } catch (JacksonException e) {
            throw new BadRequest("بدنه درخواست JSON معتبر نیست.");
        }
        if (body == null || !body.isObject()) throw new BadRequest(
                "بدنه درخواست باید یک شیء JSON باشد: {\"slug\", \"helpful\", \"comment\"}.");
        JsonNode slug = body.get("slug");
        JsonNode helpful = body.get("helpful");
        JsonNode comment = body.get("comment");
        if (slug == null || !slug.isTextual()) throw new BadRequest("فیلد slug باید متن باشد.");
        if (helpful == null || !helpful.isBoolean()) throw new BadRequest("فیلد helpful باید true یا false باشد.");
        if (comment != null && !comment.isNull() && !comment.isTextual()) throw new BadRequest(
                "فیلد comment باید متن باشد.");
        CheckedFeedback checked = feedback.check(slug.asText(), helpful.asBoolean(),
                comment == null || comment.isNull() ? null : comment.asText());
        feedbackLimit.admit(ctx);
        try {
            feedback.store(checked);
        } catch (FeedbackNotStoredException e) {
            feedbackLimit.giveBack(ctx);
            throw e;
        }
        if (!checked.helpful()) {
            knowledge.current().articles().findPublished(checked.slug())
                    .ifPresent(a -> demand.notHelpful(a, checked.comment()));
        }
        ctx.status(HttpStatus.CREATED);
        json(ctx, new ApiViews.FeedbackAccepted("ok"));
    }

    static void json(Context ctx, Object value) {
        JsonBodies.write(ctx, value);
    }
}
