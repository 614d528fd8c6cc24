package pasokh.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.Portal;
import pasokh.engagement.InvalidFeedbackException;

/** Builds the Javalin application over a started {@link Portal}; tests start it on a random port. */
public final class WebApp {

    private static final Logger log = LoggerFactory.getLogger(WebApp.class);
    /** Feedback is the largest body we accept: a 1,000-character comment is far below this. */
    private static final long MAX_REQUEST_BYTES = 16 * 1024;

    private WebApp() {}

    public static Javalin create(Portal portal) {
        Templates templates = new Templates();
        RequestParams params = new RequestParams(portal.categories(), portal.ranking());
        SiteRoutes site = new SiteRoutes(portal, templates, params);
        ApiRoutes api = new ApiRoutes(portal, params);
        return Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = "text/html; charset=utf-8";
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
            });
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(OriginCheck::check);
            site.register(config.routes);
            api.register(config.routes);

            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, templates, 400, "درخواست نامعتبر", e.getMessage()));
            config.routes.exception(InvalidFeedbackException.class, (e, ctx) -> error(ctx, templates, 400, "درخواست نامعتبر", e.getMessage()));
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, templates, 404, "صفحه پیدا نشد", e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, templates, e.getStatus(), "درخواست پذیرفته نشد", e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, templates, 500, "خطای سرور", "مشکلی پیش آمد و درخواست شما انجام نشد. لطفاً چند دقیقه بعد دوباره تلاش کنید.");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, templates, 404, "صفحه پیدا نشد", "صفحه‌ای با این نشانی وجود ندارد.");
                }
            });
        });
    }

    /** JSON under /api and /health, a Persian page everywhere else; never a stack trace. */
    private static void error(Context ctx, Templates templates, int status, String title, String message) {
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
            templates.render(ctx, "error.jte", new Views.ErrorPage(status, title, message, query.length() > 200 ? "" : query));
        }
    }
}
