package pasokh.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pasokh.account.Role;
import pasokh.account.SessionService;
import pasokh.account.StaffSession;

/**
 * The one place that says which roles open which staff area, and the guard every staff route is registered
 * through. The guard is bound to the handler, not matched against the request's path, so no spelling of a
 * path (%-encoding, double slashes, case) can reach a staff handler around it.
 *
 * <p>On each guarded request: the session is read from its cookie (anonymous: {@link
 * StaffRefusal.SignInRequired}); an unsafe method must carry the session's CSRF token as {@code X-CSRF-Token}
 * or the form field {@code _csrf} ({@link StaffRefusal.BadToken}); and the user must hold one of the area's
 * roles ({@link StaffRefusal.WrongRole}). Public routes never read the cookie.
 */
final class StaffAccess {

    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_FIELD = "_csrf";
    private static final String SESSION = "pasokh.staff-session";
    private static final String SESSION_ID = "pasokh.staff-session-id";

    /** Areas by path prefix; the longest matching prefix decides. The next features add their lines here. */
    private static final Map<String, Set<Role>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("/staff", EnumSet.allOf(Role.class));
        AREAS.put("/api/session", EnumSet.allOf(Role.class));
        AREAS.put("/logout", EnumSet.allOf(Role.class));
        AREAS.put("/admin", EnumSet.of(Role.ADMIN));
        AREAS.put("/api/admin", EnumSet.of(Role.ADMIN));
        // publishers read the log of an article (?slug=); the whole log is the admins'
        AREAS.put("/api/audit", EnumSet.of(Role.ADMIN, Role.PUBLISHER));
        AREAS.put("/insights", EnumSet.of(Role.MANAGER, Role.EDITOR, Role.PUBLISHER));
        AREAS.put("/editor", EnumSet.of(Role.EDITOR, Role.PUBLISHER));
        AREAS.put("/api/editor", EnumSet.of(Role.EDITOR, Role.PUBLISHER));
        // an exact route outranks its area: only publishers put an article on the site or take it off
        AREAS.put("/api/editor/articles/{slug}/publish", EnumSet.of(Role.PUBLISHER));
        AREAS.put("/api/editor/articles/{slug}/unpublish", EnumSet.of(Role.PUBLISHER));
        AREAS.put("/api/editor/articles/{slug}/archive", EnumSet.of(Role.PUBLISHER));
        AREAS.put("/editor/articles/{slug}/publish", EnumSet.of(Role.PUBLISHER));
        AREAS.put("/editor/articles/{slug}/unpublish", EnumSet.of(Role.PUBLISHER));
        AREAS.put("/editor/articles/{slug}/archive", EnumSet.of(Role.PUBLISHER));
        AREAS.put("/api/gaps", EnumSet.of(Role.MANAGER, Role.EDITOR, Role.PUBLISHER));
        AREAS.put("/agent", EnumSet.of(Role.AGENT));
        AREAS.put("/api/agent", EnumSet.of(Role.AGENT));
    }

    private final SessionService sessions;

    StaffAccess(SessionService sessions) {
        this.sessions = sessions;
    }

    /** The roles that open {@code path}; a path outside every area is a programming error, found at start-up. */
    static Set<Role> rolesFor(String path) {
        if (AREAS.containsKey(path)) return AREAS.get(path);
        String best = null;
        for (String prefix : AREAS.keySet()) {
            boolean inside = path.equals(prefix) || path.startsWith(prefix + "/");
            if (inside && (best == null || prefix.length() > best.length())) best = prefix;
        }
        if (best == null) throw new IllegalStateException("no staff area declares the roles for " + path);
        return AREAS.get(best);
    }

    /** Registers staff routes, each behind the guard of its area. */
    Registrar routes(RoutesConfig routes) {
        return new Registrar(routes);
    }

    final class Registrar {
        private final RoutesConfig routes;

        private Registrar(RoutesConfig routes) {
            this.routes = routes;
        }

        Registrar get(String path, Handler handler) {
            routes.get(path, guard(rolesFor(path), handler));
            return this;
        }

        Registrar post(String path, Handler handler) {
            routes.post(path, guard(rolesFor(path), handler));
            return this;
        }

        Registrar put(String path, Handler handler) {
            routes.put(path, guard(rolesFor(path), handler));
            return this;
        }

        Registrar delete(String path, Handler handler) {
            routes.delete(path, guard(rolesFor(path), handler));
            return this;
        }
    }

    private Handler guard(Set<Role> roles, Handler handler) {
        return ctx -> {
            // pages with tokens and staff data: never kept by a browser cache or a proxy
            ctx.header("Cache-Control", "no-store");
            StaffSession session = resume(ctx).orElseThrow(StaffRefusal.SignInRequired::new);
            if (isUnsafe(ctx) && !tokenMatches(ctx)) throw new StaffRefusal.BadToken();
            if (!session.hasAny(roles)) throw new StaffRefusal.WrongRole();
            handler.handle(ctx);
        };
    }

    /**
     * The live session this request's cookie names, if any; read once per request. Also used by the
     * sign-in routes, which serve anonymous visitors too.
     */
    Optional<StaffSession> resume(Context ctx) {
        Object known = ctx.attribute(SESSION);
        if (known instanceof StaffSession s) return Optional.of(s);
        Optional<String> id = SessionCookie.read(ctx);
        Optional<StaffSession> session = id.flatMap(sessions::resume);
        session.ifPresent(s -> {
            ctx.attribute(SESSION, s);
            ctx.attribute(SESSION_ID, id.get());
        });
        return session;
    }

    /** The signed-in staff member of a guarded request. */
    static StaffSession current(Context ctx) {
        Object s = ctx.attribute(SESSION);
        if (s instanceof StaffSession session) return session;
        throw new IllegalStateException("current() is for routes registered through StaffAccess");
    }

    /** The session id of a request whose session {@link #resume} found. */
    static String currentId(Context ctx) {
        return ctx.attribute(SESSION_ID);
    }

    boolean tokenMatches(Context ctx) {
        String id = ctx.attribute(SESSION_ID);
        String token = ctx.header(CSRF_HEADER);
        if (token == null && isForm(ctx)) token = ctx.formParam(CSRF_FIELD);
        return id != null && sessions.tokenMatches(id, token);
    }

    static boolean isUnsafe(Context ctx) {
        String m = ctx.method().name();
        return !(m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS"));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.header("Content-Type");
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
