package pasokh.web;

import io.javalin.http.Context;
import java.util.Map;

/** Headers every response carries, error pages and static files included. */
final class SecurityHeaders {

    /** No inline script or style anywhere: the CSP forbids it, so an injected tag cannot run. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'");

    /** One list for our routes and for the errors Jetty answers itself ({@link JettyErrors}). */
    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "X-Frame-Options", "DENY",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
