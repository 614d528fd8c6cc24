package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiTest extends PortalOverScratchArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                r.headers()::toString);
        return JSON.readTree(r.body());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void searchAnswersInTheDocumentedShape() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/api/search?q=" + Http.encode("بیمه بیکاری") + "&size=5");
            assertEquals(200, r.statusCode());
            JsonNode body = json(r);
            assertEquals(List.of("query", "total", "page", "size", "hits", "facets", "didYouMean", "rewrittenQuery"),
                    fieldNames(body));
            assertEquals("بیمه بیکاری", body.get("query").asText());
            assertEquals(1, body.get("page").asInt());
            assertEquals(5, body.get("size").asInt());
            JsonNode hit = body.get("hits").get(0);
            assertEquals(List.of("slug", "title", "category", "summary", "snippet", "url", "score"), fieldNames(hit));
            assertEquals("unemployment-eligibility", hit.get("slug").asText());
            assertEquals("/articles/unemployment-eligibility", hit.get("url").asText());
            assertTrue(hit.get("snippet").asText().contains("<mark>"));
            JsonNode facet = body.get("facets").get("category").get(0);
            assertEquals(List.of("value", "label", "count"), fieldNames(facet));
            assertTrue(body.get("didYouMean").isNull());
            assertTrue(body.get("rewrittenQuery").isNull());
        });
    }

    @Test
    void wrongKeyboardLayoutIsReportedAsRewritten() {
        WebFixture.test(portal, http -> {
            JsonNode body = json(http.get("/api/search?q=" + Http.encode("fdli fd;hvd")));
            assertEquals("fdli fd;hvd", body.get("query").asText());
            assertEquals("بیمه بیکاری", body.get("rewrittenQuery").asText());
            assertEquals("unemployment-eligibility", body.get("hits").get(0).get("slug").asText());
            JsonNode persian = json(http.get("/api/search?q=" + Http.encode("بیمه بیکاری")));
            assertTrue(persian.get("rewrittenQuery").isNull(), "a correct Persian query is never rewritten");
            assertTrue(persian.get("didYouMean").isNull());
        });
    }

    @Test
    void suggestCompletesTitles() {
        WebFixture.test(portal, http -> {
            JsonNode body = json(http.get("/api/suggest?q=" + Http.encode("مستمری باز")));
            JsonNode first = body.get("suggestions").get(0);
            assertEquals(List.of("text", "slug", "url"), fieldNames(first));
            assertEquals("pension-calculation", first.get("slug").asText());
            assertEquals(0, json(http.get("/api/suggest?q=")).get("suggestions").size());
        });
    }

    @Test
    void articleByItsSlug() {
        WebFixture.test(portal, http -> {
            JsonNode a = json(http.get("/api/articles/pension-calculation"));
            assertEquals(List.of("slug", "title", "category", "summary", "questions", "legal", "updated", "html",
                    "url", "number", "keyPoints", "sms"), fieldNames(a));
            assertEquals("retirement", a.get("category").asText());
            assertEquals("2024-08-02", a.get("updated").asText());
            assertEquals(6, a.get("questions").size());
            assertTrue(a.get("html").asText().contains("<h2 id=\"فرمول\">"));
            HttpResponse<String> missing = http.get("/api/articles/no-such");
            assertEquals(404, missing.statusCode());
            assertEquals(List.of("error"), fieldNames(json(missing)));
        });
    }

    @Test
    void categoriesWithCounts() {
        WebFixture.test(portal, http -> {
            JsonNode list = json(http.get("/api/categories"));
            assertEquals(9, list.size());
            JsonNode first = list.get(0);
            assertEquals(List.of("id", "label", "count"), fieldNames(first));
            for (JsonNode c : list) {
                if (c.get("id").asText().equals("retirement")) assertEquals(1, c.get("count").asInt(),
                        "the broken file is not counted");
            }
        });
    }

    @Test
    void healthReportsServedArticles() {
        WebFixture.test(portal, http -> {
            JsonNode h = json(http.get("/health"));
            assertEquals(List.of("status", "articles"), fieldNames(h), "no problems listed while there are none");
            assertEquals("ok", h.get("status").asText());
            assertEquals(3, h.get("articles").asInt());
        });
    }

    @Test
    void feedbackIsStoredAndValidated() {
        WebFixture.test(portal, http -> {
            long before = portal.feedback().tally("pension-calculation").helpful();
            HttpResponse<String> ok = http.post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":true,\"comment\":\"عالی\"}");
            assertEquals(201, ok.statusCode());
            assertEquals(before + 1, portal.feedback().tally("pension-calculation").helpful());

            assertEquals(400, http.post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":\"yes\"}").statusCode());
            assertEquals(400, http.post("/api/feedback", "application/json",
                    "{\"slug\":\"nope\",\"helpful\":true}").statusCode());
            assertEquals(400, http.post("/api/feedback", "application/json", "[1,2]").statusCode());
            assertEquals(400, http.post("/api/feedback", "application/json", "{broken").statusCode());
            HttpResponse<String> tooLong = http.post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":false,\"comment\":\"" + "ب".repeat(1001) + "\"}");
            assertEquals(400, tooLong.statusCode());
            assertTrue(json(tooLong).get("error").asText().contains("۱۰۰۰"));
            assertEquals(415, http.post("/api/feedback", "text/plain",
                    "{\"slug\":\"pension-calculation\",\"helpful\":true}").statusCode());
            assertEquals(before + 1, portal.feedback().tally("pension-calculation").helpful(),
                    "nothing invalid was stored");
        });
    }
}
