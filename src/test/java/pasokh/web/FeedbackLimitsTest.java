package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The per-sender feedback limit over HTTP: what counts, what a refusal says, and what the reader keeps. */
class FeedbackLimitsTest extends PortalOverScratchArticles {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String JSON = "application/json";
    static final String VALID_JSON = "{\"slug\":\"pension-calculation\",\"helpful\":true}";

    static long retryAfter(HttpResponse<String> r) {
        return Long.parseLong(r.headers().firstValue("Retry-After")
                .orElseThrow(() -> new AssertionError("no Retry-After")));
    }

    @Test
    void onlyFeedbackAcceptedForProcessingCountsAgainstTheLimit() {
        WebFixture.test(portal, http -> {
            WebFixture.clearOfARateWindowEdge();
            for (int round = 0; round < 3; round++) {
                for (String path : new String[] {"/feedback", "/api/feedback"}) {
                    for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
                        assertTrue(http.send(method, path).statusCode() != 429, method + " " + path);
                    }
                }
                assertEquals(400, http.post("/feedback", FORM, "slug=no-such-article&helpful=yes").statusCode());
                assertEquals(400, http.post("/feedback", FORM, "slug=pension-calculation").statusCode());
                assertEquals(400, http.post("/feedback", FORM, "slug=pension-calculation&helpful=no&comment="
                        + Http.encode("ب".repeat(1001))).statusCode());
                assertEquals(403, http.post("/feedback", FORM, "slug=pension-calculation&helpful=yes",
                        "Origin", "https://evil.example").statusCode());
                assertEquals(400, http.post("/api/feedback", JSON,
                        "{\"slug\":\"no-such-article\",\"helpful\":true}").statusCode());
                assertEquals(400, http.post("/api/feedback", JSON, "{broken").statusCode());
                assertEquals(400, http.post("/api/feedback", JSON,
                        "{\"slug\":\"pension-calculation\",\"helpful\":\"yes\"}").statusCode());
                assertEquals(400, http.post("/api/feedback", JSON,
                        "{\"slug\":\"pension-calculation\",\"helpful\":true,\"comment\":\""
                        + "ب".repeat(1001) + "\"}").statusCode());
                assertEquals(403,
                        http.post("/api/feedback", JSON, VALID_JSON, "Origin", "https://evil.example").statusCode());
                assertEquals(415, http.post("/api/feedback", "text/plain", VALID_JSON).statusCode());
            }
            for (int i = 0; i < FeedbackRateLimit.PER_WINDOW / 2; i++) {
                assertEquals(303, http.post("/feedback", FORM, "slug=pension-calculation&helpful=yes").statusCode(),
                        "form #" + i);
                assertEquals(201, http.post("/api/feedback", JSON, VALID_JSON).statusCode(), "api #" + i);
            }
            HttpResponse<String> refused = http.post("/api/feedback", JSON, VALID_JSON);
            assertEquals(429, refused.statusCode(), "the form and the API share one allowance");
        });
    }

    @Test
    void everyRefusalCarriesRetryAfterAndAPersianReason() {
        WebFixture.test(portal, http -> {
            WebFixture.clearOfARateWindowEdge();
            for (int i = 0; i < FeedbackRateLimit.PER_WINDOW; i++) http.post("/api/feedback", JSON, VALID_JSON);
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> api = http.post("/api/feedback", JSON, VALID_JSON);
                assertEquals(429, api.statusCode());
                long seconds = retryAfter(api);
                assertTrue(seconds >= 1 && seconds <= FeedbackRateLimit.WINDOW.toSeconds(), "Retry-After " + seconds);
                assertTrue(api.body().startsWith("{\"error\":\"") && api.body().contains("دوباره بفرستید"), api.body());
                assertTrue(api.body().contains("دقیقه دیگر"), "says when: " + api.body());
                HttpResponse<String> form = http.post("/feedback", FORM, "slug=pension-calculation&helpful=yes");
                assertEquals(429, form.statusCode());
                retryAfter(form);
            }
        });
    }

    @Test
    void theFormKeepsWhatTheReaderWroteWhenTheLimitIsHit() {
        WebFixture.test(portal, http -> {
            WebFixture.clearOfARateWindowEdge();
            for (int i = 0; i < FeedbackRateLimit.PER_WINDOW; i++) http.post("/api/feedback", JSON, VALID_JSON);
            long before = portal.feedback().tally("pension-calculation").notHelpful();
            String comment = "<b>مبلغ</b> امسال را \"نداشت\"";
            HttpResponse<String> r = http.post("/feedback", FORM,
                    "slug=pension-calculation&helpful=no&comment=" + Http.encode(comment));
            assertEquals(429, r.statusCode());
            retryAfter(r);
            String body = r.body();
            assertTrue(body.contains("<html lang=\"fa\" dir=\"rtl\">") && !body.contains(" style="), "a Persian page");
            assertTrue(body.contains("نظر شما هنوز ثبت نشده است"), body);
            assertTrue(body.contains("دقیقه دیگر") && body.contains("دوباره بفرستید"), "when to try again");
            assertTrue(body.contains("&lt;b&gt;مبلغ&lt;/b&gt; امسال را"), "the comment, escaped: " + body);
            assertFalse(body.contains("<b>مبلغ</b>"), "never as markup");
            assertTrue(body.contains("</textarea>") && body.indexOf("&lt;b&gt;مبلغ") < body.indexOf("</textarea>"),
                    "inside the form");
            assertTrue(body.contains("value=\"no\" checked"), "their «خیر» is still chosen");
            assertFalse(body.contains("value=\"yes\" checked"));
            assertTrue(body.contains("name=\"slug\" value=\"pension-calculation\""));
            assertTrue(body.contains("href=\"/articles/pension-calculation\">بازگشت به"), "a link back to the article");
            assertEquals(before, portal.feedback().tally("pension-calculation").notHelpful(), "nothing stored");
        });
    }
}
