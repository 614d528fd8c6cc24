package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import pasokh.Portal;
import pasokh.engagement.FeedbackService;
import pasokh.store.FeedbackRows;

/** Many addresses together, each within its own limit, reach the portal's daily cap. */
class FeedbackCapTest extends PortalOverScratchArticles {

    @Test
    void overTheDailyCapFeedbackIsRefusedUntilMidnightAndTheSiteGoesOn() {
        WebFixture.test(portal, http -> {
            FeedbackRows.insert(portal.database(), "unemployment-eligibility", FeedbackService.MAX_PER_DAY,
                    Instant.now());
            ZonedDateTime now = ZonedDateTime.now(Portal.READERS_ZONE);
            long toMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(Portal.READERS_ZONE))
                    .toSeconds();

            HttpResponse<String> api = http.post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":true}");
            assertEquals(503, api.statusCode());
            long retryAfter = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(Math.abs(retryAfter - toMidnight) <= 5,
                    retryAfter + " s, midnight in Tehran is " + toMidnight + " s away");
            assertTrue(api.body().contains("امروز") && api.body().contains("دوباره بفرستید"), api.body());

            HttpResponse<String> form = http.post("/feedback", "application/x-www-form-urlencoded",
                    "slug=pension-calculation&helpful=yes&comment=" + Http.encode("کامل بود"));
            assertEquals(503, form.statusCode());
            assertTrue(form.headers().firstValue("Retry-After").isPresent());
            assertTrue(form.body().contains(">کامل بود</textarea>") && form.body().contains("value=\"yes\" checked"),
                    form.body());

            assertEquals(0, portal.feedback().tally("pension-calculation").helpful(), "nothing stored");
            assertEquals(200, http.get("/api/search?q=" + Http.encode("محاسبه مستمری")).statusCode());
            assertEquals(200, http.get("/articles/pension-calculation").statusCode());
            JsonNode health = new ObjectMapper().readTree(http.get("/health").body());
            assertEquals("degraded", health.get("status").asText());
            assertTrue(health.get("problems").get(0).asText().startsWith("feedback daily cap reached"),
                    health.toString());
        });
    }
}
