package pasokh.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.regex.Pattern;
import pasokh.account.Actor;
import pasokh.article.MarkdownRenderer;
import pasokh.editor.EditorException;
import pasokh.editor.EditorService;
import pasokh.editor.Revision;
import pasokh.editor.SaveOutcome;
import pasokh.editor.SourceProblem;
import pasokh.flags.ArticleFlags;

/** The editors' JSON API under {@code /api/editor}: thin handlers over {@link EditorService}. */
final class EditorApiRoutes {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int MAX_SOURCE = 200_000;

    private final EditorService editor;
    private final ArticleFlags flags;
    private final MarkdownRenderer markdown;
    private final StaffAccess access;

    EditorApiRoutes(EditorService editor, ArticleFlags flags, MarkdownRenderer markdown, StaffAccess access) {
        this.editor = editor;
        this.flags = flags;
        this.markdown = markdown;
        this.access = access;
    }

    record ArticleItem(String slug, String title, String category, String state, String updated, String reviewBy,
                       boolean overdue, long version) {}

    record ArticleList(List<ArticleItem> articles) {}

    record ArticleSource(String slug, String state, long version, String source) {}

    record SavedView(long version, String state, List<ProblemView> warnings) {
        SavedView(long version, String state) {
            this(version, state, List.of());
        }
    }

    record CurrentView(long version, String source, String author, String time) {}

    record ConflictView(String error, CurrentView current, String diff) {}

    record ProblemView(String field, int line, String message) {}

    record InvalidView(String error, List<ProblemView> problems) {}

    record StateView(String slug, String state, Long version) {}

    record RevisionItem(long version, String author, String time, String state, String note) {}

    record RevisionList(List<RevisionItem> revisions) {}

    record DiffView(long from, long to, String diff) {}

    record PreviewView(String html, List<ProblemView> problems) {}

    /** @param version the article's version the agent was shown; {@code time} ISO-8601 */
    record FlagItem(long id, String slug, String target, String text, String user, String time, long version) {}

    record FlagList(List<FlagItem> flags) {}

    void register(RoutesConfig routes) {
        access.routes(routes)
                .get("/api/editor/articles", this::list)
                .get("/api/editor/articles/{slug}", this::get)
                .put("/api/editor/articles/{slug}", this::save)
                .post("/api/editor/articles/{slug}/review", ctx -> {
                    editor.sendToReview(slug(ctx), actor(ctx));
                    ApiRoutes.json(ctx, new StateView(slug(ctx), "review", null));
                })
                .post("/api/editor/articles/{slug}/publish", this::publish)
                .post("/api/editor/articles/{slug}/unpublish", ctx -> {
                    editor.withdraw(slug(ctx), false, actor(ctx));
                    ApiRoutes.json(ctx, new StateView(slug(ctx), "draft", null));
                })
                .post("/api/editor/articles/{slug}/archive", ctx -> {
                    editor.withdraw(slug(ctx), true, actor(ctx));
                    ApiRoutes.json(ctx, new StateView(slug(ctx), "archived", null));
                })
                .get("/api/editor/articles/{slug}/revisions", ctx -> ApiRoutes.json(ctx, new RevisionList(
                        editor.revisions(slug(ctx)).stream().map(r -> new RevisionItem(r.version(), r.author(),
                                r.time().toString(), r.state(), r.note())).toList())))
                .get("/api/editor/articles/{slug}/revisions/{version}", ctx -> {
                    Revision r = editor.revision(slug(ctx), version(ctx.pathParam("version"))).orElseThrow(() ->
                            new NotFound("این نسخه وجود ندارد."));
                    ApiRoutes.json(ctx, new CurrentView(r.version(), r.source(), r.author(), r.time().toString()));
                })
                .get("/api/editor/articles/{slug}/diff", ctx -> {
                    long from = version(ctx.queryParam("from"));
                    long to = version(ctx.queryParam("to"));
                    ApiRoutes.json(ctx, new DiffView(from, to, editor.diff(slug(ctx), from, to)));
                })
                .post("/api/editor/articles/{slug}/revisions/{version}/restore", ctx -> ApiRoutes.json(ctx,
                        new SavedView(editor.restore(slug(ctx), version(ctx.pathParam("version")), actor(ctx)),
                                "draft")))
                .post("/api/editor/preview", this::preview)
                .get("/api/editor/flags", ctx -> ApiRoutes.json(ctx, new FlagList(flags.open().stream()
                        .map(f -> new FlagItem(f.id(), f.slug(), f.target().id(), f.text(), f.user(),
                                f.at().toString(), f.version())).toList())));
    }

