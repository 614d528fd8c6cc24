package pasokh.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before Javalin sees the request (an undecodable path, say), get the same
 * security headers and the same shapes as ours: {"error": ...} under /api, a short Persian page elsewhere.
 * Nothing from the request is echoed.
 */
final class JettyErrors extends ErrorHandler {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>درخواست نامعتبر | پاسخ</title>
            <link rel="stylesheet" href="/static/site.css"></head>
            <body><main><section class="error-page"><h1>درخواست نامعتبر</h1>
            <p>نشانی درخواست قابل خواندن نیست. <a href="/">بازگشت به صفحه نخست</a></p></section></main></body></html>
            """;

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        boolean api = isApi(request);
        response.setStatus(code);
        var headers = response.getHeaders();
        headers.put("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put(HttpHeader.CONTENT_TYPE, api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
        String body = api ? "{\"error\":\"درخواست نامعتبر است؛ نشانی یا پارامترها قابل خواندن نیستند.\"}" : PAGE;
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static boolean isApi(Request request) {
        try {
            String path = request.getHttpURI().getPath();
            return path != null && (path.startsWith("/api/") || path.equals("/health"));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }
}
