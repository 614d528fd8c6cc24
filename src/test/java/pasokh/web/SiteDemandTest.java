package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Readers' searches and «مفید نبود» answers reach the question store, merged, scrubbed and bounded. */
class SiteDemandTest extends PortalOverScratchArticles {

    private record Row(String channel, String text, String outcome, String article) {}

    private static List<Row> rows(String channel) throws Exception {
        portal.demand().flushAll();
        List<Row> rows = new ArrayList<>();
        try (Connection c = portal.database().connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT channel, text, outcome, article FROM questions ORDER BY id")) {
            while (rs.next()) {
                if (rs.getString(1).equals(channel)) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return rows;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void keystrokesAreOneSearchAndAnOpenedArticleMarksItAnswered() throws Exception {
        WebFixture.test(portal, http -> {
            Http reader = http.from("127.0.0.21");
            for (String typed : new String[] {"بیم", "بیمه", "بیمه بیک", "بیمه بیکاری"}) {
                assertEquals(200, reader.get("/api/search?q=" + q(typed)).statusCode());
            }
            assertEquals(200, reader.get("/articles/unemployment-eligibility").statusCode());
            // another reader's search at the same time is their own
            assertEquals(200, http.from("127.0.0.22").get("/search?q=" + q("محاسبه مستمری")).statusCode());
            // a page further into the same results is not another question
            assertEquals(200, http.from("127.0.0.22").get("/search?q=" + q("محاسبه مستمری") + "&page=2").statusCode());
        });
        List<Row> searches = rows("site-search");
        List<String> texts = searches.stream().map(Row::text).toList();
        assertEquals(1, texts.stream().filter(t -> t.startsWith("بیم")).count(), texts.toString());
        Row merged = searches.stream().filter(r -> r.text().startsWith("بیم")).findFirst().orElseThrow();
        assertEquals("بیمه بیکاری", merged.text());
        assertTrue(merged.outcome().startsWith("opened"), merged.outcome());
        assertEquals("unemployment-eligibility", merged.article());
        assertEquals(1, texts.stream().filter("محاسبه مستمری"::equals).count(), texts.toString());
    }

    @Test
    void aSearchThatFindsNothingIsKeptAsSuchWithoutThePersonalNumberInIt() throws Exception {
        WebFixture.test(portal, http -> assertEquals(200, http.from("127.0.0.23")
                .get("/search?q=" + q("استعلام یارانه کد ملی ۰۰۱۲۳۴۵۶۷۸")).statusCode()));
        Row row = rows("site-search").stream().filter(r -> r.text().contains("یارانه")).findFirst().orElseThrow();
        assertTrue(row.outcome().startsWith("zero-results"), row.outcome());
        assertFalse(row.text().contains("0012345678") || row.text().contains("۰۰۱۲۳۴۵۶۷۸"), row.text());
        assertTrue(row.text().contains("‹کد ملی›"), row.text());
    }

    @Test
    void notHelpfulWithItsCommentIsAQuestionToo() throws Exception {
        WebFixture.clearOfARateWindowEdge();
        WebFixture.test(portal, http -> {
            var r = http.from("127.0.0.24").post("/api/feedback", "application/json",
                    "{\"slug\":\"pension-calculation\",\"helpful\":false,"
                            + "\"comment\":\"نوشته نشده مستمری بازماندگان چطور تقسیم میشه، شماره من ۰۹۱۲۳۴۵۶۷۸۹\"}");
            assertEquals(201, r.statusCode(), r.body());
        });
        Row row = rows("not-helpful").getLast();
        assertTrue(row.text().contains("بازماندگان") && row.text().contains("‹موبایل›"), row.text());
        assertFalse(row.text().contains("۰۹۱۲") || row.text().contains("0912"), row.text());
        assertEquals("not-helpful:pension-calculation", row.outcome());
    }

    @Test
    void theServersOwnWarmUpIsNotCounted() throws Exception {
        int before = rows("site-search").size();
        WebFixture.test(portal, http -> assertEquals(200, http.get("/api/search?q=" + q("گرم کردن موتور"),
                DemandEvents.WARMUP_HEADER, "1").statusCode()));
        assertEquals(before, rows("site-search").size());
    }
}
