package pasokh.web;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers HEAD exactly as GET: the same handler runs, so status and headers are what GET would send, and
 * Jetty, which still knows the request was a HEAD, writes no body. Javalin on its own answers every HEAD
 * for a GET route with an empty 200 without running the route, so a missing article looked present to
 * link checkers and monitors.
 */
final class HeadAsGet extends Handler.Wrapper {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.HEAD.is(request.getMethod())) return super.handle(request, response, callback);
        return super.handle(new Request.Wrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.asString();
            }
        }, response, callback);
    }
}
