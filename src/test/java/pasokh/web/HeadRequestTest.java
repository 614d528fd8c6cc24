package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** HEAD answers what GET would, without the body: monitors and link checkers rely on it. */
class HeadRequestTest extends PortalOverScratchArticles {

    @Test
    void headHasTheStatusAndHeadersOfGetAndNoBody() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            String q = Http.encode("بیمه بیکاری");
            String[][] cases = {
                {"/articles/no-such-article", "404"},
                {"/api/articles/no-such-article", "404"},
                {"/no-such-page", "404"},
                {"/search?q=" + q, "200"},
                {"/api/search?q=" + q, "200"},
                {"/health", "200"},
                {"/articles/pension-calculation", "200"},
                {"/api/search?q=%FF", "400"},
            };
            for (String[] c : cases) {
                RawHttp.Response get = raw.send("GET " + c[0] + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                RawHttp.Response head = raw.send("HEAD " + c[0] + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                assertEquals(Integer.parseInt(c[1]), get.status(), c[0]);
                assertEquals(get.status(), head.status(), c[0]);
                assertEquals(get.header("Content-Type"), head.header("Content-Type"), c[0]);
                SecurityHeaders.HEADERS.keySet()
                        .forEach(h -> assertEquals(get.header(h), head.header(h), c[0] + " " + h));
                if (get.header("Content-Length") != null) {
                    assertEquals(get.header("Content-Length"), head.header("Content-Length"), c[0]);
                }
                assertEquals("", head.body(), c[0] + ": no body");
                assertTrue(!get.body().isEmpty(), c[0]);
            }
        });
    }
}
