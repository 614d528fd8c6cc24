package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.article.Article;
import pasokh.article.PersianDigits;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;
import pasokh.testing.ShippedPortal;

/**
 * «پاسخ شماره ...» over the shipped articles, over real HTTP: the short address, the search, the article's JSON and
 * its page. The number is the one the shipped file gives, read back from the served snapshot.
 */
class AnswerNumbersHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SLUG = "unemployment-eligibility";

    @TempDir
    static Path dir;

    static Portal portal;
    static Article article;

    @BeforeAll
    static void start() throws Exception {
        portal = ShippedPortal.start(dir);
        article = portal.knowledge().current().articles().findPublished(SLUG).orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private static int number() {
        return article.number().orElseThrow();
    }

    @Test
    void theShortAddressOfANumberRedirectsToItsArticleInEveryDigitScript() {
        String latin = String.valueOf(number());
        String arabicIndic = latin.chars().mapToObj(c -> String.valueOf((char) ('٠' + c - '0')))
                .reduce("", String::concat);
        WebFixture.test(portal, http -> {
            for (String n : List.of(latin, PersianDigits.of(latin), arabicIndic)) {
                HttpResponse<String> r = http.get("/a/" + Http.encode(n));
                assertEquals(302, r.statusCode(), n);
                assertEquals("/articles/" + SLUG, r.headers().firstValue("Location").orElse(""), n);
            }
            HttpResponse<String> bySlug = http.get("/a/" + SLUG);
            assertEquals(301, bySlug.statusCode(), "SMS links by slug still lead to the article");
            assertEquals("/articles/" + SLUG, bySlug.headers().firstValue("Location").orElse(""));
        });
    }

    @Test
    void aNumberNoPublishedArticleHasGetsThePersian404Page() {
        WebFixture.test(portal, http -> {
            for (String n : List.of("999999", Http.encode("۹۹۹۹۹۹"), "0", "1000000")) {
                HttpResponse<String> r = http.get("/a/" + n);
                assertEquals(404, r.statusCode(), n);
                assertTrue(r.body().contains("lang=\"fa\"") && r.body().contains("پیدا نشد"), r.body());
            }
        });
    }

    @Test
    void searchingTheNumberInPersianDigitsFindsTheArticleFirst() {
        WebFixture.test(portal, http -> {
            for (String q : List.of(PersianDigits.of(number()), "پاسخ شماره " + PersianDigits.of(number()))) {
                HttpResponse<String> r = http.get("/api/search?q=" + Http.encode(q));
                assertEquals(200, r.statusCode());
                JsonNode hits = JSON.readTree(r.body()).get("hits");
                assertEquals(SLUG, hits.get(0).get("slug").asText(), q + ": " + r.body());
            }
            HttpResponse<String> page = http.get("/search?q=" + Http.encode(PersianDigits.of(number())));
            assertEquals(200, page.statusCode());
            int first = page.body().indexOf("href=\"/articles/");
            assertTrue(first >= 0 && page.body().startsWith("href=\"/articles/" + SLUG + "\"", first),
                    "the site's results list it first too");
        });
    }

    @Test
    void theArticlesJsonHasItsNumberKeyPointsAndSmsWithTheLinkFilledIn() {
        WebFixture.test(portal, http -> {
            JsonNode a = JSON.readTree(http.get("/api/articles/" + SLUG).body());
            assertEquals(number(), a.get("number").asInt());
            assertTrue(a.get("number").isInt());
            List<String> keyPoints = new ArrayList<>();
            a.get("keyPoints").forEach(k -> keyPoints.add(k.asText()));
            assertEquals(article.keyPoints(), keyPoints);
            assertFalse(keyPoints.isEmpty(), "the shipped article has key points");
            String sms = a.get("sms").asText();
            String publicHost = portal.knowledge().current().site().publicUrl().replaceFirst("^https?://", "");
            assertTrue(sms.contains(publicHost + "/a/" + SLUG) && !sms.contains("{link}"), sms);
            assertEquals(article.sms().orElseThrow().replace("{link}", publicHost + "/a/" + SLUG), sms);
        });
    }

    @Test
    void aDraftsNumberLeadsNowhereAndAnArticleWithoutNumberOrSmsSaysNull(@TempDir Path scratch) throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(scratch);
        kb.write("retirement", "draft-answer", ArticleText.valid("retirement", "پیش‌نویس", "هنوز منتشر نشده.",
                ArticleText.questions("پیش‌نویس"), "متن").replace("status: published", "status: draft")
                .replaceFirst("(?m)^number: .*$", "number: 234"));
        kb.write("retirement", "plain", ArticleText.valid("retirement", "بی‌شماره", "مقاله‌ای بی‌شماره.",
                ArticleText.questions("بی‌شماره"), "متن").replaceFirst("(?m)^number: .*\\n", "")
                .replaceFirst("(?m)^sms: .*\\n", ""));
        try (Portal small = Portal.start(kb.paths())) {
            WebFixture.test(small, http -> {
                assertEquals(404, http.get("/a/234").statusCode(), "a draft is not served");
                assertEquals(404, http.get("/a/" + Http.encode("۲۳۴")).statusCode());
                JsonNode a = JSON.readTree(http.get("/api/articles/plain").body());
                assertTrue(a.get("number").isNull() && a.get("sms").isNull(), a::toString);
                assertTrue(a.get("keyPoints").isArray() && a.get("keyPoints").isEmpty(), a::toString);
                assertFalse(http.get("/articles/plain").body().contains("answer-number"));
            });
        }
    }

    @Test
    void theArticlePageShowsTheNumberACallerReadsOut() {
        WebFixture.test(portal, http -> {
            String page = http.get("/articles/" + SLUG).body();
            String shown = "<p class=\"answer-number\">پاسخ شمارهٔ " + PersianDigits.of(number()) + "</p>";
            assertTrue(page.contains(shown), page);
            assertTrue(page.indexOf(shown) > page.indexOf("<h1>") && page.indexOf(shown) < page.indexOf("پاسخ کوتاه"),
                    "right under the title");
        });
    }
}
