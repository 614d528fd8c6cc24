package pasokh.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.account.StaffSession;
import pasokh.article.JalaliDate;
import pasokh.article.MarkdownRenderer;
import pasokh.editor.ArticleState;
import pasokh.editor.EditorService;
import pasokh.editor.Preview;
import pasokh.editor.ProposedPhrasings;
import pasokh.editor.SaveOutcome;
import pasokh.editor.SourceProblem;
import pasokh.flags.ArticleFlags;

/**
 * The editors' pages under {@code /editor}: the list (overdue reviews first), and one page per article to edit
 * its Markdown, preview it with the site's renderer, save, send to review and (publishers) publish. Works
 * without script: every action is a form posted with the session's token.
 */
final class EditorPageRoutes {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int DUE_SOON_DAYS = 30;
    /** A large log proposes thousands; the list page shows the most asked, the rest follow as these are decided. */
    private static final int PHRASINGS_SHOWN = 20;

    private final EditorService editor;
    private final ArticleFlags flags;
    private final ProposedPhrasings phrasings;
    private final pasokh.knowledge.KnowledgeBase knowledge;
    private final MarkdownRenderer markdown;
    private final StaffAccess access;
    private final Templates templates;
    private final Clock clock;

    EditorPageRoutes(EditorService editor, ArticleFlags flags, ProposedPhrasings phrasings,
                     pasokh.knowledge.KnowledgeBase knowledge, MarkdownRenderer markdown, StaffAccess access,
                     Templates templates, Clock clock) {
        this.editor = editor;
        this.flags = flags;
        this.phrasings = phrasings;
        this.knowledge = knowledge;
        this.markdown = markdown;
        this.access = access;
        this.templates = templates;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        access.routes(routes)
                .get("/editor", this::list)
                .get("/editor/new", ctx -> edit(ctx, HttpStatus.OK, "", true, ctx.queryParam("source") == null
                        ? newArticle() : ctx.queryParam("source"), 0, null, null, List.of(), null, null))
                .post("/editor/new", ctx -> save(ctx, true))
                .post("/editor/preview", this::livePreview)
                .get("/editor/articles/{slug}", ctx -> edit(ctx, HttpStatus.OK, slug(ctx), false, null, -1,
                        notice(ctx), null, List.of(), null, null))
                .post("/editor/articles/{slug}", ctx -> save(ctx, false))
                .post("/editor/articles/{slug}/review", ctx -> act(ctx, "review"))
                .post("/editor/articles/{slug}/publish", ctx -> act(ctx, "publish"))
                .post("/editor/articles/{slug}/unpublish", ctx -> act(ctx, "unpublish"))
                .post("/editor/articles/{slug}/archive", ctx -> act(ctx, "archive"))
                .get("/editor/articles/{slug}/diff", this::diff)
                .post("/editor/articles/{slug}/flags/{id}/resolve", this::resolveFlag);
    }

    static final String NEW_ARTICLE = """
            ---
            title:\s
            category:\s
            number: {number}
            audience: [citizen, agent]
            summary:\s
            questions:
              -\s
            legal:
              -\s
            sources:
              -\s
            updated: {updated}
            status: published
            ---

            ## پاسخ کوتاه

            """;

    /** The new-article text: today's date, and the next answer number, never one an article had before. */
    private String newArticle() {
        return NEW_ARTICLE.replace("{updated}", JalaliDate.of(LocalDate.now(clock)).toString())
                .replace("{number}", String.valueOf(editor.nextNumber()));
    }

