package pasokh.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import pasokh.account.Role;
import pasokh.account.SessionService;
import pasokh.account.SignInOutcome;
import pasokh.account.StaffSession;

/**
 * Signing in and out: {@code /api/session} for programs, {@code /login} and {@code /logout} for people,
 * and {@code /staff}, the page a sign-in lands on.
 */
final class SessionRoutes {

    static final String WRONG = "نام کاربری یا گذرواژه درست نیست.";
    /** The sign-in form's own token, before there is a session to derive one from (double-submit cookie). */
    private static final String FORM_COOKIE = "pasokh_login";
    private static final Duration FORM_LIFETIME = Duration.ofHours(1);

    private final SessionService sessions;
    private final StaffAccess access;
    private final SessionCookie cookie;
    private final Templates templates;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SessionRoutes(SessionService sessions, StaffAccess access, SessionCookie cookie, Templates templates, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.cookie = cookie;
        this.templates = templates;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/session", this::signInJson);
        routes.delete("/api/session", this::signOutJson);
        routes.get("/login", this::loginForm);
        routes.post("/login", this::signInForm);
        access.routes(routes)
                .get("/api/session", ctx -> ApiRoutes.json(ctx, view(StaffAccess.current(ctx))))
                .post("/logout", this::signOutForm)
                .get("/staff", this::home);
    }

    record SessionView(String user, List<String> roles, String csrfToken) {}

    static SessionView view(StaffSession s) {
        return new SessionView(s.user(), s.roles().stream().sorted().map(Role::id).toList(), s.csrfToken());
    }

    private void signInJson(Context ctx) {
        JsonNode body;
        try {
            body = JsonBodies.mapper().readTree(ctx.body());
        } catch (JacksonException e) {
            throw new BadRequest("بدنه درخواست JSON معتبر نیست.");
        }
        if (body == null || !body.isObject() || !text(body, "username") || !text(body, "password")) {
            throw new BadRequest("بدنه درخواست باید {\"username\": \"...\", \"password\": \"...\"} باشد.");
        }
        SignInOutcome outcome = sessions.signIn(body.get("username").asText(), body.get("password").asText(), ctx.ip());
        switch (outcome) {
            case SignInOutcome.SignedIn in -> {
                start(ctx, in);
                ApiRoutes.json(ctx, view(in.session()));
            }
            case SignInOutcome.Refused refused -> {
                ctx.status(HttpStatus.UNAUTHORIZED);
                ApiRoutes.json(ctx, new ApiViews.Error(WRONG));
            }
            case SignInOutcome.Throttled t -> {
                ctx.status(HttpStatus.TOO_MANY_REQUESTS);
                RetryAfter.header(ctx, wait(t.retryAt()));
                ApiRoutes.json(ctx, new ApiViews.Error(throttled(t.retryAt())));
            }
        }
    }

