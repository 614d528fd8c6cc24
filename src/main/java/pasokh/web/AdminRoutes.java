package pasokh.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import pasokh.account.AccountService;
import pasokh.account.Actor;
import pasokh.account.AuditAction;
import pasokh.account.AuditLog;
import pasokh.account.InvalidAccountException;
import pasokh.account.Role;
import pasokh.account.StaffSession;
import pasokh.account.User;
import pasokh.account.Usernames;
import pasokh.article.ArticleParser;
import pasokh.article.JalaliDate;

/** The admin pages: users ({@code /admin/users}) and the audit log ({@code /admin/audit}, {@code /api/audit}). */
final class AdminRoutes {

    private static final int AUDIT_PAGE_SIZE = 50;
    private static final int MAX_PAGE = 100_000;

    private final AccountService accounts;
    private final AuditLog audit;
    private final StaffAccess access;
    private final Templates templates;
    private final ZoneId zone;

    AdminRoutes(AccountService accounts, AuditLog audit, StaffAccess access, Templates templates, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.access = access;
        this.templates = templates;
        this.zone = clock.getZone();
    }

    void register(RoutesConfig routes) {
        access.routes(routes)
                .get("/admin/users", ctx -> users(ctx, HttpStatus.OK, notice(ctx), null, "", Set.of()))
                .post("/admin/users", this::add)
                .post("/admin/users/{name}/disable", ctx -> change(ctx, Done.DISABLED,
                        (name, by) -> accounts.disable(name, by)))
                .post("/admin/users/{name}/enable", ctx -> change(ctx, Done.ENABLED,
                        (name, by) -> accounts.enable(name, by)))
                .post("/admin/users/{name}/password", ctx -> change(ctx, Done.PASSWORD,
                        (name, by) -> accounts.changePassword(name, ctx.formParam("password"), by)))
                .post("/admin/users/{name}/roles", ctx -> change(ctx, Done.ROLES,
                        (name, by) -> accounts.setRoles(name, roles(ctx), by)))
                .get("/admin/audit", this::auditPage)
                .get("/api/audit", this::auditJson);
    }

    /** What the page says after a change; the address carries only the code and the user's name. */
    private enum Done {
        ADDED("ساخته شد."),
        DISABLED("غیرفعال شد و از همهٔ نشست‌هایش خارج شد."),
        ENABLED("فعال شد."),
        PASSWORD("گذرواژهٔ تازه گرفت و از نشست‌هایش خارج شد."),
        ROLES("نقش‌های تازه گرفت.");

        private final String text;

        Done(String text) {
            this.text = text;
        }
    }

    private interface Change {
        void apply(String name, Actor by);
    }

    private void add(Context ctx) {
        String name = ctx.formParam("username") == null ? "" : ctx.formParam("username");
        Set<Role> roles = Set.of();
        try {
            roles = roles(ctx);
            String added = accounts.add(name, ctx.formParam("password"), roles, actor(ctx));
            done(ctx, added, Done.ADDED);
        } catch (InvalidAccountException e) {
            users(ctx, HttpStatus.BAD_REQUEST, null, e.persian(), name.strip(), roles);
        }
    }

    private void change(Context ctx, Done done, Change change) {
        String name = ctx.pathParam("name");
        try {
            change.apply(name, actor(ctx));
            String normal = Usernames.normalize(name);
            if (normal.equals(StaffAccess.current(ctx).user()) && done == Done.ROLES && !roles(ctx).contains(Role.ADMIN)) {
                // they gave up the admin role: the user list is no longer theirs to see
                ctx.redirect(SafeNext.DEFAULT, HttpStatus.SEE_OTHER);
                return;
            }
            done(ctx, normal, done);
        } catch (InvalidAccountException e) {
            users(ctx, HttpStatus.BAD_REQUEST, null, e.persian(), "", Set.of());
        }
    }

