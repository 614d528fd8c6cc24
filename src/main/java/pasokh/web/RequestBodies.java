package pasokh.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every request body before a route does, and refuses with a 400 a body we would otherwise misread or
 * fail on with a 500: a charset other than UTF-8 (Javalin would throw on {@code charset=bogus} and decode
 * {@code charset=utf-7}, a classic way to smuggle script past filters), bytes that are not UTF-8, form
 * fields whose percent-encoding is broken or not UTF-8, and a body that cannot be read at all (a broken
 * chunk size, a client that hung up half-way). Javalin keeps the bytes read here for the route.
 *
 * <p>Each refusal is one log line (method, path, client address, what was wrong), never the body itself.
 */
final class RequestBodies {

    private static final Logger log = LoggerFactory.getLogger(RequestBodies.class);
    /** Feedback is the largest public body: a 1,000-character comment is far below this. */
    static final long MAX_PUBLIC_BYTES = 16 * 1024;
    static final long MAX_EDITOR_BYTES = 1024 * 1024;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";

    private RequestBodies() {}

    static void check(Context ctx) {
        String method = ctx.method().name();
        if (!(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) return;
        // the header itself: the servlet API's getContentType() throws on a charset the JVM does not know
        String contentType = ctx.header("Content-Type") == null ? "" : ctx.header("Content-Type");
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        // the portal takes forms and JSON only; a multipart body would reach formParam after we read it, a 500
        if (!type.isEmpty() && !type.startsWith(FORM) && !type.startsWith(JSON)) {
            log.info("Refused {} {} from {}: its content type is neither a form nor JSON", ctx.method(),
                    LoggedText.path(ctx.path()), ctx.ip());
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "این نشانی فقط فرم ساده یا JSON می‌پذیرد.");
        }
        String charset = charsetOf(contentType);
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            throw refuse(ctx, "its charset is not UTF-8", "بدنه درخواست باید با UTF-8 نوشته شده باشد.");
        }
        long limit = isEditor(ctx.path()) ? MAX_EDITOR_BYTES : MAX_PUBLIC_BYTES;
        // refused before reading when the length is declared; a chunked body is measured once read
        if (ctx.req().getContentLengthLong() > limit) throw tooLarge();
        byte[] body = read(ctx);
        if (body.length > limit) throw tooLarge();
        if (!Utf8Text.isUtf8(body)) {
            throw refuse(ctx, "its bytes are not UTF-8", "بدنه درخواست UTF-8 معتبر نیست.");
        }
        if (type.startsWith(FORM) && !formDecodes(body)) {
            throw refuse(ctx, "a form field is not percent-encoded UTF-8", "فرم فرستاده‌شده درست کدگذاری نشده است.");
        }
    }

    private static boolean isEditor(String path) {
        return path.startsWith("/editor/") || path.equals("/editor") || path.startsWith("/api/editor/");
    }

    private static HttpResponseException tooLarge() {
        return new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "حجم درخواست بیش از حد مجاز است.");
    }

    private static byte[] read(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (HttpResponseException tooLarge) {
            throw tooLarge;
        } catch (Exception e) { // Javalin is Kotlin: an IOException reaches us undeclared
            if (!unreadableBody(e)) {
                if (e instanceof RuntimeException r) throw r;
                throw new IllegalStateException("reading a request body failed", e);
            }
            // A body cut off by our own deadline or idle timeout has been logged where it was cut.
            if (!causedBy(e, TimeoutException.class)) {
                log.info("Refused {} {} from {}: its body could not be read ({})", ctx.method(),
                        LoggedText.path(ctx.path()), ctx.ip(), describe(e));
            }
            throw new BadRequest("بدنه درخواست کامل یا درست نرسید.");
        }
    }

    /** A failure reading the request (Jetty's parser or the socket), as opposed to a bug of ours. */
    static boolean unreadableBody(Throwable e) {
        return causedBy(e, IOException.class) || causedBy(e, HttpException.class);
    }

    private static boolean causedBy(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().replaceAll("[^\\x20-\\x7E]", "?");
        String text = root.getClass().getSimpleName() + message;
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    private static boolean formDecodes(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        for (String field : text.split("&")) {
            if (!Utf8Text.percentDecodesAsUtf8(field)) return false;
        }
        return true;
    }

    /** The charset parameter of a Content-Type, lower-cased and unquoted, or null if there is none. */
    static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                return p.substring(eq + 1).strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static BadRequest refuse(Context ctx, String why, String message) {
        log.info("Refused {} {} from {}: {}", ctx.method(), LoggedText.path(ctx.path()), ctx.ip(), why);
        return new BadRequest(message);
    }
}
