package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests broken below the level of parameters, sent byte for byte: a 400 in our shape, never a 500. */
class MalformedRequestTest extends PortalOverScratchArticles {

    private static final String FORM = "application/x-www-form-urlencoded";

    private static String post(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
        return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    private static void assertOurShape(String what, RawHttp.Response r, int status, boolean api) {
        assertEquals(status, r.status(), what + " -> " + r.body());
        SecurityHeaders.HEADERS.forEach((name, value) -> assertEquals(value, r.header(name), what + ": " + name));
        assertFalse(r.body().contains("Exception") || r.body().toLowerCase().contains("jetty"), what + ": " + r.body());
        if (api) {
            assertTrue(r.header("Content-Type").startsWith("application/json"), what);
            assertTrue(r.body().startsWith("{\"error\":\""), what + " -> " + r.body());
        } else {
            assertTrue(r.header("Content-Type").startsWith("text/html"), what);
            assertTrue(r.body().contains("dir=\"rtl\""), what + ": a Persian page");
        }
    }

    private long helpful() {
        return portal.feedback().tally("pension-calculation").helpful();
    }

    @Test
    void aCharsetOtherThanUtf8IsA400() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            long before = helpful();
            for (String charset : new String[] {"bogus", "utf-7", "\"UTF-7\"", "iso-8859-1"}) {
                RawHttp.Response form = raw.send(post("/feedback", FORM + "; charset=" + charset,
                        "slug=pension-calculation&helpful=yes"));
                assertOurShape("form " + charset, form, 400, false);
                assertTrue(form.body().contains("UTF-8"), form.body());
                RawHttp.Response json = raw.send(post("/api/feedback", "application/json; charset=" + charset,
                        "{\"slug\":\"pension-calculation\",\"helpful\":true}"));
                assertOurShape("json " + charset, json, 400, true);
            }
            assertEquals(303, raw.send(post("/feedback", FORM + "; charset=UTF-8",
                    "slug=pension-calculation&helpful=yes")).status(),
                    "UTF-8 named is fine");
            assertEquals(before + 1, helpful(), "only the UTF-8 one is stored");
        });
    }

    @Test
    void aBodyThatIsNeitherAFormNorJsonIsRefusedNotA500() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            long before = helpful();
            String multipart = "--b\r\nContent-Disposition: form-data; name=\"slug\"\r\n\r\npension-calculation\r\n--b--\r\n";
            for (String type : new String[] {"multipart/form-data; boundary=b", "multipart/form-data", "text/plain"}) {
                assertOurShape("form " + type, raw.send(post("/feedback", type, multipart)), 415, false);
                assertOurShape("api " + type, raw.send(post("/api/feedback", type, multipart)), 415, true);
            }
            assertEquals(before, helpful(), "nothing stored");
        });
    }

    @Test
    void aBrokenChunkSizeIsA400() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            for (String path : new String[] {"/api/feedback", "/feedback"}) {
                RawHttp.Response r = raw.send("POST " + path
                        + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
                assertOurShape(path, r, 400, path.startsWith("/api/"));
            }
        });
    }

    @Test
    void bareLineFeedsAreA400() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            assertOurShape("request", raw.send("GET /health HTTP/1.1\nHost: x\nConnection: close\n\n"), 400, true);
            assertOurShape("chunk",
                    raw.send("POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\n{}\n0\n\n"), 400, true);
        });
    }

    @Test
    void aClientThatHangsUpMidBodyGetsA400AndNothingIsStored() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            long before = helpful();
            String json = "POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
                    + "{\"slug\":\"pension-calculation\",";
            assertOurShape("json", raw.send(json.getBytes(StandardCharsets.ISO_8859_1), true), 400, true);
            String form = "POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM
                    + "\r\nContent-Length: 200\r\n\r\n"
                    + "slug=pension-calculation&helpful=yes";
            assertOurShape("form", raw.send(form.getBytes(StandardCharsets.ISO_8859_1), true), 400, false);
            assertEquals(before, helpful());
        });
    }

    @Test
    void rawInvalidUtf8InTheQueryIsTheSame400AsPercentEncoded() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            for (String path : new String[] {"/api/search", "/search", "/api/suggest"}) {
                RawHttp.Response encoded = raw.send("GET " + path
                        + "?q=%FF%FE HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                RawHttp.Response bytes = raw.send("GET " + path
                        + "?q=\u00ff\u00fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                assertOurShape(path + " encoded", encoded, 400, path.startsWith("/api/"));
                assertOurShape(path + " raw", bytes, 400, path.startsWith("/api/"));
                assertTrue(bytes.body().contains("کدگذاری"), bytes.body());
                if (path.startsWith("/api/")) assertEquals(encoded.body(), bytes.body());
            }
            String rawPersian = new String("بیکاری".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            RawHttp.Response valid = raw.send("GET /api/search?q=" + rawPersian
                    + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertEquals(200, valid.status(), "raw UTF-8, as curl sends it, is still a search");
            assertTrue(valid.body().contains("unemployment-eligibility"), valid.body());
        });
    }

    @Test
    void invalidUtf8InFormFieldsIsA400() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            long before = helpful();
            for (String comment : new String[] {"%FF%FE", "\u00ff\u00fe", "%E0%A4%A", "%zz"}) {
                RawHttp.Response r = raw.send(post("/feedback", FORM,
                        "slug=pension-calculation&helpful=yes&comment=" + comment));
                assertOurShape(comment, r, 400, false);
            }
            RawHttp.Response json = raw.send(post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":true,\"comment\":\"\u00ff\u00fe\"}"));
            assertOurShape("json", json, 400, true);
            assertEquals(before, helpful(), "nothing stored");
        });
    }

    @Test
    void errorsJettyAnswersItselfHaveOurHeadersAndShapeOnEveryPath() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            String longQuery = "a".repeat(200_000);
            String bigHeader = "X-Big: " + "a".repeat(200_000) + "\r\n";
            Map<String, Integer> cases = new LinkedHashMap<>();
            cases.put("GET /api/articles/a\u0000b HTTP/1.1\r\nHost: x\r\n", 400);
            cases.put("GET /articles/a\u0000b HTTP/1.1\r\nHost: x\r\n", 400);
            cases.put("GET /api/articles/%zz HTTP/1.1\r\nHost: x\r\n", 400);
            cases.put("GET /articles/%zz HTTP/1.1\r\nHost: x\r\n", 400);
            cases.put("GET /api/articles/a%00b HTTP/1.1\r\nHost: x\r\n", 400);
            cases.put("GET /api/../../etc/passwd HTTP/1.1\r\nHost: x\r\n", 400);
            cases.put("GET /api/search?q=" + longQuery + " HTTP/1.1\r\nHost: x\r\n", 414);
            cases.put("GET /search?q=" + longQuery + " HTTP/1.1\r\nHost: x\r\n", 414);
            cases.put("GET /api/search?q=x HTTP/1.1\r\nHost: x\r\n" + bigHeader, 431);
            cases.put("GET /search?q=x HTTP/1.1\r\nHost: x\r\n" + bigHeader, 431);
            cases.put("GET /api/articles/x HTTP/1.1\r\nHost: x\r\nHost: y\r\n", 400);
            cases.put("GET /health HTTP/9.9\r\nHost: x\r\n", 505);
            cases.put("GET /health HTTP/1.1\r\n", 400);
            cases.put("OPTIONS * HTTP/1.1\r\nHost: x\r\n", 404);
            for (var c : cases.entrySet()) {
                String request = c.getKey() + "Connection: close\r\n\r\n";
                String what = request.substring(0, Math.min(40, request.length())).replace("\r\n", " ")
                        .replace("\u0000", "\\0");
                String target = request.split(" ")[1];
                boolean api = target.startsWith("/api/") || target.equals("/health");
                assertOurShape(what, raw.send(request), c.getValue(), api);
            }
            RawHttp.Response tooLong = raw.send("GET /api/search?q=" + longQuery
                    + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(tooLong.body().contains("طولانی"), "says what is wrong: " + tooLong.body());
        });
    }
}
