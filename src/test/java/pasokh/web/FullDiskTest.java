package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pasokh.store.Database;
import pasokh.store.FeedbackRepository;
import pasokh.store.FullDisk;

/** The database's disk fills up for real (SQLITE_FULL) while the portal serves. */
class FullDiskTest extends PortalOverScratchArticles {

    static final String COMMENT = "مبلغ امسال را نداشت";
    static final String BODY = "{\"slug\":\"pension-calculation\",\"helpful\":false,\"comment\":\"" + COMMENT + "\"}";

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void feedbackWaitsForRoomWhileSearchAndArticlesGoOnAndHealthRecoversByItself() {
        WebFixture.test(portal, http -> {
            Database db = portal.database();
            FeedbackRepository rows = new FeedbackRepository(db);
            // the same article and comment a second earlier: the reader's answer needs the very room that ran out
            Instant earlier = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
            FullDisk.fill(db, i -> rows.add("pension-calculation", false, COMMENT, earlier));
            long stored = rows.count();
            try {
                HttpResponse<String> api = http.post("/api/feedback", "application/json", BODY);
                assertEquals(503, api.statusCode());
                assertEquals("1800", api.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(api.body().startsWith("{\"error\":\"") && api.body().contains("پر است"), api.body());

                HttpResponse<String> form = http.post("/feedback", "application/x-www-form-urlencoded",
                        "slug=pension-calculation&helpful=no&comment=" + Http.encode(COMMENT));
                assertEquals(503, form.statusCode());
                assertTrue(form.body().contains("پر است") && form.body().contains(">" + COMMENT + "</textarea>"),
                        form.body());
                assertTrue(form.body().contains("href=\"/articles/pension-calculation\">بازگشت به"));

                HttpResponse<String> search = http.get("/api/search?q=" + Http.encode("محاسبه مستمری"));
                assertEquals(200, search.statusCode());
                assertTrue(search.body().contains("pension-calculation"));
                assertEquals(200, http.get("/articles/pension-calculation").statusCode());
                assertEquals(200, http.get("/").statusCode());

                HttpResponse<String> degraded = http.get("/health");
                assertEquals(200, degraded.statusCode(), "still serving readers: a load balancer keeps it");
                JsonNode health = new ObjectMapper().readTree(degraded.body());
                assertEquals(List.of("status", "articles", "problems"), fieldNames(health));
                assertEquals("degraded", health.get("status").asText());
                assertEquals(3, health.get("articles").asInt());
                assertTrue(health.get("problems").get(0).asText().startsWith("feedback storage full"),
                        health.toString());
                assertEquals(stored, rows.count(), "nothing was written");
                for (int i = 0; i < FeedbackRateLimit.PER_WINDOW; i++) {
                    assertEquals(503, http.post("/api/feedback", "application/json", BODY).statusCode());
                }
            } finally {
                FullDisk.makeRoom(db);
            }

            assertEquals(201, http.post("/api/feedback", "application/json", BODY).statusCode(),
                    "room again: stored, and the answers the full disk refused did not use up the reader's allowance");
            JsonNode health = new ObjectMapper().readTree(http.get("/health").body());
            assertEquals(List.of("status", "articles"), fieldNames(health), "the healthy answer keeps its old shape");
            assertEquals("ok", health.get("status").asText());
        });
    }
}
