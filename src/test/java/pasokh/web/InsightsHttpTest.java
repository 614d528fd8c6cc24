package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.article.JalaliDate;
import pasokh.article.PersianDigits;
import pasokh.testing.TestClock;

/**
 * The insights over HTTP: who may open {@code /insights} and {@code /api/gaps}, the JSON other tools read, the
 * period filter, the CSV download, the Markdown draft from a group, and that no personal number of the imported
 * log is shown anywhere. One portal over the shipped articles with {@link InsightsData}'s log imported.
 */
class InsightsHttpTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String NO_QUESTIONS = "در این دوره پرسشی ثبت نشده است";
    private static final String NO_ACCESS = "حساب شما به این بخش دسترسی ندارد";
    private static final Set<String> VERDICTS = Set.of("covered", "weak", "missing");
    private static final List<String> FIELDS = List.of("id", "representative", "size", "verdict", "bestArticle",
            "channels", "firstSeen", "lastSeen", "weeks", "questions");

    @TempDir
    static Path dir;

    static TestClock clock;
    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        clock = new TestClock(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE));
        portal = InsightsData.portal(dir.resolve("data"), clock);
        InsightsData.importInto(portal, dir);
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private static String user(Portal on, String name, Role first, Role... more) {
        return on.accounts().users().add(name, PASSWORD, EnumSet.of(first, more), Actor.commandLine());
    }

    // --- who may look

    @Test
    void anAnonymousVisitorIsSentToSignInAndTheApiAnswers401() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> page = http.get("/insights");
            assertEquals(303, page.statusCode());
            assertEquals("/login?next=%2Finsights", StaffClient.location(page));
            assertEquals("/login?next=%2Finsights%2Fgaps.csv", StaffClient.location(http.get("/insights/gaps.csv")));

            HttpResponse<String> api = http.get("/api/gaps");
            assertEquals(401, api.statusCode());
            assertTrue(StaffClient.json(api).get("error").asText().contains("وارد"), api.body());
            for (HttpResponse<String> r : List.of(page, api, http.get("/insights/gaps.csv"))) {
                assertFalse(r.body().contains(InsightsData.UNANSWERED_WORDS), "no question is shown: " + r.body());
            }
        });
    }

    @Test
    void agentsAndAdminsWithoutAnotherRoleAreRefusedWith403() {
        String agent = user(portal, "insights.agent", Role.AGENT);
        String admin = user(portal, "insights.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            String someGroup = group(manager(http), InsightsData.UNANSWERED_WORDS).get("id").asText();
            for (String name : List.of(agent, admin)) {
                StaffClient staff = StaffClient.signIn(http, name, PASSWORD);
                for (String path : List.of("/insights", "/insights/gaps.csv", "/insights/groups/" + someGroup + "/draft",
                        "/api/gaps")) {
                    HttpResponse<String> r = staff.get(path);
                    assertEquals(403, r.statusCode(), name + " " + path);
                    assertFalse(r.body().contains(InsightsData.UNANSWERED_WORDS), name + " " + path + ": " + r.body());
                    if (path.startsWith("/api/")) {
                        assertTrue(StaffClient.json(r).get("error").asText().contains(NO_ACCESS), r.body());
                    } else {
                        assertTrue(r.body().contains(NO_ACCESS), name + " " + path + ": " + r.body());
                    }
                }
                assertFalse(staff.get("/staff").body().contains("href=\"/insights\""),
                        name + ": the landing page offers no door it will shut");
            }
        });
    }

    @Test
    void managersEditorsAndPublishersSeeTheInsights() {
        List<String> names = List.of(user(portal, "insights.manager", Role.MANAGER),
                user(portal, "insights.editor", Role.EDITOR), user(portal, "insights.publisher", Role.PUBLISHER),
                user(portal, "insights.agent.manager", Role.AGENT, Role.MANAGER));
        WebFixture.test(portal, http -> {
            for (String name : names) {
                StaffClient staff = StaffClient.signIn(http, name, PASSWORD);
                HttpResponse<String> page = staff.get("/insights");
                assertEquals(200, page.statusCode(), name);
                assertTrue(page.body().contains(InsightsData.UNANSWERED_WORDS), name + ": the questions are listed");
                assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""), name);
                HttpResponse<String> api = staff.get("/api/gaps");
                assertEquals(200, api.statusCode(), name);
                assertTrue(StaffClient.json(api).get("groups").size() > 0, name);
                assertTrue(staff.get("/staff").body().contains("href=\"/insights\""), name + ": linked from /staff");
            }
        });
    }

    // --- /api/gaps

    @Test
    void theJsonHasTheContractsFieldsForEveryGroup() {
        WebFixture.test(portal, http -> {
            JsonNode report = manager(http);
            Instant generated = Instant.parse(report.get("generatedAt").asText());
            assertEquals(clock.instant(), generated, "made now");
            JsonNode groups = report.get("groups");
            assertTrue(groups.isArray() && groups.size() >= 3, report.toString());

            List<InsightsData.Row> rows = InsightsData.defaultPeriod();
            LocalDate from = InsightsData.TODAY.minusDays(90);
            long total = 0;
            Set<String> ids = new HashSet<>();
            Set<String> weeks = new TreeSet<>();
            long previous = Long.MAX_VALUE;
            for (JsonNode g : groups) {
                for (String field : FIELDS) assertTrue(g.has(field), field + " missing in " + g);
                String id = g.get("id").asText();
                assertTrue(ids.add(id), "ids are unique: " + id);
                assertFalse(g.get("representative").asText().isBlank(), g.toString());
                long size = g.get("size").asLong();
                assertTrue(size > 0 && size <= previous, "ranked by demand, largest first: " + groups);
                previous = size;
                total += size;
                assertTrue(VERDICTS.contains(g.get("verdict").asText()), g.toString());

                JsonNode best = g.get("bestArticle");
                if (!best.isNull()) {
                    assertTrue(best.get("slug").isTextual() && best.get("score").isNumber(), best.toString());
                    assertEquals(200, http.get("/articles/" + best.get("slug").asText()).statusCode(),
                            "the best article is a published article: " + best);
                } else {
                    assertEquals("missing", g.get("verdict").asText(), "no article found is missing: " + g);
                }
                assertEquals(size, sum(g.get("channels")), "channel counts add up to the size: " + g);
                assertEquals(size, sum(g.get("weeks")), "week counts add up to the size: " + g);

                LocalDate first = LocalDate.parse(g.get("firstSeen").asText());
                LocalDate last = LocalDate.parse(g.get("lastSeen").asText());
                assertTrue(!first.isBefore(from) && !first.isAfter(last) && !last.isAfter(InsightsData.TODAY), g.toString());
                for (var week : g.get("weeks").properties()) {
                    LocalDate saturday = JalaliDate.parseFlexible(week.getKey()).orElseThrow(
                            () -> new AssertionError("not a Jalali date: " + week.getKey()));
                    assertEquals(DayOfWeek.SATURDAY, saturday.getDayOfWeek(), "a week is named by its Saturday: " + week);
                    assertTrue(week.getKey().startsWith("140"), "in the Jalali calendar: " + week.getKey());
                    weeks.add(week.getKey());
                }

                JsonNode questions = g.get("questions");
                assertTrue(questions.isArray() && questions.size() >= 1 && questions.size() <= 20, g.toString());
            }
            assertEquals(rows.size(), total, "every question of the period is in one group, and no other");
            assertEquals(rows.size(), report.get("questions").asLong());
            assertEquals(InsightsData.weeks(rows), weeks, "the weeks the questions were asked in");

            JsonNode unemployment = group(report, InsightsData.UNEMPLOYMENT_WORDS);
            assertEquals(20, unemployment.get("questions").size(), "24 wordings, 20 listed");
            assertEquals(InsightsData.count(rows, r -> r.text().contains(InsightsData.UNEMPLOYMENT_WORDS)),
                    unemployment.get("size").asLong(), "one group for all the wordings of the question");
            assertEquals("covered", unemployment.get("verdict").asText(), unemployment.toString());
            assertEquals("unemployment-eligibility", unemployment.get("bestArticle").get("slug").asText());

            JsonNode passport = group(report, InsightsData.UNANSWERED_WORDS);
            assertEquals("missing", passport.get("verdict").asText(), "no article is about passports: " + passport);
            for (JsonNode g : groups) {
                if (g.get("representative").asText().contains(InsightsData.UNANSWERED_WORDS)) {
                    assertFalse(g.get("verdict").asText().equals("covered"), g.toString());
                }
            }
        });
    }

    @Test
    void noPersonalNumberOfTheLogIsShownAnywhere() {
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, user(portal, "scrub.manager", Role.MANAGER), PASSWORD);
            JsonNode report = StaffClient.json(staff.get("/api/gaps"));
            List<String> shown = new ArrayList<>();
            for (JsonNode g : report.get("groups")) g.get("questions").forEach(q -> shown.add(q.asText()));
            for (String placeholder : List.of("‹موبایل›", "‹کد ملی›", "‹شماره کارت›", "‹ایمیل›", "‹تلفن›")) {
                assertTrue(shown.stream().anyMatch(q -> q.contains(placeholder)),
                        "the wording is kept with " + placeholder + " in place of the number: " + shown);
            }
            List<String> bodies = new ArrayList<>(List.of(report.toString()));
            for (String path : List.of("/api/gaps?since=1405/01/01", "/insights", "/insights?since=1405/01/01",
                    "/insights/gaps.csv", "/insights/gaps.csv?since=1405/01/01")) {
                HttpResponse<String> r = staff.get(path);
                assertEquals(200, r.statusCode(), path);
                bodies.add(r.body());
            }
            for (JsonNode g : report.get("groups")) {
                bodies.add(staff.get("/insights/groups/" + g.get("id").asText() + "/draft").body());
            }
            for (String body : bodies) assertEquals(List.of(), InsightsData.leaks(body), body);
        });
    }

    @Test
    void sinceAndUntilTakeJalaliOrIsoDates() {
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, user(portal, "period.manager", Role.MANAGER), PASSWORD);
            LocalDate from = LocalDate.of(2026, 11, 21);
            LocalDate to = LocalDate.of(2026, 11, 30);
            String jalaliFrom = JalaliDate.of(from).toString();
            String jalaliTo = JalaliDate.of(to).toString();
            List<String> spellings = List.of(
                    "since=" + from + "&until=" + to,
                    "since=" + jalaliFrom.replace('-', '/') + "&until=" + jalaliTo.replace('-', '/'),
                    "since=" + jalaliFrom + "&until=" + jalaliTo,
                    "since=" + Http.encode(PersianDigits.of(jalaliFrom.replace('-', '/'))) + "&until="
                            + Http.encode(PersianDigits.of(jalaliTo.replace('-', '/'))));
            List<InsightsData.Row> rows = InsightsData.between(from, to);
            assertTrue(rows.size() > 0 && rows.size() < InsightsData.defaultPeriod().size(), "a real filter");
            JsonNode first = null;
            for (String query : spellings) {
                HttpResponse<String> r = staff.get("/api/gaps?" + query);
                assertEquals(200, r.statusCode(), query + ": " + r.body());
                JsonNode report = StaffClient.json(r);
                assertEquals(rows.size(), report.get("questions").asLong(), query);
                assertEquals(rows.size(), sizes(report), query);
                assertEquals(InsightsData.weeks(rows), weeks(report), query);
                for (JsonNode g : report.get("groups")) {
                    assertFalse(LocalDate.parse(g.get("firstSeen").asText()).isBefore(from), query + ": " + g);
                    assertFalse(LocalDate.parse(g.get("lastSeen").asText()).isAfter(to), query + ": " + g);
                }
                if (first == null) first = report.get("groups");
                else assertEquals(first, report.get("groups"), "the same report whatever the spelling: " + query);
            }

            JsonNode wide = StaffClient.json(staff.get("/api/gaps?since=1405/03/01"));
            assertEquals(InsightsData.between(JalaliDate.parseFlexible("1405-03-01").orElseThrow(), InsightsData.TODAY)
                    .size(), sizes(wide), "the June rows are counted from Khordad on");
            assertTrue(sizes(wide) > InsightsData.defaultPeriod().size(), "and not in the default 91 days");
            JsonNode untilOnly = StaffClient.json(staff.get("/api/gaps?until=" + to));
            assertEquals(InsightsData.between(to.minusDays(90), to).size(), sizes(untilOnly),
                    "with until alone, the 91 days before it");

            String page = staff.get("/insights?" + spellings.get(1)).body();
            assertTrue(page.contains("value=\"" + jalaliFrom.replace('-', '/') + "\""), "the form keeps the dates typed");
            assertTrue(page.contains("<dd>" + PersianDigits.of(rows.size()) + "</dd>"),
                    "the figures count the period's questions");
        });
    }

    @Test
    void badDatesAndGroupCountsAre400WithAPersianMessage() {
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, user(portal, "bad.manager", Role.MANAGER), PASSWORD);
            for (String query : List.of("since=1405/13/01", "since=yesterday", "until=2026-02-30", "since=1405/09/31x",
                    "since=2026-12-01&until=2026-11-01", "groups=0", "groups=-3", "groups=many", "groups=100000")) {
                HttpResponse<String> api = staff.get("/api/gaps?" + query);
                assertEquals(400, api.statusCode(), query + ": " + api.body());
                String error = StaffClient.json(api).get("error").asText();
                assertTrue(error.matches(".*[\\u0600-\\u06FF].*"), query + ": a Persian message: " + error);
                assertFalse(api.body().contains("Exception"), api.body());
                HttpResponse<String> csv = staff.get("/insights/gaps.csv?" + query);
                assertEquals(400, csv.statusCode(), query);
            }
            HttpResponse<String> page = staff.get("/insights?since=" + Http.encode("<b>1405</b>"));
            assertEquals(400, page.statusCode());
            assertTrue(page.body().contains("lang=\"fa\"") && page.body().contains("خوانده نشد"), page.body());
            assertFalse(page.body().contains("<b>1405</b>"), "what was typed is escaped");
            assertEquals(200, staff.get("/api/gaps?groups=1").statusCode());
            assertEquals(1, StaffClient.json(staff.get("/api/gaps?groups=1")).get("groups").size());
        });
    }

    // --- the CSV download

    @Test
    void theCsvIsADownloadWithABomForExcel() {
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, user(portal, "csv.manager", Role.MANAGER), PASSWORD);
            JsonNode report = StaffClient.json(staff.get("/api/gaps"));
            HttpResponse<String> r = staff.get("/insights/gaps.csv");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
            String disposition = r.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment;") && disposition.matches(".*filename=\"[^\"/]+\\.csv\".*"),
                    disposition);
            assertEquals('\uFEFF', r.body().charAt(0), "a byte order mark, so that Excel reads the Persian");
            List<CSVRecord> records;
            try (CSVParser csv = CSVParser.parse(r.body().substring(1),
                    CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
                records = csv.getRecords();
                assertTrue(csv.getHeaderNames().containsAll(List.of("id", "verdict", "size", "representative")),
                        csv.getHeaderNames().toString());
            }
            assertEquals(report.get("groups").size(), records.size(), "one row per group");
            for (int i = 0; i < records.size(); i++) {
                JsonNode g = report.get("groups").get(i);
                assertEquals(g.get("id").asText(), records.get(i).get("id"));
                assertEquals(g.get("verdict").asText(), records.get(i).get("verdict"));
                assertEquals(g.get("size").asText(), records.get(i).get("size"));
                assertEquals(g.get("representative").asText(), records.get(i).get("representative"));
            }

            HttpResponse<String> narrow = staff.get("/insights/gaps.csv?since=1405/09/01&until=1405/09/10");
            assertTrue(narrow.headers().firstValue("Content-Disposition").orElse("").contains("2026-11-22"),
                    "the file is named by its period: " + narrow.headers());
            long rows = narrow.body().lines().count() - 1;
            assertEquals(StaffClient.json(staff.get("/api/gaps?since=1405/09/01&until=1405/09/10")).get("groups").size(),
                    rows, "the download follows the period");

            String page = staff.get("/insights?since=1405/09/01").body();
            assertTrue(page.contains("href=\"/insights/gaps.csv?since=1405%2F09%2F01&amp;until="), "the page links to it");
        });
    }

    // --- a draft from a group

    @Test
    void aGroupsDraftIsAMarkdownSkeletonWithItsQuestions() {
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, user(portal, "draft.editor", Role.EDITOR), PASSWORD);
            JsonNode group = group(StaffClient.json(staff.get("/api/gaps")), InsightsData.UNANSWERED_WORDS);
            String href = "/insights/groups/" + group.get("id").asText() + "/draft";
            String page = staff.get("/insights").body();
            int row = page.indexOf("data-group=\"" + group.get("id").asText() + "\"");
            int write = page.indexOf("<a href=\"" + href + "?since=", row);
            assertTrue(row > 0 && write > row && write < page.indexOf("</tr>", row)
                    && page.startsWith("نوشتن مقاله</a>", page.indexOf("\">", write) + 2),
                    "the missing group's row has «نوشتن مقاله», for the page's period");

            HttpResponse<String> r = staff.get(href);
            assertEquals(200, r.statusCode());
            String md = textarea(r.body());
            assertTrue(md.startsWith("---\n"), "front matter first: " + md);
            List<String> front = List.of(md.substring(4, md.indexOf("\n---\n", 4)).split("\n"));
            assertEquals("title: " + quoted(group.get("representative").asText()), front.getFirst());
            assertTrue(front.contains("status: draft"), front.toString());
            int at = front.indexOf("questions:");
            assertTrue(at > 0, "a questions list: " + front);
            List<String> listed = new ArrayList<>();
            for (int i = at + 1; i < front.size() && front.get(i).startsWith("  - "); i++) {
                listed.add(front.get(i).substring(4));
            }
            List<String> expected = new ArrayList<>();
            group.get("questions").forEach(q -> expected.add(quoted(q.asText())));
            assertEquals(expected.subList(0, Math.min(10, expected.size())), listed, "the group's questions, asked most first");
            assertTrue(md.contains("## پاسخ کوتاه"), md);
            assertTrue(r.body().contains("<bdi>" + group.get("representative").asText() + "</bdi>"), "the heading names it");

            for (String period : List.of("", "?since=1405/08/30&until=1405/09/09", "?since=1404/12/01")) {
                String listing = staff.get("/insights" + period).body();
                Matcher link = Pattern.compile("<tr data-group=\"(g\\d+)\"[^>]*>\\s*<td>[^<]*</td>\\s*<td><bdi>([^<]*)</bdi>"
                        + "(?:(?!</tr>).)*?<a href=\"([^\"]+)\">نوشتن مقاله</a>", Pattern.DOTALL).matcher(listing);
                int links = 0;
                while (link.find()) {
                    links++;
                    HttpResponse<String> opened = staff.get(unescape(link.group(3)));
                    assertEquals(200, opened.statusCode(), period + ": «نوشتن مقاله» of " + link.group(2) + " "
                            + link.group(3));
                    assertTrue(textarea(opened.body()).startsWith("---\ntitle: " + quoted(unescape(link.group(2))) + "\n"),
                            period + ": the draft of the row's question, " + link.group(2));
                }
                assertTrue(links >= 3, period + ": rows with «نوشتن مقاله»: " + links);
            }

            for (String unknown : List.of("g999999999", "nothing", "%3Cscript%3E")) {
                HttpResponse<String> none = staff.get("/insights/groups/" + unknown + "/draft");
                assertEquals(404, none.statusCode(), unknown);
                assertTrue(none.body().contains("lang=\"fa\""), "a Persian page");
                assertFalse(none.body().contains("<script>"), none.body());
            }
        });
    }

    // --- nothing imported

    @Test
    void withNoQuestionsThePageSaysSo(@TempDir Path empty) throws Exception {
        try (Portal fresh = InsightsData.portal(empty.resolve("data"), clock)) {
            String manager = user(fresh, "empty.manager", Role.MANAGER);
            WebFixture.test(fresh, http -> {
                StaffClient staff = StaffClient.signIn(http, manager, PASSWORD);
                HttpResponse<String> page = staff.get("/insights");
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains(NO_QUESTIONS), page.body());
                assertFalse(page.body().contains("<svg"), "no empty charts");
                JsonNode report = StaffClient.json(staff.get("/api/gaps"));
                assertEquals(0, report.get("groups").size());
                assertEquals(0, report.get("questions").asLong());
            });
        }
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, user(portal, "quiet.manager", Role.MANAGER), PASSWORD);
            String quiet = staff.get("/insights?since=1403/01/01&until=1403/12/29").body();
            assertTrue(quiet.contains(NO_QUESTIONS), "a period with no questions: " + quiet);
            assertFalse(staff.get("/insights").body().contains(NO_QUESTIONS), "and not when there are");
        });
    }

    // --- helpers

    private static JsonNode manager(Http http) throws Exception {
        String name = "m" + Long.toHexString(System.nanoTime());
        StaffClient staff = StaffClient.signIn(http, user(portal, name, Role.MANAGER), PASSWORD);
        HttpResponse<String> r = staff.get("/api/gaps");
        assertEquals(200, r.statusCode(), r.body());
        return StaffClient.json(r);
    }

    /** The largest group whose representative question has these words. */
    private static JsonNode group(JsonNode report, String words) {
        for (JsonNode g : report.get("groups")) {
            if (g.get("representative").asText().contains(words)) return g;
        }
        throw new AssertionError("no group about «" + words + "» in " + report);
    }

    private static long sum(JsonNode counts) {
        assertNotNull(counts);
        assertTrue(counts.isObject(), counts.toString());
        long n = 0;
        for (var e : counts.properties()) {
            assertTrue(e.getValue().isIntegralNumber() && e.getValue().asLong() > 0, counts.toString());
            n += e.getValue().asLong();
        }
        return n;
    }

    private static long sizes(JsonNode report) {
        long n = 0;
        for (JsonNode g : report.get("groups")) n += g.get("size").asLong();
        return n;
    }

    private static Set<String> weeks(JsonNode report) {
        Set<String> weeks = new TreeSet<>();
        for (JsonNode g : report.get("groups")) g.get("weeks").properties().forEach(e -> weeks.add(e.getKey()));
        return weeks;
    }

    /** The text of the page's textarea, as the browser shows it. */
    private static String textarea(String html) {
        Matcher m = Pattern.compile("<textarea[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no textarea: " + html);
        return unescape(m.group(1));
    }

    private static String unescape(String html) {
        Map<String, String> entities = Map.of("&#34;", "\"", "&quot;", "\"", "&#39;", "'", "&lt;", "<", "&gt;", ">");
        String s = html;
        for (var e : entities.entrySet()) s = s.replace(e.getKey(), e.getValue());
        return s.replace("&amp;", "&");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
