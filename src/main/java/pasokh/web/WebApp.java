package pasokh.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.Portal;
import pasokh.account.InvalidAccountException;
import pasokh.editor.EditorException;
import pasokh.engagement.FeedbackNotStoredException;
import pasokh.engagement.InvalidFeedbackException;
import pasokh.knowledge.KnowledgeBase;
import pasokh.search.SearchUnavailableException;

/** Builds the Javalin application over a started {@link Portal}; tests start it on a random port. */
public final class WebApp {

    private static final Logger log = LoggerFactory.getLogger(WebApp.class);
    /**
     * An article's form, percent-encoded Persian (six bytes a letter), is the largest body: the editor's routes
     * take up to this much; every other route RequestBodies holds to {@link RequestBodies#MAX_PUBLIC_BYTES}.
     */
    private static final long MAX_REQUEST_BYTES = RequestBodies.MAX_EDITOR_BYTES;
    /**
     * Over-long queries must reach our own length check (200 characters) and get a clear Persian 400: with
     * Jetty's default 8 KB a pasted 10,000-character Persian text, percent-encoded, got a bare 414.
     */
    private static final int MAX_REQUEST_HEADER_BYTES = 128 * 1024;
    /** Marks a response whose error page is already written, so the 404 fallback leaves it alone. */
    private static final String RENDERED = "pasokh.error-rendered";

    private WebApp() {}

    public static Javalin create(Portal portal) {
        return create(portal, FrontDoor.Limits.DEFAULT);
    }

