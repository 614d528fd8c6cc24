package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What attackers and broken clients send: never a 500, never a stack trace, never a script that runs. */
class HostileInputTest extends PortalOverScratchArticles {

    private static final List<String> LUCENE_SYNTAX = List.of("AND (", "\"", "*:*", "~", "\\", "title:x", "(((", ")",
            "[a TO z]", "+-!&&||", "/.*/", "مستمری~3", "?*", "{!}", "<script>alert(1)</script>");

    @Test
    void luceneSyntaxGivesResultsNotErrors() {
        WebFixture.test(portal, http -> {
            for (String q : LUCENE_SYNTAX) {
                HttpResponse<String> api = http.get("/api/search?q=" + Http.encode(q));
                assertEquals(200, api.statusCode(), q + " -> " + api.body());
                assertTrue(api.body().startsWith("{\"query\""), q);
                HttpResponse<String> page = http.get("/search?q=" + Http.encode(q));
                assertEquals(200, page.statusCode(), q);
                assertFalse(page.body().contains("<script>alert(1)"), "the query is escaped on the page");
            }
        });
    }

    @Test
    void oddTextTypedIntoTheSearchBoxGetsSuggestionsOrNoneNeverAnError() {
        WebFixture.test(portal, http -> {
            String[] typed = {"بیمه".repeat(50), "ب".repeat(200), "a ".repeat(100), "1a".repeat(100), "؟!،".repeat(60),
                "\uD83D\uDE00".repeat(50), "\u200c".repeat(150), "bime" + "\u00a0", "<script>alert(1)</script>",
                "' OR 1=1 --", "fdli".repeat(50), "\u202Eبیمه"};
            for (String t : typed) {
                long started = System.nanoTime();
                HttpResponse<String> r = http.get("/api/suggest?q=" + Http.encode(t));
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(200, r.statusCode(), t + " -> " + r.body());
                assertTrue(r.body().startsWith("{\"suggestions\":["), r.body());
                assertTrue(millis < 2000, "suggestions for a hostile text took " + millis + " ms");
            }
        });
    }

