package pasokh.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import pasokh.Portal;
import pasokh.testing.ShippedPortal;

/** The site over the shipped articles, listening on a free loopback port, for page tests in a real browser. */
final class ShippedSite implements AutoCloseable {

    final Portal portal;
    private final Javalin app;

    private ShippedSite(Portal portal, Javalin app) {
        this.portal = portal;
        this.app = app;
    }

    static ShippedSite start(Path data) throws IOException {
        Portal portal = ShippedPortal.start(data);
        return new ShippedSite(portal, WebApp.create(portal).start("127.0.0.1", 0));
    }

    /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() throws Exception {
        app.stop();
        portal.close();
    }
}