    /** 204 whether or not a session was there: afterwards there is none. With one, it takes its token. */
    private void signOutJson(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        access.resume(ctx).ifPresent(s -> {
            if (!access.tokenMatches(ctx)) throw new StaffRefusal.BadToken();
            sessions.signOut(StaffAccess.currentId(ctx), s, ctx.ip());
        });
        if (SessionCookie.read(ctx).isPresent()) cookie.clear(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private void loginForm(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String next = SafeNext.of(ctx.queryParam("next"));
        if (access.resume(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        String notice = ctx.queryParam("out") != null ? "از حساب خود خارج شدید." : null;
        renderLogin(ctx, HttpStatus.OK, next, "", null, notice);
    }

    private void signInForm(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String next = SafeNext.of(ctx.formParam("next"));
        String username = ctx.formParam("username") == null ? "" : ctx.formParam("username").strip();
        if (username.length() > 40) username = username.substring(0, 40);
        if (!formTokenMatches(ctx)) {
            renderLogin(ctx, HttpStatus.FORBIDDEN, next, username,
                    "فرم ورود کهنه شده بود. لطفاً دوباره نام کاربری و گذرواژه را وارد کنید.", null);
            return;
        }
        SignInOutcome outcome = sessions.signIn(username, ctx.formParam("password"), ctx.ip());
        switch (outcome) {
            case SignInOutcome.SignedIn in -> {
                start(ctx, in);
                clearFormCookie(ctx);
                ctx.redirect(next, HttpStatus.SEE_OTHER);
            }
            case SignInOutcome.Refused refused -> renderLogin(ctx, HttpStatus.UNAUTHORIZED, next, username, WRONG, null);
            case SignInOutcome.Throttled t -> {
                RetryAfter.header(ctx, wait(t.retryAt()));
                renderLogin(ctx, HttpStatus.TOO_MANY_REQUESTS, next, username, throttled(t.retryAt()), null);
            }
        }
    }

    private void signOutForm(Context ctx) {
        sessions.signOut(StaffAccess.currentId(ctx), StaffAccess.current(ctx), ctx.ip());
        cookie.clear(ctx);
        ctx.redirect("/login?out=1", HttpStatus.SEE_OTHER);
    }

    private void home(Context ctx) {
        StaffSession s = StaffAccess.current(ctx);
        List<StaffViews.Link> links = StaffAreas.linksFor(s.roles());
        templates.render(ctx, "staffHome.jte", new StaffViews.HomePage(header(s), links));
    }

    static StaffViews.Header header(StaffSession s) {
        return new StaffViews.Header(s.user(),
                s.roles().stream().sorted().map(Role::label).collect(Collectors.joining("، ")), s.csrfToken());
    }

    /** A new session replaces whatever session the browser had: one browser, one staff member. */
    private void start(Context ctx, SignInOutcome.SignedIn in) {
        access.resume(ctx).ifPresent(old -> sessions.signOut(StaffAccess.currentId(ctx), old, ctx.ip()));
        cookie.set(ctx, in.sessionId(), sessions.policy().absolute());
        ctx.header("Cache-Control", "no-store");
    }

    private void renderLogin(Context ctx, HttpStatus status, String next, String username, String error,
                             String notice) {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        ctx.res().addHeader("Set-Cookie", FORM_COOKIE + "=" + token + cookie.attributes("/login", FORM_LIFETIME));
        ctx.status(status);
        templates.render(ctx, "login.jte", new StaffViews.LoginPage(next, username, token, error, notice));
    }

    private boolean formTokenMatches(Context ctx) {
        String sent = ctx.formParam(StaffAccess.CSRF_FIELD);
        String kept = ctx.cookie(FORM_COOKIE);
        return sent != null && kept != null && !kept.isEmpty()
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), kept.getBytes(StandardCharsets.UTF_8));
    }

    private void clearFormCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", FORM_COOKIE + "=" + cookie.attributes("/login", Duration.ZERO));
    }

    private byte[] randomBytes() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return b;
    }

    private Duration wait(Instant until) {
        Duration d = Duration.between(clock.instant(), until);
        return d.isNegative() ? Duration.ofSeconds(1) : d;
    }

    private String throttled(Instant until) {
        return "به دلیل چند ورود ناموفق پیاپی، ورود موقتاً بسته شده است. لطفاً "
                + RetryAfter.when(ZonedDateTime.now(clock), wait(until)) + " دوباره تلاش کنید.";
    }

    private static boolean text(JsonNode body, String field) {
        return body.get(field) != null && body.get(field).isTextual();
    }

    /** {@code /login?next=...} for the page a signed-out visitor asked for. */
    static String loginFor(Context ctx) {
        String next = ctx.method().name().equals("GET")
                ? ctx.req().getRequestURI() + (ctx.queryString() == null ? "" : "?" + ctx.queryString())
                : SafeNext.DEFAULT;
        return "/login?next=" + URLEncoder.encode(SafeNext.of(next), StandardCharsets.UTF_8);
    }
}