    private void list(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).map(String::strip).orElse("");
        LocalDate today = LocalDate.now(clock);
        List<EditorService.Summary> all = editor.list().stream()
                .filter(s -> q.isEmpty() || s.slug().contains(q.toLowerCase(Locale.ROOT)) || s.title().contains(q))
                .sorted(Comparator.comparingInt((EditorService.Summary s) -> urgency(s, today))
                        .thenComparing(s -> s.reviewBy().orElse(LocalDate.MAX))
                        .thenComparing(EditorService.Summary::updated, Comparator.reverseOrder()))
                .toList();
        ZoneId zone = clock.getZone();
        pasokh.article.Categories categories = knowledge.current().categories();
        List<EditorViews.Row> rows = new ArrayList<>();
        long overdue = 0, soon = 0;
        java.util.Map<String, long[]> byOwner = new java.util.TreeMap<>();
        java.util.Map<String, Long> openFlags = flags.openCounts();
        List<EditorViews.Flagged> flagged = new ArrayList<>();
        for (EditorService.Summary s : all) {
            int u = urgency(s, today);
            if (u == 0) overdue++;
            if (u == 1) soon++;
            if (u < 2) byOwner.computeIfAbsent(s.owner().orElse("بی‌مسئول"), o -> new long[2])[u]++;
            // the category as editors and readers know it, not its folder name
            rows.add(new EditorViews.Row(s.slug(), s.title(), categories.labelOf(s.category()), s.state().label(),
                    s.state().id(),
                    s.updated().getEpochSecond() == 0 ? "—" : Fa.date(s.updated().atZone(zone).toLocalDate()),
                    s.reviewBy().map(Fa::date).orElse("—"),
                    u == 0 ? "بازبینی عقب افتاده" : u == 1 ? "بازبینی تا " + Fa.num(ChronoUnit.DAYS.between(today,
                            s.reviewBy().orElseThrow())) + " روز دیگر" : "",
                    u == 0 ? "overdue" : u == 1 ? "due" : "", Fa.num(s.version()), "/editor/articles/" + s.slug(),
                    openFlags.getOrDefault(s.slug(), 0L)));
            long open = openFlags.getOrDefault(s.slug(), 0L);
            if (open > 0) flagged.add(new EditorViews.Flagged(s.title(), "/editor/articles/" + s.slug() + "#flags",
                    Fa.num(open), open));
        }
        // the most reported first: an article several agents found wrong is read by many callers today
        flagged.sort(Comparator.comparingLong(EditorViews.Flagged::count).reversed());
        String counts = Fa.num(all.size()) + " مقاله؛ " + Fa.num(overdue) + " با بازبینی عقب‌افتاده، " + Fa.num(soon)
                + " با بازبینی در ۳۰ روز آینده" + (byOwner.isEmpty() ? "" : "؛ به تفکیک مسئول: " + byOwner.entrySet()
                .stream().map(e -> e.getKey() + " (" + Fa.num(e.getValue()[0]) + " عقب‌افتاده، " + Fa.num(e.getValue()[1])
                        + " به‌زودی)").collect(java.util.stream.Collectors.joining("، ")))
                + (flagged.isEmpty() ? "" : "؛ " + Fa.num(flagged.size()) + " با ایراد گزارش‌شده");
        List<pasokh.editor.Proposal> proposals = phrasings.list();
        List<EditorViews.Phrasing> proposed = proposals.stream().limit(PHRASINGS_SHOWN).map(p -> new EditorViews.Phrasing(
                p.text(), p.slug(), p.title(), "/editor/articles/" + p.slug(), Fa.num(p.count()))).toList();
        String more = proposals.size() <= PHRASINGS_SHOWN ? null : Fa.num(proposals.size()) + " پرسش پیشنهاد شده است؛ "
                + Fa.num(PHRASINGS_SHOWN) + " پرسش پرتکرارتر در زیر است و با رسیدگی به آن‌ها، بعدی‌ها می‌آیند.";
        templates.render(ctx, "editorList.jte", new EditorViews.ListPage(header(ctx), q, rows, counts, notice(ctx),
                flagged, proposed, more));
    }

    private static int urgency(EditorService.Summary s, LocalDate today) {
        if (s.overdue()) return 0;
        if (s.reviewBy().filter(d -> !d.isAfter(today.plusDays(DUE_SOON_DAYS))).isPresent()) return 1;
        return 2;
    }

    private void save(Context ctx, boolean creating) {
        String slug = creating ? Optional.ofNullable(ctx.formParam("slug")).orElse("").strip() : slug(ctx);
        String source = postedSource(ctx);
        long base = parseLong(ctx.formParam("baseVersion"));
        if (creating && !SLUG.matcher(slug).matches()) {
            edit(ctx, HttpStatus.UNPROCESSABLE_CONTENT, slug, true, source, 0, null,
                    "نشانی (slug) فقط حروف کوچک لاتین، رقم و خط تیره دارد؛ مثلاً carpet-weavers-insurance.",
                    List.of(), null, null);
            return;
        }
        if ("preview".equals(ctx.formParam("action"))) {
            Preview p = editor.preview(slug.isEmpty() ? "preview" : slug, source);
            edit(ctx, HttpStatus.OK, slug, creating, source, base, null, null, problems(p.problems()),
                    p.article().map(a -> markdown.toHtml(a.body()).html()).orElse(""), null);
            return;
        }
        if (creating && editor.current(slug).isPresent()) {
            edit(ctx, HttpStatus.CONFLICT, slug, true, source, 0, null, "مقاله‌ای با این نشانی از پیش هست.",
                    List.of(), null, null);
            return;
        }
        SaveOutcome outcome = editor.save(slug, source, base, actor(ctx));
        switch (outcome) {
            case SaveOutcome.Saved s -> ctx.redirect("/editor/articles/" + slug + "?done=" + savedNotice(s),
                    HttpStatus.SEE_OTHER);
            case SaveOutcome.Invalid i -> edit(ctx, HttpStatus.UNPROCESSABLE_CONTENT, slug, creating, source, base, null,
                    "مقاله خطا دارد و ذخیره نشد؛ خطاها در زیر آمده است.", problems(i.problems()), null, null);
            case SaveOutcome.Conflict c -> edit(ctx, HttpStatus.CONFLICT, slug, false, source, c.current().version(),
                    null, "«" + c.current().author() + "» پیش از شما نسخهٔ " + Fa.num(c.current().version())
                            + " را ذخیره کرد. متن شما نگه داشته شد و در کادر زیر هست؛ تفاوت‌ها را ببینید، متن را"
                            + " با نسخهٔ تازه هماهنگ کنید و دوباره ذخیره کنید.", List.of(), null,
                    new Conflict(c.diff(), c.current().source(), c.current().author()));
        }
    }

    private record Conflict(String diff, String source, String author) {}

    /** The article as the form posts it: built from the fields, or the raw Markdown as typed. */
    private static String postedSource(Context ctx) {
        return "fields".equals(ctx.formParam("mode")) ? EditorForms.source(ctx)
                : Optional.ofNullable(ctx.formParam("source")).orElse("").replace("\r\n", "\n");
    }

    /** The page shows the problems again when it opens; the notice says there are some. */
    private static String savedNotice(SaveOutcome.Saved s) {
        boolean figures = s.warnings().stream().anyMatch(w -> w.message().startsWith(EditorService.FIGURES_CHANGED));
        boolean others = s.warnings().stream().anyMatch(w -> !w.message().startsWith(EditorService.FIGURES_CHANGED));
        return others ? "saved-warnings" : figures ? "saved-review-by" : "saved";
    }

    record LivePreview(String html, List<LiveProblem> problems) {}

    record LiveProblem(String field, String label, String line, String message, String target) {}

    /**
     * The preview beside the form while the editor types (editor-preview.js posts the form as it is): the same
     * source the save button would store, rendered by the site's renderer, and the problems as the form shows them.
     */
    private void livePreview(Context ctx) {
        String source = postedSource(ctx);
        String slug = Optional.ofNullable(ctx.formParam("slug")).map(String::strip).filter(x -> SLUG.matcher(x).matches())
                .orElse("preview");
        Preview p = editor.preview(slug, source);
        String html = p.article().map(a -> markdown.toHtml(a.body()).html()).orElse("");
        ApiRoutes.json(ctx, new LivePreview(html, problems(p.problems()).stream()
                .map(x -> new LiveProblem(x.key(), x.field(), x.line(), x.message(),
                        x.target() == null ? "" : x.target())).toList()));
    }

    private void act(Context ctx, String action) {
        String slug = slug(ctx);
        Actor by = actor(ctx);
        switch (action) {
            case "review" -> editor.sendToReview(slug, by);
            case "publish" -> editor.publish(slug, parseLong(ctx.formParam("version")), by);
            case "unpublish" -> editor.withdraw(slug, false, by);
            default -> editor.withdraw(slug, true, by);
        }
        ctx.redirect("/editor/articles/" + slug + "?done=" + action, HttpStatus.SEE_OTHER);
    }

    /** «رسیدگی شد»: the flag leaves the open ones; who resolved it and when are kept, and in the audit log. */
    private void resolveFlag(Context ctx) {
        String slug = slug(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("این گزارش ایراد پیدا نشد.");
        }
        String done = switch (flags.resolve(slug, id, actor(ctx))) {
            case RESOLVED -> "flag-resolved";
            case ALREADY_RESOLVED -> "flag-already-resolved";
            case NOT_FOUND -> throw new NotFound("این گزارش ایراد پیدا نشد.");
        };
        ctx.redirect("/editor/articles/" + slug + "?done=" + done, HttpStatus.SEE_OTHER);
    }

    private void diff(Context ctx) {
        String slug = slug(ctx);
        long from = parseLong(ctx.queryParam("from"));
        long to = parseLong(ctx.queryParam("to"));
        templates.render(ctx, "editorDiff.jte", new EditorViews.DiffPage(header(ctx), slug, Fa.num(from), Fa.num(to),
                editor.diff(slug, from, to)));
    }

    private void edit(Context ctx, HttpStatus status, String slug, boolean creating, String source, long base,
                      String notice, String error, List<EditorViews.Problem> problems, String preview,
                      Conflict conflict) {
        String state = "—";
        boolean published = false;
        long version = base;
        String text = source;
        List<EditorViews.RevisionRow> revs = List.of();
        List<EditorViews.FlagRow> open = List.of();
        if (!creating) {
            var current = editor.current(slug).orElseThrow(() -> new NotFound("مقاله‌ای با این نشانی نیست."));
            state = current.state().label();
            published = current.state() == ArticleState.PUBLISHED;
            if (version < 0 || conflict != null) version = current.version();
            if (text == null) text = current.source();
            ZoneId zone = clock.getZone();
            long latest = current.version();
            revs = editor.revisions(slug).stream().map(r -> new EditorViews.RevisionRow(Fa.num(r.version()), r.author(),
                    Fa.date(r.time().atZone(zone).toLocalDate()) + " " + Fa.digits(r.time().atZone(zone).toLocalTime()
                            .truncatedTo(ChronoUnit.MINUTES).toString()),
                    ArticleState.byId(r.state()).map(ArticleState::label).orElse(r.state()), r.note(),
                    r.version() == latest ? "" : "/editor/articles/" + slug + "/diff?from=" + r.version() + "&to=" + latest))
                    .toList();
            open = flags.openOf(slug).stream().map(f -> new EditorViews.FlagRow(f.id(), f.target().persian(), Fa.digits(f.text()),
                    f.user(), shown(f.at()), f.version() == 0 ? "پیش از ثبت نسخه‌ها" : "نسخهٔ " + Fa.num(f.version()),
                    "/editor/articles/" + slug + "/flags/" + f.id() + "/resolve")).toList();
        }
        if (!creating && problems.isEmpty() && preview == null && conflict == null) {
            // what check would report about the text as it stands (a question another article has, a passed
            // review date), shown when the page opens rather than only after the next save
            problems = problems(editor.preview(slug, text).problems().stream().filter(p -> !p.error()).toList());
        }
        StaffSession s = StaffAccess.current(ctx);
        ctx.status(status);
        // a posted form comes back as it was typed, whether or not it reads as an article yet (an emptied title);
        // otherwise the fields as inputs whenever the text reads as an article, and raw Markdown on request or
        // when it does not, shown as it is so that nothing is lost
        pasokh.article.Categories categories = knowledge.current().categories();
        EditorViews.Form form;
        if ("fields".equals(ctx.formParam("mode"))) {
            form = EditorForms.posted(ctx, categories);
        } else {
            Preview parsed = editor.preview(creating ? "new-article" : slug, text);
            boolean raw = "1".equals(ctx.queryParam("raw")) || "raw".equals(ctx.formParam("mode"))
                    || (parsed.article().isEmpty() && !(creating && text.startsWith(NEW_ARTICLE.substring(0, 20))
                    && ctx.formParam("mode") == null));
            form = raw ? null : EditorForms.form(parsed, categories, creating
                    ? JalaliDate.of(LocalDate.now(clock)).toString() : "",
                    creating ? String.valueOf(editor.nextNumber()) : "");
        }
        templates.render(ctx, "editorEdit.jte", new EditorViews.EditPage(header(ctx), creating, slug, state,
                Math.max(0, version), text, form, s.roles().contains(Role.PUBLISHER), published, notice, error, problems,
                preview, conflict == null ? null : conflict.diff(), conflict == null ? null : conflict.source(),
                conflict == null ? null : conflict.author(), revs, open));
    }

    /** A moment as the edit page shows it: the Jalali day and the time, in Persian digits. */
    private String shown(Instant at) {
        var local = at.atZone(clock.getZone());
        return Fa.date(local.toLocalDate()) + " " + Fa.digits(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
    }

    private static List<EditorViews.Problem> problems(List<SourceProblem> problems) {
        return problems.stream().map(p -> new EditorViews.Problem(p.field(), FieldNames.persian(p.field()),
                Fa.num(p.line()), ProblemTexts.persian(p.message()), p.error(), EditorForms.INPUT_IDS.get(p.field()))).toList();
    }

    private static String notice(Context ctx) {
        return switch (Optional.ofNullable(ctx.queryParam("done")).orElse("")) {
            case "saved" -> "پیش‌نویس ذخیره شد.";
            case "saved-review-by" -> "پیش‌نویس ذخیره شد. عددهای متن تغییر کرده است: تاریخ بازبینی تازه‌ای (review_by)"
                    + " بگذارید تا این عددها سر موعد دوباره بررسی شوند.";
            case "saved-warnings" -> "پیش‌نویس ذخیره شد، ولی ایرادی دارد که check هم گزارش می‌کند و تا رفع نشود منتشر"
                    + " نمی‌شود؛ فهرست آن بالای فرم آمده است.";
            case "review" -> "برای بازبینی فرستاده شد.";
            case "publish" -> "منتشر شد؛ مقاله اکنون در سایت و جستجو هست.";
            case "unpublish" -> "انتشار لغو شد؛ مقاله دیگر در سایت نیست و نسخه‌هایش ماند.";
            case "archive" -> "بایگانی شد.";
            case "flag-resolved" -> "ایراد رسیدگی‌شده علامت خورد و از فهرست ایرادهای باز بیرون رفت.";
            case "flag-already-resolved" -> "این ایراد را کس دیگری پیش‌تر رسیدگی‌شده علامت زده بود.";
            case "phrasing-accepted" -> "پرسش به پرسش‌های مقاله افزوده شد و نسخهٔ پیش‌نویس تازه‌ای ساخته شد؛"
                    + " پس از انتشار، جستجو با این عبارت هم مقاله را می‌یابد.";
            case "phrasing-dismissed" -> "این پرسش نادیده گرفته شد و دیگر برای این مقاله پیشنهاد نمی‌شود.";
            case "phrasing-gone" -> "این پیشنهاد دیگر در فهرست نیست؛ کس دیگری پیش‌تر به آن رسیدگی کرده است.";
            default -> null;
        };
    }

    private StaffViews.Header header(Context ctx) {
        return SessionRoutes.header(StaffAccess.current(ctx));
    }

    private static Actor actor(Context ctx) {
        return new Actor(StaffAccess.current(ctx).user(), ctx.ip());
    }

    private static String slug(Context ctx) {
        String slug = ctx.pathParam("slug");
        if (!SLUG.matcher(slug).matches()) throw new NotFound("مقاله‌ای با این نشانی نیست.");
        return slug;
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("شمارهٔ نسخه در فرم نیست یا عدد نیست.");
        }
    }
}