    /** With other limits than the defaults: tests shorten the deadlines so they need not wait for them. */
    static Javalin create(Portal portal, FrontDoor.Limits limits) {
        Templates templates = new Templates();
        KnowledgeBase knowledge = portal.knowledge();
        RequestParams params = new RequestParams(knowledge::current);
        Clock clock = portal.clock();
        FeedbackRateLimit feedbackLimit = new FeedbackRateLimit(clock);
        DemandEvents demand = new DemandEvents(portal.demand());
        SiteRoutes site = new SiteRoutes(knowledge, portal.search(), portal.feedback(), feedbackLimit, portal.reads(),
                portal.markdown(), templates, params, clock, demand);
        ApiRoutes api = new ApiRoutes(knowledge, portal.search(), portal.suggest(), portal.feedback(), feedbackLimit,
                portal.engagementHealth(), portal.markdown(), params, demand);
        StaffAccess staff = new StaffAccess(portal.accounts().sessions());
        SessionRoutes sessions = new SessionRoutes(portal.accounts().sessions(), staff,
                new SessionCookie(knowledge.current().site().publicUrl()), templates, clock);
        AdminRoutes admin = new AdminRoutes(portal.accounts().users(), portal.accounts().audit(), staff, templates,
                clock);
        InsightsRoutes insights = new InsightsRoutes(portal.gaps(), portal.recordedQuestions(), portal.flags(), knowledge,
                staff, templates, clock);
        EditorPageRoutes editorPages = new EditorPageRoutes(portal.editor(), portal.flags(), portal.phrasings(), knowledge, portal.markdown(),
                staff, templates, clock);
        EditorApiRoutes editorApi = new EditorApiRoutes(portal.editor(), portal.flags(), portal.markdown(), staff);
        AgentApiRoutes agentApi = new AgentApiRoutes(portal.recordedQuestions(), portal.flags(), staff);
        AgentRoutes agent = new AgentRoutes(knowledge, portal.search(), new ArticleLinks(portal.reads()),
                portal.recentChanges(), staff, templates);
        PhrasingRoutes phrasings = new PhrasingRoutes(portal.phrasings(), staff);
        SearchAdmission searches = new SearchAdmission(limits.searchesPerAddress(), limits.searchesAtOnce());
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            FrontDoor.install(config.jetty, limits, new JettyErrors());
            config.http.defaultContentType = "text/html; charset=utf-8";
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(ServerTiming::start);
            config.routes.after(ServerTiming::finish);
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(ctx -> OriginCheck.check(ctx, knowledge.current().site().publicUrl()));
            config.routes.before(RequestParams::requireDecodableQueryString);
            config.routes.before(RequestBodies::check);
            config.routes.before(searches::admit);
            config.routes.after(searches::release);
            site.register(config.routes);
            api.register(config.routes);
            sessions.register(config.routes);
            admin.register(config.routes);
            insights.register(config.routes);
            editorApi.register(config.routes);
            editorPages.register(config.routes);
            agent.register(config.routes);
            agentApi.register(config.routes);
            phrasings.register(config.routes);

            config.routes.exception(StaffRefusal.SignInRequired.class, (e, ctx) -> {
                if (StaffAccess.isApi(ctx)) {
                    error(ctx, templates, 401, "ورود لازم است", e.getMessage());
                } else {
                    ctx.attribute(RENDERED, Boolean.TRUE);
                    ctx.redirect(SessionRoutes.loginFor(ctx), HttpStatus.SEE_OTHER);
                }
            });
            config.routes.exception(StaffRefusal.class, (e, ctx) -> staffDenied(ctx, templates, staff, e));
            config.routes.exception(EditorException.class, (e, ctx) -> error(ctx, templates,
                    EditorApiRoutes.status(e), "درخواست انجام نشد", e.getMessage()));
            config.routes.exception(InvalidAccountException.class,
                    (e, ctx) -> error(ctx, templates, 400, "درخواست نامعتبر", e.persian()));
            config.routes.exception(BadRequest.class,
                    (e, ctx) -> error(ctx, templates, 400, "درخواست نامعتبر", e.getMessage()));
            config.routes.exception(InvalidFeedbackException.class,
                    (e, ctx) -> error(ctx, templates, 400, "درخواست نامعتبر", e.getMessage()));
            config.routes.exception(FeedbackRateLimit.Exceeded.class,
                    (e, ctx) -> feedbackRefused(ctx, templates, FeedbackRefusal.of(e, clock)));
            config.routes.exception(FeedbackNotStoredException.class,
                    (e, ctx) -> feedbackRefused(ctx, templates, FeedbackRefusal.of(e, clock)));
            config.routes.exception(NotFound.class,
                    (e, ctx) -> error(ctx, templates, 404, "صفحه پیدا نشد", e.getMessage()));
            config.routes.exception(SearchUnavailableException.class, (e, ctx) -> {
                ctx.header("Retry-After", "2");
                error(ctx, templates, 503, "جستجو لحظه‌ای در دسترس نیست",
                        "فهرست جستجو در حال بازسازی است. لطفاً چند ثانیه دیگر دوباره جستجو کنید.");
            });
            config.routes.exception(TooBusy.class, (e, ctx) -> {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
                error(ctx, templates, e.status,
                        e.status == 429 ? "درخواست‌های بیش از حد" : "سامانه لحظه‌ای در دسترس نیست",
                        e.getMessage());
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, templates, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (RequestBodies.unreadableBody(e)) {
                    log.info("Refused {} {} from {}: the request could not be read ({})", ctx.method(),
                            LoggedText.path(ctx.path()), ctx.ip(),
                            e.getClass().getSimpleName());
                    error(ctx, templates, 400, "درخواست نامعتبر", "درخواست کامل یا درست نرسید.");
                    return;
                }
                log.error("Unexpected error on {} {}", ctx.method(), LoggedText.path(ctx.path()), e);
                error(ctx, templates, 500, "خطای سرور",
                        "مشکلی پیش آمد و درخواست شما انجام نشد. لطفاً چند دقیقه بعد دوباره تلاش کنید.");
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(RENDERED) == null) {
                    error(ctx, templates, 404, "صفحه پیدا نشد", "صفحه‌ای با این نشانی وجود ندارد.");
                }
            });
        });
    }

    /** 403 as JSON under /api, else a Persian page that keeps the staff bar (and its sign-out form). */
    private static void staffDenied(Context ctx, Templates templates, StaffAccess staff, StaffRefusal e) {
        if (StaffAccess.isApi(ctx)) {
            error(ctx, templates, 403, "دسترسی ندارید", e.getMessage());
            return;
        }
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(HttpStatus.FORBIDDEN);
        StaffViews.Header header = staff.resume(ctx).map(SessionRoutes::header).orElse(null);
        templates.render(ctx, "staffDenied.jte", new StaffViews.DeniedPage(header, 403,
                e instanceof StaffRefusal.BadToken ? "درخواست پذیرفته نشد" : "دسترسی ندارید", e.getMessage()));
    }

    private static void feedbackRefused(Context ctx, Templates templates, FeedbackRefusal refusal) {
        RetryAfter.header(ctx, refusal.retryAfter());
        error(ctx, templates, refusal.status(), FeedbackRefusal.TITLE, refusal.message());
    }

    /** Javalin's own refusals (no such route, body too large...) carry English text; readers get Persian. */
    private static void httpError(Context ctx, Templates templates, HttpResponseException e) {
        switch (e.getStatus()) {
            case 404 -> error(ctx, templates, 404, "صفحه پیدا نشد", "صفحه‌ای با این نشانی وجود ندارد.");
            case 403 -> error(ctx, templates, 403, "درخواست پذیرفته نشد", e.getMessage());
            case 405 -> error(ctx, templates, 405, "درخواست پذیرفته نشد", "این نشانی چنین درخواستی را نمی‌پذیرد.");
            case 413 -> {
                OversizedBody.discard(ctx);
                error(ctx, templates, 413, "درخواست پذیرفته نشد", "حجم درخواست بیش از حد مجاز است.");
            }
            case 415 -> error(ctx, templates, 415, "درخواست پذیرفته نشد", e.getMessage());
            default -> error(ctx, templates, e.getStatus(), "درخواست پذیرفته نشد", "درخواست شما قابل انجام نیست.");
        }
    }

    /** JSON under /api and /health, a Persian page everywhere else; never a stack trace. */
    private static void error(Context ctx, Templates templates, int status, String title, String message) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(HttpStatus.forStatus(status));
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
            ApiRoutes.json(ctx, new ApiViews.Error(message));
        } else {
            String query = "";
            try {
                query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
            } catch (IllegalArgumentException undecodable) {
                // the broken query string is why we are here; show an empty search box
            }
            templates.render(ctx, "error.jte",
                    new Views.ErrorPage(status, title, message, query.length() > 200 ? "" : query));
        }
    }
}