    private void list(Context ctx) {
        ApiRoutes.json(ctx, new ArticleList(editor.list().stream().map(s -> new ArticleItem(s.slug(), s.title(),
                s.category(), s.state().id(), s.updated().toString(), s.reviewBy().map(Object::toString).orElse(null),
                s.overdue(), s.version())).toList()));
    }

    private void get(Context ctx) {
        var c = editor.current(slug(ctx)).orElseThrow(() -> new NotFound("مقاله‌ای با این نشانی نیست."));
        ApiRoutes.json(ctx, new ArticleSource(c.slug(), c.state().id(), c.version(), c.source()));
    }

    private void save(Context ctx) {
        JsonNode body = body(ctx);
        JsonNode source = body.get("source");
        JsonNode base = body.get("baseVersion");
        if (source == null || !source.isTextual() || base == null || !base.canConvertToLong() || base.asLong() < 0) {
            throw new BadRequest("بدنه باید {\"source\": \"...\", \"baseVersion\": عدد} باشد (baseVersion صفر برای مقالهٔ تازه).");
        }
        if (source.asText().length() > MAX_SOURCE) throw new BadRequest("متن مقاله بیش از اندازه بلند است.");
        SaveOutcome outcome = editor.save(slug(ctx), source.asText(), base.asLong(), actor(ctx));
        switch (outcome) {
            case SaveOutcome.Saved s -> ApiRoutes.json(ctx, new SavedView(s.version(), s.state().id(), views(s.warnings())));
            case SaveOutcome.Conflict c -> {
                ctx.status(HttpStatus.CONFLICT);
                Revision r = c.current();
                ApiRoutes.json(ctx, new ConflictView("«" + r.author() + "» پیش از شما نسخهٔ " + r.version()
                        + " را ذخیره کرده است. متن شما هم نگه داشته شد؛ تفاوت‌ها را ببینید و روی نسخهٔ تازه ادامه دهید.",
                        new CurrentView(r.version(), r.source(), r.author(), r.time().toString()), c.diff()));
            }
            case SaveOutcome.Invalid i -> {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                ApiRoutes.json(ctx, new InvalidView("مقاله خطا دارد و ذخیره نشد.", views(i.problems())));
            }
        }
    }

    private void publish(Context ctx) {
        JsonNode version = body(ctx).get("version");
        if (version == null || !version.canConvertToLong()) throw new BadRequest("بدنه باید {\"version\": عدد} باشد.");
        long published = editor.publish(slug(ctx), version.asLong(), actor(ctx));
        ApiRoutes.json(ctx, new StateView(slug(ctx), "published", published));
    }

    private void preview(Context ctx) {
        JsonNode body = body(ctx);
        JsonNode source = body.get("source");
        if (source == null || !source.isTextual()) throw new BadRequest("بدنه باید {\"source\": \"...\"} باشد.");
        String slug = body.hasNonNull("slug") && SLUG.matcher(body.get("slug").asText()).matches()
                ? body.get("slug").asText() : "preview";
        var checked = editor.preview(slug, source.asText());
        String html = checked.article().map(a -> markdown.toHtml(a.body()).html()).orElse("");
        ApiRoutes.json(ctx, new PreviewView(html, views(checked.problems())));
    }

    private static List<ProblemView> views(List<SourceProblem> problems) {
        return problems.stream().map(p -> new ProblemView(p.field(), p.line(), p.message())).toList();
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode node = JsonBodies.mapper().readTree(ctx.body());
            if (node != null && node.isObject()) return node;
        } catch (JacksonException e) {
            // answered below
        }
        throw new BadRequest("بدنه درخواست باید یک شیء JSON باشد.");
    }

    private static String slug(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (!SLUG.matcher(slug).matches()) throw new BadRequest("نشانی مقاله (slug) فقط حروف کوچک لاتین، رقم و - دارد.");
        return slug;
    }

    private static long version(String text) {
        try {
            long v = Long.parseLong(text == null ? "" : text.strip());
            if (v >= 1) return v;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("شمارهٔ نسخه باید عددی از ۱ به بالا باشد.");
    }

    private static Actor actor(Context ctx) {
        return new Actor(StaffAccess.current(ctx).user(), ctx.ip());
    }

    /** EditorException kinds as HTTP statuses. */
    static int status(EditorException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> 404;
            case NOT_ALLOWED_NOW, CONFLICT -> 409;
            case STORAGE -> 503;
            case NOT_PROPOSED -> 422;
        };
    }
}
