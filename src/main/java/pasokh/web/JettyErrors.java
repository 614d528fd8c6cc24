package pasokh.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors Jetty answers itself, before Javalin sees the request (an undecodable path, a request line or
 * headers over the size limit, a NUL byte, an unsupported HTTP version), get the same security headers and
 * the same shapes as ours: {@code {"error": ...}} under /api and /health, a short Persian page elsewhere,
 * with a message that says what was wrong. Each is logged in one line; nothing from the request is echoed
 * to the client.
 */
final class JettyErrors extends ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(JettyErrors.class);
    /** Enough of a path to say where a request went; a query string may carry personal data and is dropped. */
    /** Jetty refuses for overload only briefly (a full queue); as for our own 503 while the index is rebuilt. */
    private static final int RETRY_AFTER_SECONDS = 2;

    private record Problem(String title, String message) {}

    private static Problem problem(int status) {
        return switch (status) {
            case 400 -> new Problem("درخواست نامعتبر", "درخواست نامعتبر است؛ نشانی یا پارامترها قابل خواندن نیستند.");
            case 404 -> new Problem("صفحه پیدا نشد", "صفحه‌ای با این نشانی وجود ندارد.");
            case 405 -> new Problem("درخواست پذیرفته نشد", "این نشانی چنین درخواستی را نمی‌پذیرد.");
            case 408 -> new Problem("درخواست کامل نرسید", "درخواست در زمان مقرر کامل نرسید؛ لطفاً دوباره بفرستید.");
            case 413 -> new Problem("درخواست پذیرفته نشد", "حجم درخواست بیش از حد مجاز است.");
            case 414 -> new Problem("نشانی بیش از حد طولانی",
                    "نشانی درخواست بیش از حد طولانی است؛ لطفاً پرسش را کوتاه‌تر بنویسید.");
            case 429 -> new Problem("درخواست‌های بیش از حد",
                    "درخواست‌های زیادی از نشانی شما رسیده است؛ لطفاً چند ثانیه دیگر دوباره تلاش کنید.");
            case 431 -> new Problem("درخواست پذیرفته نشد", "سرآیندهای درخواست بیش از حد بزرگ‌اند.");
            case 501, 505 -> new Problem("درخواست پذیرفته نشد", "این نوع درخواست پشتیبانی نمی‌شود.");
            case 503 -> new Problem("سامانه لحظه‌ای در دسترس نیست", "لطفاً چند ثانیه دیگر دوباره تلاش کنید.");
            default -> status >= 500
                    ? new Problem("خطای سرور",
                            "مشکلی پیش آمد و درخواست شما انجام نشد. لطفاً چند دقیقه بعد دوباره تلاش کنید.")
                    : new Problem("درخواست پذیرفته نشد", "درخواست شما قابل انجام نیست.");
        };
    }

    /**
     * Every method gets a body and our headers; Jetty's default writes a bare status for all but GET, POST and
     * HEAD.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        Sent sent = Sent.of(request);
        log.info("Refused {} {} from {}: {} {}", sent.method(), sent.path(), client(request), code,
                HttpStatus.getMessage(code));
        response.setStatus(code);
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.HEADERS.forEach(headers::put);
        if (code == 429 || code == 503) headers.put(HttpHeader.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        headers.put(HttpHeader.CONTENT_TYPE, sent.api() ? JsonBodies.CONTENT_TYPE : "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body(code, sent.api())), callback);
    }

    /** Jetty's answer when it has no request to hand us at all; the shape cannot be known, so a page. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        return ByteBuffer.wrap(body(status, false));
    }

    private static byte[] body(int status, boolean api) {
        Problem p = problem(status);
        if (api) {
            try {
                return JsonBodies.mapper().writeValueAsBytes(new ApiViews.Error(p.message()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an error message could not be written as JSON", e);
            }
        }
        return page(p).getBytes(StandardCharsets.UTF_8);
    }

    private static String page(Problem p) {
        return """
                <!DOCTYPE html>
                <html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>%s | پاسخ</title>
                <link rel="stylesheet" href="/static/site.css"></head>
                <body><main><section class="error-page"><h1>%s</h1>
                <p>%s <a href="/">بازگشت به صفحه نخست</a></p></section></main></body></html>
                """.formatted(p.title(), p.title(), p.message());
    }

    /**
     * What the client asked for, from the bytes it sent when Jetty could not parse the request line (its
     * stand-in request says only {@code /badMessage}), else from the parsed URI.
     */
    private record Sent(String method, String path, boolean api) {

        private static final String BAD_MESSAGE_PATH = "/badMessage";

        static Sent of(Request request) {
            Optional<String> line = RecordingHttpConnectionFactory.requestLineAsSent(request);
            String parsed = rawPath(request);
            String method;
            String target;
            // a request line Jetty did parse says it best; the bytes as sent are for its stand-in /badMessage
            if (!parsed.isEmpty() && !parsed.equals(BAD_MESSAGE_PATH)) {
                method = request.getMethod();
                target = parsed;
            } else if (line.isPresent()) {
                String[] parts = line.get().split("[ \\r\\n]", 3);
                method = parts[0];
                target = parts.length > 1 ? parts[1] : "";
            } else {
                method = request.getMethod();
                target = parsed;
            }
            String path = target.replaceFirst("[?#].*", "");
            boolean api = path.startsWith("/api/") || path.equals("/health");
            return new Sent(LoggedText.printable(method, 16), LoggedText.path(path), api);
        }

        private static String rawPath(Request request) {
            try {
                String path = request.getHttpURI().getPath();
                return path == null ? "" : path;
            } catch (RuntimeException unreadable) {
                return "";
            }
        }
    }

    private static String client(Request request) {
        try {
            return request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress inet
                    && inet.getAddress() != null ? inet.getAddress().getHostAddress() : "unknown";
        } catch (RuntimeException gone) {
            return "unknown";
        }
    }
}