    @Test
    void tenThousandCharactersIsAClear400() {
        WebFixture.test(portal, http -> {
            String q = "بیمه".repeat(2500);
            HttpResponse<String> api = http.get("/api/search?q=" + Http.encode(q));
            assertEquals(400, api.statusCode());
            assertTrue(api.body().contains("\"error\"") && api.body().contains("کوتاه‌تر"), api.body());
            HttpResponse<String> page = http.get("/search?q=" + Http.encode(q));
            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("کوتاه‌تر"));
        });
    }

    @Test
    void controlCharactersAreDropped() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/api/search?q=%00%01%1B" + Http.encode("بیکاری") + "%7F");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"query\":\"بیکاری\""), r.body());
            assertTrue(r.body().contains("unemployment-eligibility"));
        });
    }

    @Test
    void brokenPercentEncodingIsA400() {
        WebFixture.test(portal, http -> {
            for (String path : new String[] {"/api/search?q=%E0%A4%A", "/api/search?q=%zz", "/api/search?q=%FF%FE",
                    "/search?q=%E0%A4%A"}) {
                String response = http.raw(path);
                assertTrue(response.startsWith("HTTP/1.1 400"),
                        path + " -> " + response.lines().findFirst().orElse(""));
                assertTrue(response.contains("کدگذاری"), path);
                assertFalse(response.contains("Exception"), path);
            }
        });
    }

    @Test
    void badParametersAreNamedInTheError() {
        WebFixture.test(portal, http -> {
            String[][] cases = {
                {"/api/search?q=x&category=pets", "pets"},
                {"/api/search?q=x&page=-1", "page"},
                {"/api/search?q=x&page=abc", "page"},
                {"/api/search?q=x&size=100000", "size"},
                {"/api/search?q=x&size=0", "size"},
                {"/api/search", "q"},
            };
            for (String[] c : cases) {
                HttpResponse<String> r = http.get(c[0]);
                assertEquals(400, r.statusCode(), c[0]);
                assertTrue(r.body().startsWith("{\"error\":") && r.body().contains(c[1]), c[0] + " -> " + r.body());
            }
            HttpResponse<String> page = http.get("/search?q=x&page=-1");
            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("dir=\"rtl\""), "a Persian error page, not JSON, on the site");
        });
    }

    @Test
    void maliciousArticleIsServedHarmless() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> page = http.get("/articles/malicious");
            assertEquals(200, page.statusCode());
            String body = page.body();
            assertFalse(body.contains("<script>alert"), "raw script escaped");
            assertFalse(body.contains("href=\"javascript:"), "javascript: links removed");
            assertFalse(body.contains("href=\"data:"), "data: links removed");
            assertFalse(body.contains("src=\"javascript:"), "javascript: images removed");
            assertFalse(body.contains("<b>مخرب</b>"), "HTML in the title is escaped");
            assertFalse(body.contains("<img src=x"), "HTML in the summary is escaped");
            assertTrue(body.contains("href=\"mailto:info@tamin.ir\""), "mailto survives");
            assertTrue(body.contains("href=\"https://www.tamin.ir/\""), "https survives");
            String api = http.get("/api/articles/malicious").body();
            assertFalse(api.contains("<script>alert"), api);
            assertFalse(api.contains("href=\\\"javascript"), api);
            assertTrue(api.contains("href=\\\"#\\\""), "neutralised links point nowhere");
        });
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        WebFixture.test(portal, http -> {
            for (String path : new String[] {"/", "/articles/pension-calculation", "/no-such", "/api/search?q=x",
                    "/api/search?q=x&page=0", "/static/site.css"}) {
                HttpResponse<String> r = http.get(path);
                String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
                assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                assertFalse(r.headers().firstValue("Referrer-Policy").orElse("").isEmpty(), path);
            }
        });
    }

    @Test
    void crossSitePostsAreRefusedAndHugeBodiesToo() {
        WebFixture.test(portal, http -> {
            long before = portal.feedback().tally("pension-calculation").helpful();
            HttpResponse<String> forged = http.post("/feedback", "application/x-www-form-urlencoded",
                    "slug=pension-calculation&helpful=yes", "Origin", "https://evil.example");
            assertEquals(403, forged.statusCode());
            HttpResponse<String> forgedApi = http.post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":true}", "Origin", "https://evil.example");
            assertEquals(403, forgedApi.statusCode());
            assertTrue(forgedApi.body().startsWith("{\"error\":"));
            HttpResponse<String> huge = http.post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":true,\"comment\":\"" + "x".repeat(100_000) + "\"}");
            assertEquals(413, huge.statusCode(), "too large, not 'bad JSON'");
            assertTrue(huge.body().contains("حجم درخواست"), huge.body());
            assertEquals(before, portal.feedback().tally("pension-calculation").helpful(), "nothing stored");
            HttpResponse<String> viaProxy = http.post("/feedback", "application/x-www-form-urlencoded",
                    "slug=pension-calculation&helpful=yes", "Origin", "https://pasokh.tamin.ir");
            assertEquals(303, viaProxy.statusCode(),
                    "the public address is our own origin, whatever Host the proxy sends");
        });
    }

    @Test
    void feedbackFloodsAreCutOff() {
        WebFixture.test(portal, http -> {
            WebFixture.clearOfARateWindowEdge();
            int accepted = 0;
            int refused = 0;
            for (int i = 0; i < FeedbackRateLimit.PER_WINDOW + 5; i++) {
                HttpResponse<String> r = http.post("/api/feedback", "application/json",
                        "{\"slug\":\"pension-calculation\",\"helpful\":true}");
                if (r.statusCode() == 201) accepted++;
                if (r.statusCode() == 429) {
                    refused++;
                    assertTrue(r.headers().firstValue("Retry-After").isPresent(), "every 429 says when to come back");
                }
            }
            assertEquals(FeedbackRateLimit.PER_WINDOW, accepted);
            assertEquals(5, refused);
        });
    }

    @Test
    void errorsJettyAnswersItselfKeepOurHeadersAndShape() {
        WebFixture.test(portal, http -> {
            String api = http.raw("/api/articles/%C0%AF");
            assertTrue(api.startsWith("HTTP/1.1 400"), api.lines().findFirst().orElse(""));
            assertTrue(api.contains("Content-Security-Policy: default-src 'self'"), api);
            assertTrue(api.contains("{\"error\":"), api);
            String page = http.raw("/articles/%C0%AF");
            assertTrue(page.contains("X-Content-Type-Options: nosniff") && page.contains("dir=\"rtl\""), page);
        });
    }
}
