package pasokh.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * The staff session cookie: {@code HttpOnly} (no script reads it), {@code SameSite=Strict} (no other site's
 * page makes the browser send it), {@code Path=/}, and {@code Secure} when the public address is https.
 * Only sign-in sets it: citizens' pages never do.
 */
final class SessionCookie {

    static final String NAME = "pasokh_session";

    private final boolean secure;

    SessionCookie(String publicUrl) {
        this.secure = publicUrl.startsWith("https://");
    }

    static Optional<String> read(Context ctx) {
        return Optional.ofNullable(ctx.cookie(NAME)).filter(v -> !v.isBlank());
    }

    void set(Context ctx, String sessionId, Duration lifetime) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + sessionId + "; Path=/; Max-Age=" + lifetime.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : ""));
    }

    /** Other staff cookies (the sign-in form's token) take the same attributes. */
    String attributes(String path, Duration lifetime) {
        return "; Path=" + path + "; Max-Age=" + lifetime.toSeconds() + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }
}
