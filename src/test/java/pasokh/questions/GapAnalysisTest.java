package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.testing.TestClock;

/** The gap report over the shipped articles: groups, periods, filters, evidence, trend and the JSON contract. */
class GapAnalysisTest {

    @TempDir
    static Path shared;

    static GapFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws IOException {
        fixture = GapFixture.shipped(shared);
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 20, 12, 0, 0, 0, Portal.READERS_ZONE);
    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 20);

    static final List<String> UNEMPLOYMENT = List.of("شرایط بیمه بیکاری چیه", "شرایط بیمه بیکاری چیست؟",
            "شرايط بيمه بيكاري چيه", "شرایط بیمه‌ی بیکاری چیه", "شرایط دریافت بیمه بیکاری چیه");
    static final List<String> MARRIAGE = List.of("میخوام کمک هزینه ازدواج بگیرم", "می‌خواهم کمک هزینه ازدواج بگیرم");
    static final String OFF_TOPIC = "قیمت دلار امروز چنده";

    record Row(String time, String channel, String text, String province, String article) {

        Row(LocalDateTime at, String channel, String text) {
            this(at.toString(), channel, text, "", "");
        }

        List<String> fields() {
            return List.of(time, channel, text, province, article);
        }
    }

    int files;

    GapFixture.Store store(List<Row> rows) throws IOException {
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        Path file = dir.resolve("log" + (files++) + ".csv");
        List<List<String>> all = new ArrayList<>();
        all.add(List.of("time", "channel", "text", "province", "article"));
        rows.forEach(r -> all.add(r.fields()));
        LogFiles.writeUtf8(file, LogFiles.csv(',', all));
        GapFixture.Imported imported = store.importFiles(file);
        assertEquals(List.of(), imported.problems());
        assertEquals(rows.size(), imported.summary().imported());
        return store;
    }

    GapReport report(GapFixture.Store store, LocalDate from, LocalDate to) throws IOException {
        return store.analysis(new TestClock(NOW)).report(from, to, GapAnalysis.DEFAULT_MAX_GROUPS);
    }

    /** The one group holding any of these wordings; fails when they are spread over several. */
    static GapGroup groupOf(GapReport r, List<String> wordings) {
        List<GapGroup> holding = r.groups().stream()
                .filter(g -> g.questions().stream().anyMatch(wordings::contains)).toList();
        assertEquals(1, holding.size(), "groups holding " + wordings + ": " + holding);
        return holding.getFirst();
    }

    static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    @Test
    void variantsOfAQuestionAreOneGroupWhoseSizeIsItsQuestions() throws IOException {
        List<Row> rows = new ArrayList<>();
        String[] channels = {"1420", "sms", "portal", "حضوری"};
        for (int i = 0; i < 9; i++) {
            rows.add(new Row(at(12, 1 + i, 9 + i % 5), channels[i % 4], UNEMPLOYMENT.get(i % UNEMPLOYMENT.size())));
        }
        for (int i = 0; i < 4; i++) rows.add(new Row(at(12, 10 + i, 10), "1420", MARRIAGE.get(i % 2)));
        rows.add(new Row(at(12, 3, 11), "sms", OFF_TOPIC));
        rows.add(new Row(at(12, 4, 11), "sms", OFF_TOPIC));
        GapReport r = report(store(rows), FROM, TO);

        GapGroup unemployment = groupOf(r, UNEMPLOYMENT);
        GapGroup marriage = groupOf(r, MARRIAGE);
        GapGroup offTopic = groupOf(r, List.of(OFF_TOPIC));
        assertEquals(3, Set.of(unemployment.id(), marriage.id(), offTopic.id()).size());
        assertEquals(9, unemployment.size());
        assertEquals(4, marriage.size());
        assertEquals(2, offTopic.size());
        assertEquals(3, r.groups().size(), r.groups().toString());
        assertEquals(15, r.questions());
        // every wording shown once, and nothing of another group
        assertEquals(new HashSet<>(UNEMPLOYMENT), new HashSet<>(unemployment.questions()));
        assertEquals(new HashSet<>(MARRIAGE), new HashSet<>(marriage.questions()));
        assertTrue(unemployment.questions().contains(unemployment.representative()), unemployment.representative());
        assertEquals(Map.of("1420", 3L, "sms", 2L, "portal", 2L, "in-person", 2L), unemployment.channels());
        // ranked by demand
        assertEquals(List.of(unemployment.id(), marriage.id(), offTopic.id()),
                r.groups().stream().map(GapGroup::id).toList());
        assertEquals(LocalDate.of(2026, 12, 1), unemployment.firstSeen());
        assertEquals(LocalDate.of(2026, 12, 9), unemployment.lastSeen());
    }

    @Test
    void weeksAreNamedByTheSaturdayThatStartsThemInTehranAndMonthsAreJalali() throws IOException {
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2026, 12, 5).getDayOfWeek());
        List<Row> rows = List.of(
                new Row(at(12, 4, 10), "1420", UNEMPLOYMENT.get(0)),               // Friday: the week before
                new Row("2026-12-04T22:00:00Z", "1420", UNEMPLOYMENT.get(1), "", ""), // Saturday 01:30 in Tehran
                new Row(at(12, 5, 23), "sms", UNEMPLOYMENT.get(2)),                // Saturday
                new Row(at(12, 11, 10), "sms", UNEMPLOYMENT.get(0)),               // Friday: same week
                new Row(at(12, 12, 10), "sms", UNEMPLOYMENT.get(1)),               // Saturday: the next week
                new Row("1405/10/01 09:00", "sms", UNEMPLOYMENT.get(2), "", ""));  // 1 Dey = 22 December
        GapGroup g = groupOf(report(store(rows), FROM, LocalDate.of(2026, 12, 31)), UNEMPLOYMENT);
        assertEquals(6, g.size());
        // 2026-12-05 is Saturday 14 Azar 1405
        assertEquals(Map.of("1405-09-07", 1L, "1405-09-14", 3L, "1405-09-21", 1L, "1405-09-28", 1L), g.weeks());
        assertEquals(Map.of("1405-09", 5L, "1405-10", 1L), g.months());
        assertEquals(List.of("1405-09-07", "1405-09-14", "1405-09-21", "1405-09-28"), List.copyOf(g.weeks().keySet()));
        assertEquals(LocalDate.of(2026, 12, 4), g.firstSeen());
        assertEquals(LocalDate.of(2026, 12, 22), g.lastSeen());
        assertEquals("1405-09-14", JalaliPeriods.week(LocalDate.of(2026, 12, 11).toEpochDay()));
        assertEquals("1405-09-14", JalaliPeriods.week(LocalDate.of(2026, 12, 5).toEpochDay()));
    }

    @Test
    void sinceAndUntilKeepOnlyTheirDays() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int day = 1; day <= 14; day++) rows.add(new Row(at(12, day, 10), "1420", UNEMPLOYMENT.get(day % 5)));
        rows.add(new Row(at(11, 20, 10), "sms", OFF_TOPIC));
        GapFixture.Store store = store(rows);

        GapReport all = report(store, FROM, TO);
        assertEquals(15, all.questions());
        assertEquals(14, groupOf(all, UNEMPLOYMENT).size());

        GapReport week = report(store, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 11));
        assertEquals(7, week.questions());
        GapGroup g = groupOf(week, UNEMPLOYMENT);
        assertEquals(7, g.size());
        assertEquals(LocalDate.of(2026, 12, 5), g.firstSeen());
        assertEquals(LocalDate.of(2026, 12, 11), g.lastSeen());
        assertEquals(Map.of("1405-09-14", 7L), g.weeks());
        assertTrue(week.groups().stream().noneMatch(x -> x.questions().contains(OFF_TOPIC)), week.groups().toString());

        GapReport none = report(store, LocalDate.of(2026, 12, 15), TO);
        assertEquals(0, none.questions());
        assertEquals(List.of(), none.groups());
    }

    @Test
    void rowsNamingTheArticleSearchFindsMakeTheGroupCovered() throws IOException {
        String question = "شرایط دریافت بیمه بیکاری چیه";
        String other = "مستمری بازنشستگی کی واریز میشه";
        String slug = fixture.matcher.match(question).best().orElseThrow();
        String otherSlug = fixture.matcher.match(other).best().orElseThrow();
        assertNotEquals(slug, otherSlug);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) rows.add(new Row(at(12, 1 + i, 10).toString(), "1420", question, "", slug));
        // named, but not the article search finds for it
        for (int i = 0; i < 3; i++) rows.add(new Row(at(12, 1 + i, 11).toString(), "1420", other, "", slug));
        // named by one row in four only
        String third = "حق اولاد فرزند سوم تعلق میگیره";
        String thirdSlug = fixture.matcher.match(third).best().orElseThrow();
        rows.add(new Row(at(12, 1, 12).toString(), "sms", third, "", thirdSlug));
        for (int i = 0; i < 3; i++) rows.add(new Row(at(12, 2 + i, 12), "sms", third));
        GapFixture.Store store = store(rows);

        // thresholds no match can pass: only the named article can make a group covered
        GapThresholds never = new GapThresholds(1.01, 1000, 1.01, 1000);
        GapReport r = new GapAnalysis(store.repository, fixture.matcher, never, new TestClock(NOW))
                .report(FROM, TO, GapAnalysis.DEFAULT_MAX_GROUPS);
        GapGroup named = groupOf(r, List.of(question));
        assertEquals(Verdict.COVERED, named.verdict());
        assertEquals(java.util.Optional.of(slug), named.namedArticle());
        assertEquals(java.util.Optional.of(slug), named.match().best());
        GapGroup wrong = groupOf(r, List.of(other));
        assertEquals(java.util.Optional.of(slug), wrong.namedArticle());
        assertEquals(Verdict.MISSING, wrong.verdict());
        GapGroup minority = groupOf(r, List.of(third));
        assertEquals(java.util.Optional.empty(), minority.namedArticle());
        assertEquals(Verdict.MISSING, minority.verdict());
    }

    @Test
    void aGroupWhoseDemandJumpedInTheLastWeekIsRising() throws IOException {
        List<Row> rows = new ArrayList<>();
        String jumping = "حق اولاد فرزند سوم تعلق میگیره";
        LocalDateTime end = TO.atTime(10, 0);
        // one a week for the four weeks before the last seven days, then eight in those days
        for (int week = 1; week <= 4; week++) rows.add(new Row(end.minusDays(7L * week + 1), "1420", jumping));
        for (int i = 0; i < 8; i++) rows.add(new Row(end.minusDays(i % 7).minusMinutes(i), "sms", jumping));
        // two a week, week after week
        for (int week = 0; week <= 4; week++) {
            for (int i = 0; i < 2; i++) rows.add(new Row(end.minusDays(7L * week + 2).minusMinutes(i), "1420", MARRIAGE.get(i)));
        }
        // as many in the last week, but too few in all to be a trend
        for (int i = 0; i < 3; i++) rows.add(new Row(end.minusDays(i), "sms", OFF_TOPIC));
        GapReport r = report(store(rows), FROM, TO);

        GapGroup rising = groupOf(r, List.of(jumping));
        GapGroup flat = groupOf(r, MARRIAGE);
        GapGroup small = groupOf(r, List.of(OFF_TOPIC));
        assertEquals(12, rising.size());
        assertEquals(10, flat.size());
        assertTrue(rising.trend() > 1, "trend " + rising.trend());
        assertEquals(4.5, rising.trend(), 1e-9); // (8 + 1) / (4 / 4 + 1)
        assertTrue(flat.trend() <= 1, "trend " + flat.trend());
        assertTrue(small.trend() > 1, "trend " + small.trend());
        assertEquals(List.of(rising.id()), r.rising().stream().map(GapGroup::id).toList());
    }

    @Test
    void theJsonHasTheContractFields() throws IOException {
        List<Row> rows = new ArrayList<>();
        // 25 wordings of one question, told apart only by their punctuation
        for (int i = 0; i < 25; i++) {
            rows.add(new Row(at(12, 1 + i % 10, 8 + i % 9).plusMinutes(i), i % 2 == 0 ? "1420" : "sms",
                    UNEMPLOYMENT.getFirst() + "؟".repeat(i)));
        }
        rows.add(new Row(at(12, 3, 10), "portal", "xqzvw plkjh"));
        rows.add(new Row(at(12, 4, 10), "1420", MARRIAGE.getFirst()));
        GapReport report = report(store(rows), FROM, TO);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(GapJson.of(report)));

        assertEquals(NOW.toInstant().toString(), json.get("generatedAt").asText());
        JsonNode groups = json.get("groups");
        assertTrue(groups.isArray());
        assertEquals(report.groups().size(), groups.size());
        assertTrue(groups.size() >= 2, groups.toString());
        Set<String> ids = new HashSet<>();
        boolean sawNull = false;
        for (JsonNode g : groups) {
            for (String field : List.of("id", "representative", "size", "verdict", "bestArticle", "channels",
                    "firstSeen", "lastSeen", "weeks", "questions")) {
                assertTrue(g.has(field), field + " in " + g);
            }
            assertTrue(ids.add(g.get("id").asText()), "ids are unique: " + g.get("id"));
            assertFalse(g.get("representative").asText().isBlank());
            assertTrue(g.get("size").isIntegralNumber());
            assertTrue(Set.of("covered", "weak", "missing").contains(g.get("verdict").asText()), g.toString());
            JsonNode best = g.get("bestArticle");
            if (best.isNull()) {
                sawNull = true;
                assertEquals("missing", g.get("verdict").asText());
            } else {
                assertTrue(best.get("slug").isTextual() && !best.get("slug").asText().isEmpty(), best.toString());
                assertTrue(best.get("score").isNumber(), best.toString());
            }
            long channelTotal = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = g.get("channels").fields(); it.hasNext(); ) {
                channelTotal += it.next().getValue().asLong();
            }
            assertEquals(g.get("size").asLong(), channelTotal, "channels add up to the size: " + g);
            long weekTotal = 0;
            for (JsonNode n : g.get("weeks")) weekTotal += n.asLong();
            assertEquals(g.get("size").asLong(), weekTotal, "weeks add up to the size: " + g);
            g.get("weeks").fieldNames().forEachRemaining(w -> assertTrue(w.matches("14\\d\\d-\\d\\d-\\d\\d"), w));
            LocalDate first = LocalDate.parse(g.get("firstSeen").asText());
            LocalDate last = LocalDate.parse(g.get("lastSeen").asText());
            assertFalse(last.isBefore(first));
            assertTrue(g.get("questions").isArray());
            assertTrue(g.get("questions").size() >= 1 && g.get("questions").size() <= 20, g.toString());
        }
        JsonNode big = groups.get(0);
        assertEquals(25, big.get("size").asLong());
        assertEquals(20, big.get("questions").size());
        assertEquals(Map.of("1420", 13L, "sms", 12L), Map.of("1420", big.get("channels").get("1420").asLong(),
                "sms", big.get("channels").get("sms").asLong()));
        assertTrue(sawNull, "a group no article matches has bestArticle null: " + groups);
    }
}