    /** Post, then redirect: a reload does not repeat the change. */
    private static void done(Context ctx, String name, Done done) {
        ctx.redirect("/admin/users?done=" + done.name().toLowerCase(Locale.ROOT) + "&user="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    /** Only our own wording is shown: a link with other text in it cannot put words on an admin's page. */
    private static String notice(Context ctx) {
        String code = ctx.queryParam("done");
        String user = ctx.queryParam("user");
        if (code == null || user == null) return null;
        try {
            Done done = Done.valueOf(code.toUpperCase(Locale.ROOT));
            return "«" + Usernames.normalize(user) + "» " + done.text;
        } catch (IllegalArgumentException | InvalidAccountException notOurs) {
            return null;
        }
    }

    private void users(Context ctx, HttpStatus status, String notice, String error, String newName,
                       Set<Role> newRoles) {
        StaffSession s = StaffAccess.current(ctx);
        List<StaffViews.UserRow> rows = accounts.list().stream().map(this::row).toList();
        List<StaffViews.RoleOption> options = Arrays.stream(Role.values())
                .map(r -> new StaffViews.RoleOption(r.id(), r.label(), newRoles.contains(r))).toList();
        ctx.status(status);
        templates.render(ctx, "adminUsers.jte",
                new StaffViews.UsersPage(SessionRoutes.header(s), rows, options, newName, notice, error));
    }

    private StaffViews.UserRow row(User u) {
        return new StaffViews.UserRow(u.name(), Role.format(u.roles()), u.disabled(), when(u.createdAt()),
                u.lastSignIn().map(this::when).orElse("هرگز"));
    }

    private void auditPage(Context ctx) {
        StaffSession s = StaffAccess.current(ctx);
        String sinceText = ctx.queryParam("since") == null ? "" : ctx.queryParam("since").strip();
        Optional<LocalDate> since = sinceText.isEmpty() ? Optional.empty() : JalaliDate.parseTyped(sinceText);
        if (!sinceText.isEmpty() && since.isEmpty()) {
            throw new BadRequest("تاریخ «" + sinceText + "» خوانده نشد؛ مثلاً ۱۴۰۵/۰۹/۰۱ یا 2026-11-22 بنویسید.");
        }
        int number = page(ctx);
        AuditLog.Page page = audit.page(start(since), number, AUDIT_PAGE_SIZE);
        List<StaffViews.AuditRow> rows = page.entries().stream().map(e -> new StaffViews.AuditRow(when(e.at()),
                e.actor(), e.actionLabel(), e.target(), e.address(), e.detail())).toList();
        String base = "/admin/audit?" + (sinceText.isEmpty() ? ""
                : "since=" + URLEncoder.encode(sinceText, StandardCharsets.UTF_8) + "&") + "page=";
        templates.render(ctx, "adminAudit.jte", new StaffViews.AuditPage(SessionRoutes.header(s), rows,
                Fa.num(page.total()), sinceText, number, page.pages(),
                number > 1 ? base + (number - 1) : null, number < page.pages() ? base + (number + 1) : null));
    }

    record AuditJson(String at, String actor, String action, String target, String address, String detail) {}

    record AuditListJson(long total, int page, int pages, List<AuditJson> entries) {}

    record AuditEvent(String time, String user, String action, String slug, Long version) {}

    record AuditEvents(List<AuditEvent> events) {}

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("version (\\d+)");

    /** What is done to articles; the log of a slug holds nothing else (a user named like a slug has entries too). */
    private static final Set<String> EDITORIAL = Set.of(AuditAction.DRAFT_SAVED.id(), AuditAction.EDIT_REFUSED.id(),
            AuditAction.SENT_TO_REVIEW.id(), AuditAction.PUBLISHED.id(), AuditAction.UNPUBLISHED.id(),
            AuditAction.ARCHIVED.id(), AuditAction.RESTORED.id(), AuditAction.CHANGED_ON_DISK.id());

    private void auditJson(Context ctx) {
        String slug = ctx.queryParam("slug");
        if (slug != null) {
            if (!ArticleParser.SLUG.matcher(slug.strip()).matches()) {
                throw new BadRequest("نشانی مقاله (slug) فقط حروف کوچک لاتین، رقم و - دارد.");
            }
            // sign-ins and account changes are the admins' alone, even when a user name is spelled like a slug
            ApiRoutes.json(ctx, new AuditEvents(audit.about(slug.strip(), 500).stream()
                    .filter(e -> EDITORIAL.contains(e.action())).map(e -> {
                        java.util.regex.Matcher m = VERSION.matcher(e.detail());
                        return new AuditEvent(e.at().toString(), e.actor(), e.action(), e.target(),
                                m.find() ? Long.parseLong(m.group(1)) : null);
                    }).toList()));
            return;
        }
        // the whole log (sign-ins, user changes) is the admins' alone
        if (!StaffAccess.current(ctx).roles().contains(Role.ADMIN)) throw new StaffRefusal.WrongRole();
        String sinceText = ctx.queryParam("since");
        Optional<LocalDate> since = sinceText == null ? Optional.empty() : JalaliDate.parseTyped(sinceText);
        if (sinceText != null && since.isEmpty()) throw new BadRequest("پارامتر since تاریخ معتبری نیست.");
        AuditLog.Page page = audit.page(start(since), page(ctx), AUDIT_PAGE_SIZE);
        ApiRoutes.json(ctx, new AuditListJson(page.total(), page.number(), page.pages(), page.entries().stream()
                .map(e -> new AuditJson(e.at().toString(), e.actor(), e.action(), e.target(), e.address(), e.detail()))
                .toList()));
    }

    private Instant start(Optional<LocalDate> since) {
        return since.map(d -> d.atStartOfDay(zone).toInstant()).orElse(Instant.EPOCH);
    }

    private static int page(Context ctx) {
        String text = ctx.queryParam("page");
        if (text == null) return 1;
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_PAGE) return n;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("شمارهٔ صفحه باید عددی از ۱ تا " + Fa.num(MAX_PAGE) + " باشد.");
    }

    private static Set<Role> roles(Context ctx) {
        return Role.parseList(String.join(",", ctx.formParams("roles")));
    }

    private Actor actor(Context ctx) {
        return new Actor(StaffAccess.current(ctx).user(), ctx.ip());
    }

    /** «۱۴۰۵/۰۹/۱۱ ۱۴:۳۵» in the server's zone. */
    private String when(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        JalaliDate d = JalaliDate.of(t.toLocalDate());
        return Fa.digits(String.format("%04d/%02d/%02d %02d:%02d", d.year(), d.month(), d.day(), t.getHour(),
                t.getMinute()));
    }
}
