package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.AuditEntry;
import pasokh.account.Role;
import pasokh.editor.EditorService;
import pasokh.editor.SaveOutcome;

/**
 * The agents' API of issue 12 over real HTTP, as the console calls it: «ثبت پرسش» and «گزارش ایراد» with their
 * answers, who may call them, what is refused and how; that no personal number a caller dictated reaches the data
 * folder; recorded questions in the gap report with their article; flags in the editors' API, list and edit page,
 * resolved there; the insights' counts; the audit log.
 */
class AgentApiTest extends StaffPortal {

    private static final String UNEMPLOYMENT = "unemployment-eligibility";
    private static final String PENSION = "pension-calculation";
    /** A valid national ID (its check digit is right) and a mobile number. */
    private static final String NATIONAL_ID = "3861947201";
    private static final String MOBILE = "9187654321";

    // --- «ثبت پرسش»

    @Test
    void aRecordedQuestionIsAnswered201WithTheTextAsStoredItsChannelArticleAndVersion() {
        String agent = user("api.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            long shown = portal.editor().shownVersion(UNEMPLOYMENT).orElseThrow();
            HttpResponse<String> r = post(a, "/api/agent/questions", json("text", "  بیمه بیکاری\nبه من میرسه؟ ",
                    "slug", UNEMPLOYMENT));
            assertEquals(201, r.statusCode(), r::body);
            JsonNode body = StaffClient.json(r);
            assertEquals(List.of("id", "text", "channel", "slug", "version"), fieldNames(body));
            assertTrue(body.get("id").asLong() > 0, body::toString);
            assertEquals("بیمه بیکاری به من میرسه؟", body.get("text").asText(), "one line, stripped");
            assertEquals("1420", body.get("channel").asText(), "the 1420 line by default");
            assertEquals(UNEMPLOYMENT, body.get("slug").asText());
            assertEquals(shown, body.get("version").asLong());

            HttpResponse<String> none = post(a, "/api/agent/questions", "{\"text\": \"گذرنامه رو کجا تمدید کنم\","
                    + " \"channel\": \"پیامک\", \"slug\": null}");
            assertEquals(201, none.statusCode(), none::body);
            JsonNode n = StaffClient.json(none);
            assertEquals("sms", n.get("channel").asText(), "a Persian channel name is read as imports read it");
            assertTrue(n.get("slug").isNull() && n.get("version").isNull(), n::toString);
            assertTrue(n.get("id").asLong() > body.get("id").asLong(), "a row of its own");

            HttpResponse<String> empty = post(a, "/api/agent/questions", json("text", "حق اولاد", "slug", "",
                    "channel", ""));
            assertEquals(201, empty.statusCode(), empty::body);
            assertTrue(StaffClient.json(empty).get("slug").isNull(), "an empty slug is no article");
        });
    }

    @Test
    void theVersionIsThatOfThePublishedRevisionNotOfALaterDraft() {
        String agent = user("version.agent", Role.AGENT);
        Actor editor = new Actor("version.editor", "127.0.0.1");
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            EditorService.Current current = portal.editor().current(PENSION).orElseThrow();
            long published = current.version();
            assertEquals(published, recordedVersion(a, PENSION), "the file the site serves, taken in as a revision");

            SaveOutcome saved = portal.editor().save(PENSION, current.source().replace("ضربدر", "ضرب در"), published,
                    editor);
            long draft = ((SaveOutcome.Saved) saved).version();
            assertEquals(published + 1, draft);
            assertEquals(published, recordedVersion(a, PENSION), "a draft is not what callers are told");

            portal.editor().publish(PENSION, draft, editor);
            assertEquals(draft, recordedVersion(a, PENSION), "once published, the new version is the one shown");
        });
    }

    @Test
    void onlySignedInAgentsWithTheirTokenMayRecordOrFlag() {
        String agent = user("guard.agent", Role.AGENT);
        String editor = user("guard.editor", Role.EDITOR);
        String admin = user("guard.admin", Role.ADMIN);
        String question = json("text", "مستمری کی واریز میشه");
        String flag = json("slug", UNEMPLOYMENT, "target", "article", "text", "قدیمی است");
        WebFixture.test(portal, http -> {
            long stored = portal.recordedQuestions().count(LocalDate.now(clock), LocalDate.now(clock));
            for (String[] call : new String[][] {{"/api/agent/questions", question}, {"/api/agent/flags", flag}}) {
                HttpResponse<String> anonymous = http.post(call[0], "application/json", call[1]);
                assertEquals(401, anonymous.statusCode(), call[0]);
                assertTrue(StaffClient.json(anonymous).get("error").asText().contains("وارد حساب"), anonymous::body);

                for (String other : List.of(editor, admin)) {
                    HttpResponse<String> wrongRole = post(StaffClient.signIn(http, other, PASSWORD), call[0], call[1]);
                    assertEquals(403, wrongRole.statusCode(), other + " " + call[0]);
                    assertTrue(StaffClient.json(wrongRole).has("error"), wrongRole::body);
                }

                StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
                HttpResponse<String> noToken = http.post(call[0], "application/json", call[1], "Cookie",
                        a.cookieHeader());
                assertEquals(403, noToken.statusCode(), "without X-CSRF-Token: " + call[0]);
                HttpResponse<String> otherToken = http.post(call[0], "application/json", call[1], "Cookie",
                        a.cookieHeader(), StaffAccess.CSRF_HEADER, StaffClient.signIn(http, agent, PASSWORD).token);
                assertEquals(403, otherToken.statusCode(), "another session's token: " + call[0]);
            }
            assertEquals(stored, portal.recordedQuestions().count(LocalDate.now(clock), LocalDate.now(clock)),
                    "nothing refused was recorded");
            assertTrue(portal.flags().openOf(UNEMPLOYMENT).stream().noneMatch(f -> f.user().equals(agent)));
        });
    }

    @Test
    void aQuestionOrFlagTheServicesRefuseIs422WithAPersianError() {
        String agent = user("refused.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            assertRefused(a, "/api/agent/questions", "{}", "متن پرسش");
            assertRefused(a, "/api/agent/questions", json("text", " \n "), "متن پرسش");
            assertRefused(a, "/api/agent/questions", json("text", "ب".repeat(501)), "۵۰۰");
            assertRefused(a, "/api/agent/questions", json("text", "مستمری", "channel", "fax"), "مجرای «fax»");
            assertRefused(a, "/api/agent/questions", json("text", "مستمری", "channel", "site-search"), "1420");
            assertRefused(a, "/api/agent/questions", json("text", "مستمری", "slug", "broken"), "منتشر نشده");
            assertRefused(a, "/api/agent/questions", json("text", "مستمری", "slug", "no-such-article"), "منتشر نشده");
            assertEquals(201, post(a, "/api/agent/questions", json("text", "ب".repeat(500))).statusCode(),
                    "500 characters are taken");

            assertRefused(a, "/api/agent/flags", json("target", "article", "text", "قدیمی"), "منتشر نشده");
            assertRefused(a, "/api/agent/flags", json("slug", "broken", "target", "article", "text", "قدیمی"),
                    "منتشر نشده");
            assertRefused(a, "/api/agent/flags", json("slug", UNEMPLOYMENT, "target", "body", "text", "قدیمی"),
                    "paragraph:N");
            assertRefused(a, "/api/agent/flags", json("slug", UNEMPLOYMENT, "target", "key_point:1", "text", "قدیمی"),
                    "ندارد");
            assertRefused(a, "/api/agent/flags", json("slug", UNEMPLOYMENT, "target", "article"), "بنویسید");
            assertRefused(a, "/api/agent/flags", json("slug", UNEMPLOYMENT, "target", "article", "text",
                    "ن".repeat(301)), "۳۰۰");
            assertTrue(portal.flags().openOf(UNEMPLOYMENT).stream().noneMatch(f -> f.user().equals(agent)),
                    "nothing refused was stored");
        });
    }

    @Test
    void aBodyThatIsNotAJsonObjectOrAFieldOfTheWrongTypeIs400AndAnOversizedOne413() {
        String agent = user("malformed.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            for (String path : List.of("/api/agent/questions", "/api/agent/flags")) {
                for (String body : List.of("", "{\"text\": ", "[\"text\"]", "\"text\"", "null", "text=سلام")) {
                    HttpResponse<String> r = post(a, path, body);
                    assertEquals(400, r.statusCode(), path + " «" + body + "»: " + r.body());
                    assertTrue(StaffClient.json(r).get("error").asText().contains("JSON"), r::body);
                }
                for (String body : List.of("{\"text\": 5, \"slug\": \"" + UNEMPLOYMENT + "\", \"target\": \"article\"}",
                        "{\"text\": \"قدیمی\", \"slug\": true, \"target\": \"article\"}",
                        "{\"text\": \"قدیمی\", \"slug\": \"" + UNEMPLOYMENT + "\", \"target\": [\"article\"],"
                                + " \"channel\": {}}")) {
                    HttpResponse<String> r = post(a, path, body);
                    assertEquals(400, r.statusCode(), path + " " + body + ": " + r.body());
                    assertTrue(StaffClient.json(r).get("error").asText().contains("باید متن باشد"), r::body);
                }
                HttpResponse<String> huge = post(a, path, json("text", "ب".repeat(20_000)));
                assertEquals(413, huge.statusCode(), "over the 16 KB every public body is held to");
                assertTrue(StaffClient.json(huge).has("error"), huge::body);
            }
        });
    }

    @Test
    void noPersonalNumberACallerDictatedReachesTheDataFolder() throws Exception {
        String agent = user("secret.agent", Role.AGENT);
        Path data = dir.resolve("data");
        // a connection held open, as a busy server holds them: the write-ahead log and its index stay on disk
        try (Connection held = portal.database().connect()) {
            held.createStatement().executeQuery("SELECT COUNT(*) FROM questions").close();
            WebFixture.test(portal, http -> {
                StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
                List<String> answers = new ArrayList<>();
                for (String text : List.of("کد ملی " + NATIONAL_ID + " و موبایل 0" + MOBILE + " بیمه بیکاری",
                        "کدملیم ۳۸۶۱۹۴۷۲۰۱ هست، شماره‌ام ۰۹۱۸ ۷۶۵ ۴۳۲۱\nمستمری کی میاد",
                        "386-194720-1 / +98 918 765 4321 حق اولاد")) {
                    HttpResponse<String> r = post(a, "/api/agent/questions", json("text", text, "slug", UNEMPLOYMENT,
                            "channel", "تلفن"));
                    assertEquals(201, r.statusCode(), r::body);
                    answers.add(r.body());
                    HttpResponse<String> f = post(a, "/api/agent/flags", json("slug", UNEMPLOYMENT, "target", "summary",
                            "text", "تماس‌گیرنده با " + text + " گفت این قدیمی است"));
                    assertEquals(201, f.statusCode(), f::body);
                }
                assertTrue(answers.getFirst().contains("‹کد ملی›") && answers.getFirst().contains("‹موبایل›"),
                        "the agent sees the placeholders: " + answers.getFirst());
                HttpResponse<String> flags = StaffClient.signIn(http, user("secret.editor", Role.EDITOR), PASSWORD)
                        .get("/api/editor/flags");
                answers.add(flags.body());
                for (String answer : answers) {
                    assertEquals(List.of(), leaks(answer.getBytes(StandardCharsets.UTF_8)), answer);
                }
            });
            List<Path> files;
            try (Stream<Path> walk = Files.walk(data)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            for (String name : List.of("pasokh.db", "pasokh.db-wal", "pasokh.db-shm")) {
                assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals(name)), name + " in " + files);
            }
            List<String> found = new ArrayList<>();
            for (Path f : files) leaks(Files.readAllBytes(f)).forEach(l -> found.add(data.relativize(f) + ": " + l));
            assertEquals(List.of(), found);
        }
    }

    @Test
    void theScanFindsTheNumbersWhenTheyAreThere() {
        for (String written : List.of(NATIONAL_ID, "۳۸۶۱۹۴۷۲۰۱", "386-194720-1", "0" + MOBILE, "۰۹۱۸ ۷۶۵ ۴۳۲۱",
                "+98 918 765 4321")) {
            assertFalse(leaks(("متن " + written + " متن").getBytes(StandardCharsets.UTF_8)).isEmpty(), written);
        }
        assertEquals(List.of(), leaks("سال ۱۴۰۵، ۲۴ ماه سابقه، 2026-12-05".getBytes(StandardCharsets.UTF_8)));
    }

    // --- the gap report

    @Test
    void recordedQuestionsAreCountedByTheGapReportWithTheArticleTheAgentsNamed() {
        String agent = user("gaps.agent", Role.AGENT);
        String manager = user("gaps.manager", Role.MANAGER);
        String question = "مقرری بیمه بیکاری چند ماه پرداخت میشه";
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            long version = portal.editor().shownVersion(UNEMPLOYMENT).orElseThrow();
            for (String channel : List.of("1420", "1420", "sms")) {
                assertEquals(201, post(a, "/api/agent/questions", json("text", question, "slug", UNEMPLOYMENT,
                        "channel", channel)).statusCode());
            }
            assertEquals(201, post(a, "/api/agent/questions", json("text", question)).statusCode());
            // past the minute a report is shared for
            clock.advance(Duration.ofMinutes(2));
            String today = LocalDate.now(clock).toString();
            JsonNode report = StaffClient.json(StaffClient.signIn(http, manager, PASSWORD)
                    .get("/api/gaps?since=" + today + "&until=" + today));
            JsonNode group = null;
            for (JsonNode g : report.get("groups")) {
                for (JsonNode q : g.get("questions")) if (q.asText().equals(question)) group = g;
            }
            assertTrue(group != null, "the recorded question is in a group: " + report);
            assertTrue(group.get("size").asLong() >= 4, group::toString);
            assertTrue(group.get("channels").get("1420").asLong() >= 3, group::toString);
            JsonNode named = group.get("evidence").get("articlesNamed");
            assertEquals(UNEMPLOYMENT, named.get(0).get("slug").asText(), named::toString);
            assertTrue(named.get(0).get("questions").asLong() >= 3, named::toString);
            assertTrue(named.get(0).get("versions").toString().contains(String.valueOf(version)), named::toString);
            assertEquals(UNEMPLOYMENT, group.get("evidence").get("namedArticle").asText(), "most of them name it");
        });
    }

    // --- «گزارش ایراد», and the editors' side

    @Test
    void aFlagIsListedForEditorsShownOnTheArticlesPageAndResolvedThere() {
        String agent = user("flag.agent", Role.AGENT);
        String editor = user("flag.editor", Role.EDITOR);
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            HttpResponse<String> created = post(a, "/api/agent/flags", json("slug", PENSION, "target", "paragraph:1",
                    "text", "  فرمول\nسال ۱۴۰۵ عوض شده  "));
            assertEquals(201, created.statusCode(), created::body);
            JsonNode made = StaffClient.json(created);
            assertEquals(List.of("id"), fieldNames(made));
            long id = made.get("id").asLong();

            StaffClient ed = StaffClient.signIn(http, editor, PASSWORD);
            assertEquals(403, a.get("/api/editor/flags").statusCode(), "agents do not read the editors' list");
            JsonNode flag = openFlag(ed, id);
            assertEquals(List.of("id", "slug", "target", "text", "user", "time", "version"), fieldNames(flag));
            assertEquals(PENSION, flag.get("slug").asText());
            assertEquals("paragraph:1", flag.get("target").asText());
            assertEquals("فرمول سال 1405 عوض شده", flag.get("text").asText(),
                    "one line, scrubbed as imports are (their digits read as Latin ones)");
            assertEquals(agent, flag.get("user").asText());
            assertEquals(portal.editor().shownVersion(PENSION).orElseThrow(), flag.get("version").asLong());
            Instant at = Instant.parse(flag.get("time").asText());
            assertEquals(clock.instant(), at);

            String list = ed.get("/editor").body();
            Matcher row = Pattern.compile("<tr data-slug=\"" + PENSION + "\"[^>]*class=\"([^\"]*)\" data-flags=\"(\\d+)\"")
                    .matcher(list);
            assertTrue(row.find(), "the article's row carries its open flags");
            assertTrue(row.group(1).contains("flagged"), row.group());
            assertEquals(portal.flags().openOf(PENSION).size(), Integer.parseInt(row.group(2)));
            assertTrue(list.contains("href=\"/editor/articles/" + PENSION + "#flags\""), "named above the table too");

            String page = ed.get("/editor/articles/" + PENSION).body();
            String shown = section(page, "<tr data-flag=\"" + id + "\">", "</tr>");
            ZonedDateTime local = at.atZone(Portal.READERS_ZONE);
            for (String expected : List.of("بند ۱", "فرمول سال ۱۴۰۵ عوض شده", agent, Fa.date(local.toLocalDate()),
                    Fa.digits(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString()), "رسیدگی شد")) {
                assertTrue(shown.contains(expected), "«" + expected + "» in " + shown);
            }
            String resolve = "/editor/articles/" + PENSION + "/flags/" + id + "/resolve";
            assertTrue(shown.contains("action=\"" + resolve + "\""), shown);

            assertEquals(403, ed.post(resolve, "").statusCode(), "a form without the session's token");
            assertEquals(403, a.submit(resolve).statusCode(), "agents do not resolve");
            assertEquals(404, ed.submit("/editor/articles/" + UNEMPLOYMENT + "/flags/" + id + "/resolve").statusCode(),
                    "a flag is resolved on its own article's page");
            assertEquals(404, ed.submit("/editor/articles/" + PENSION + "/flags/x1/resolve").statusCode());
            assertTrue(openFlag(ed, id) != null, "still open");

            HttpResponse<String> resolved = ed.submit(resolve);
            assertEquals(303, resolved.statusCode(), resolved::body);
            assertEquals("/editor/articles/" + PENSION + "?done=flag-resolved", StaffClient.location(resolved));
            assertTrue(ed.get(StaffClient.location(resolved)).body().contains("ایراد رسیدگی‌شده علامت خورد"));
            assertEquals(null, openFlag(ed, id), "no longer open");
            assertFalse(ed.get("/editor/articles/" + PENSION).body().contains("data-flag=\"" + id + "\""));
            HttpResponse<String> again = ed.submit(resolve);
            assertEquals("/editor/articles/" + PENSION + "?done=flag-already-resolved", StaffClient.location(again));

            List<AuditEntry> log = portal.accounts().audit().about(PENSION, 100);
            assertTrue(log.stream().anyMatch(e -> e.action().equals("article-flagged") && e.actor().equals(agent)
                    && e.detail().startsWith("flag " + id + ", paragraph:1, version ")), log::toString);
            assertEquals(1, log.stream().filter(e -> e.action().equals("flag-resolved") && e.actor().equals(editor)
                    && e.detail().equals("flag " + id)).count(), "resolved once: " + log);
        });
    }

    @Test
    void theAuditLogSaysWhoRecordedAQuestionAboutWhichArticleButNotWhatWasAsked() {
        String agent = user("audit.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            JsonNode r = StaffClient.json(post(a, "/api/agent/questions", json("text", "ازدواج کردم کمک هزینه میدن؟",
                    "slug", UNEMPLOYMENT, "channel", "حضوری")));
            AuditEntry e = portal.accounts().audit().about(UNEMPLOYMENT, 100).stream()
                    .filter(x -> x.detail().startsWith("question " + r.get("id").asLong() + ","))
                    .findFirst().orElseThrow(() -> new AssertionError("no audit entry for " + r));
            assertEquals("question-recorded", e.action());
            assertEquals(agent, e.actor());
            assertEquals(UNEMPLOYMENT, e.target());
            assertEquals("question " + r.get("id").asLong() + ", channel in-person, version " + r.get("version").asLong(),
                    e.detail());
            assertFalse(e.toString().contains("ازدواج"), "not what the caller asked: " + e);
        });
    }

    @Test
    void theInsightsCountTheQuestionsAgentsRecordedAndTheArticlesTheyFlagged() {
        String agent = user("insights.agent", Role.AGENT);
        String manager = user("insights.manager", Role.MANAGER);
        WebFixture.test(portal, http -> {
            StaffClient a = StaffClient.signIn(http, agent, PASSWORD);
            assertEquals(201, post(a, "/api/agent/questions", json("text", "حق بیمه مشاغل آزاد چقدره")).statusCode());
            StaffClient boss = StaffClient.signIn(http, manager, PASSWORD);
            long before = recordedFigure(boss.get("/insights").body());
            for (int i = 0; i < 2; i++) {
                assertEquals(201, post(a, "/api/agent/questions", json("text", "حق بیمه مشاغل آزاد چقدره")).statusCode());
            }
            assertEquals(201, post(a, "/api/agent/flags", json("slug", UNEMPLOYMENT, "target", "summary", "text",
                    "شش ماه سابقه دیگر کافی نیست")).statusCode());
            clock.advance(Duration.ofMinutes(2));
            String page = boss.get("/insights").body();
            assertEquals(before + 2, recordedFigure(page), "the recorded questions of the period");
            String flagged = section(page, "<h2 id=\"flags\">", "</table>");
            Matcher m = Pattern.compile("<a href=\"/editor/articles/" + UNEMPLOYMENT + "#flags\">شرایط دریافت بیمه بیکاری"
                    + "</a></td><td>([^<]+)</td>").matcher(flagged);
            assertTrue(m.find(), flagged);
            assertEquals(Fa.num(portal.flags().openOf(UNEMPLOYMENT).size()), m.group(1));
        });
    }

    // --- helpers

    private static long recordedVersion(StaffClient agent, String slug) throws Exception {
        HttpResponse<String> r = post(agent, "/api/agent/questions", json("text", "مستمری چطوری حساب میشه", "slug",
                slug));
        assertEquals(201, r.statusCode(), r::body);
        return StaffClient.json(r).get("version").asLong();
    }

    private static void assertRefused(StaffClient a, String path, String body, String saying) throws Exception {
        HttpResponse<String> r = post(a, path, body);
        assertEquals(422, r.statusCode(), body + ": " + r.body());
        String error = StaffClient.json(r).get("error").asText();
        assertTrue(error.contains(saying), "«" + saying + "» in «" + error + "»");
    }

    /** The editors' API's entry for an open flag, or null when it is not open. */
    private static JsonNode openFlag(StaffClient editor, long id) throws Exception {
        HttpResponse<String> r = editor.get("/api/editor/flags");
        assertEquals(200, r.statusCode(), r::body);
        for (JsonNode f : StaffClient.json(r).get("flags")) if (f.get("id").asLong() == id) return f;
        return null;
    }

    /** The figure «ثبت‌شده به دست کارشناسان» of an insights page, in Latin digits. */
    private static long recordedFigure(String page) {
        Matcher m = Pattern.compile("<dt>ثبت‌شده به دست کارشناسان</dt><dd>([^<]+)</dd>").matcher(page);
        assertTrue(m.find(), "the page has the figure");
        StringBuilder latin = new StringBuilder();
        for (char c : m.group(1).toCharArray()) if (Character.isDigit(c)) latin.append(Character.digit(c, 10));
        return Long.parseLong(latin.toString());
    }

    private static String section(String page, String from, String to) {
        int start = page.indexOf(from);
        assertTrue(start >= 0, "«" + from + "» in the page");
        int end = page.indexOf(to, start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static HttpResponse<String> post(StaffClient s, String path, String json)
            throws IOException, InterruptedException {
        return s.http.post(path, "application/json", json, "Cookie", s.cookieHeader(), StaffAccess.CSRF_HEADER, s.token);
    }

    private static String json(String... fields) {
        var node = StaffClient.JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) node.put(fields[i], fields[i + 1]);
        return node.toString();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final Pattern BETWEEN_DIGITS = Pattern.compile("(?<=[0-9])[ \\t\\r\\n\\-().+/]{1,3}(?=[0-9])");

    /**
     * Where in {@code bytes} any seven digits in a row of the national ID or the mobile number survive, in Latin,
     * Persian or Arabic-Indic digits, with or without separators between them (as NoPersonalDataStoredTest scans).
     */
    private static List<String> leaks(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
            if (c == 0xDB && next >= 0xB0 && next <= 0xB9) {
                b.append((char) ('0' + next - 0xB0));
                i++;
            } else if (c == 0xD9 && next >= 0xA0 && next <= 0xA9) {
                b.append((char) ('0' + next - 0xA0));
                i++;
            } else {
                b.append((char) c);
            }
        }
        String digits = BETWEEN_DIGITS.matcher(b).replaceAll("");
        List<String> found = new ArrayList<>();
        for (String secret : List.of(NATIONAL_ID, MOBILE)) {
            for (int i = 0; i + 7 <= secret.length(); i++) {
                String window = secret.substring(i, i + 7);
                if (digits.contains(window)) found.add(secret + " (" + window + ")");
            }
        }
        return found;
    }
}
