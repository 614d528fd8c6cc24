package pasokh.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;

/**
 * Refuses state-changing requests sent by another site's page. Browsers always send {@code Origin} on
 * cross-site POSTs; a request without it comes from a non-browser client, which cannot ride on a
 * visitor's cookies, so it is let through.
 */
final class OriginCheck {

    private OriginCheck() {}

    static void check(Context ctx, String publicUrl) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) return;
        // Behind a reverse proxy the Host header may be rewritten; the public address is what browsers see.
        String from = authority(origin);
        String host = ctx.header("Host");
        boolean sameHost = host != null && host.equalsIgnoreCase(from);
        boolean publicSite = origin.strip().replaceFirst("/+$", "").equalsIgnoreCase(publicUrl.replaceFirst("^(https?://[^/]+).*$", "$1"));
        if (!sameHost && !publicSite) {
            throw new ForbiddenResponse("درخواست از سایت دیگری فرستاده شده و پذیرفته نشد.");
        }
    }

    private static String authority(String origin) {
        try {
            return URI.create(origin.strip()).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
