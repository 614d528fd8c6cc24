package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pasokh.Portal;
import pasokh.account.Role;
import pasokh.questions.QuestionImporter;
import pasokh.store.QuestionRepository;

/**
 * {@code /api/editor/phrasings} and the list's two buttons over real HTTP, with callers' questions imported as
 * {@code import-questions} imports them: who may see and decide proposals, the CSRF token, what accepting and
 * dismissing answer, and bad or stale requests answered with a Persian error rather than a stack trace.
 */
class PhrasingApiTest extends StaffPortal {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PENSION = "pension-calculation";
    private static final String UNEMPLOYMENT = "unemployment-eligibility";

    @Test
    void editorsAndPublishersSeeAndDecideProposalsAgentsAndManagersAre403AndStrangers401() throws Exception {
        String wording = "مستمری کارگر ساختمانی رو چطوری حساب میکنن";
        asked(wording, PENSION, 3);
        String editor = user("roles.editor", Role.EDITOR);
        String publisher = user("roles.publisher", Role.PUBLISHER);
        String agent = user("roles.agent", Role.AGENT);
        String manager = user("roles.manager", Role.MANAGER);
        run(origin -> {
            for (String name : List.of(editor, publisher)) {
                HttpResponse<String> r = signIn(origin, name).get("/api/editor/phrasings");
                assertEquals(200, r.statusCode(), name + ": " + r.body());
                JsonNode p = item(StaffClient.json(r), wording);
                assertEquals(PENSION, p.get("slug").asText());
                assertEquals("نحوه محاسبه مستمری بازنشستگی", p.get("title").asText());
                assertEquals(3, p.get("count").asLong());
                assertEquals(4, p.size(), "text, slug, title, count: " + p);
            }
            for (String name : List.of(agent, manager)) {
                Staff s = signIn(origin, name);
                assertForbidden(s.get("/api/editor/phrasings"));
                assertForbidden(s.post("/api/editor/phrasings/accept", body(wording, PENSION)));
                assertForbidden(s.post("/api/editor/phrasings/dismiss", body(wording, PENSION)));
            }
            Staff stranger = new Staff(origin, null, null);
            HttpResponse<String> anonymous = stranger.get("/api/editor/phrasings");
            assertEquals(401, anonymous.statusCode());
            assertFalse(StaffClient.json(anonymous).get("error").asText().isBlank());
            assertEquals(401, stranger.post("/api/editor/phrasings/accept", body(wording, PENSION)).statusCode());
            assertTrue(proposed(signIn(origin, editor), wording), "nobody without the role changed anything");
        });
    }

    @Test
    void withoutTheSessionsCsrfTokenAcceptAndDismissAre403AndChangeNothing() throws Exception {
        String wording = "بیمه بیکاری کارگر فصلی";
        asked(wording, UNEMPLOYMENT, 3);
        String editor = user("csrf.editor", Role.EDITOR);
        run(origin -> {
            Staff ed = signIn(origin, editor);
            long before = version(ed, UNEMPLOYMENT);
            for (Staff wrong : List.of(ed.withToken(null), ed.withToken("not-the-token"))) {
                assertForbidden(wrong.post("/api/editor/phrasings/accept", body(wording, UNEMPLOYMENT)));
                assertForbidden(wrong.post("/api/editor/phrasings/dismiss", body(wording, UNEMPLOYMENT)));
            }
            StaffClient form = StaffClient.signIn(new Http(origin), editor, PASSWORD);
            HttpResponse<String> noToken = form.post("/editor/phrasings/accept",
                    StaffClient.form("text", wording, "slug", UNEMPLOYMENT));
            assertEquals(403, noToken.statusCode(), "the list's form without its _csrf field");
            assertEquals(before, version(ed, UNEMPLOYMENT), "no revision was made");
            assertTrue(proposed(ed, wording), "still proposed");
        });
    }

    @Test
    void acceptingAnswersTheNewDraftsVersionAndTheProposalLeavesTheList() throws Exception {
        String wording = "مستمری پدرم رو چطوری حساب میکنن";
        asked(wording, PENSION, 4);
        String editor = user("accept.editor", Role.EDITOR);
        run(origin -> {
            Staff ed = signIn(origin, editor);
            long before = version(ed, PENSION);
            HttpResponse<String> accepted = ed.post("/api/editor/phrasings/accept", body(wording, PENSION));
            assertEquals(200, accepted.statusCode(), accepted::body);
            long version = StaffClient.json(accepted).get("version").asLong();
            assertEquals(before + 1, version);

            JsonNode article = StaffClient.json(ed.get("/api/editor/articles/" + PENSION));
            assertEquals(version, article.get("version").asLong());
            assertEquals("draft", article.get("state").asText());
            assertTrue(article.get("source").asText().contains("  - " + wording + "\n"), article::toString);
            assertFalse(Files.readString(file("retirement", PENSION), StandardCharsets.UTF_8).contains(wording),
                    "the file waits for a publisher");
            assertFalse(proposed(ed, wording));

            HttpResponse<String> again = ed.post("/api/editor/phrasings/accept", body(wording, PENSION));
            assertEquals(422, again.statusCode(), again::body);
            assertFalse(StaffClient.json(again).get("error").asText().isBlank());
            assertEquals(version, version(ed, PENSION), "accepting twice adds it once");
        });
    }

    @Test
    void dismissingIs204AndTheProposalIsNotShownAgain() throws Exception {
        String wording = "بیمه بیکاری بعد از استعفا";
        asked(wording, UNEMPLOYMENT, 3);
        String publisher = user("dismiss.publisher", Role.PUBLISHER);
        run(origin -> {
            Staff pub = signIn(origin, publisher);
            long before = version(pub, UNEMPLOYMENT);
            HttpResponse<String> dismissed = pub.post("/api/editor/phrasings/dismiss", body(wording, UNEMPLOYMENT));
            assertEquals(204, dismissed.statusCode(), dismissed::body);
            assertEquals("", dismissed.body());
            assertFalse(proposed(pub, wording));
            assertEquals(before, version(pub, UNEMPLOYMENT), "the article is as it was");
            assertEquals(422, pub.post("/api/editor/phrasings/dismiss", body(wording, UNEMPLOYMENT)).statusCode());
            assertEquals(422, pub.post("/api/editor/phrasings/accept", body(wording, UNEMPLOYMENT)).statusCode());
        });
    }

    @Test
    void anUnknownArticleIs404AWordingNobodyAskedIs422AndABrokenBodyIs400AllWithAPersianError() throws Exception {
        String editor = user("bad.editor", Role.EDITOR);
        run(origin -> {
            Staff ed = signIn(origin, editor);
            assertError(404, ed.post("/api/editor/phrasings/accept", body("پرسشی درباره مستمری", "no-such-article")));
            assertError(404, ed.post("/api/editor/phrasings/accept", body("پرسشی درباره مقاله خراب", "broken")));
            assertError(422, ed.post("/api/editor/phrasings/accept", body("پرسشی که کسی نپرسیده", PENSION)));
            assertError(422, ed.post("/api/editor/phrasings/dismiss", body("پرسشی که کسی نپرسیده", PENSION)));
            for (String broken : List.of("", "[]", "{\"text\": 3, \"slug\": \"pension-calculation\"}",
                    "{\"text\": \"مستمری\"}", "{\"text\": \"مستمری\", \"slug\": \"../etc\"}",
                    "{\"text\": \"   \", \"slug\": \"pension-calculation\"}", "{\"text\": \"" + "ا".repeat(1001)
                            + "\", \"slug\": \"pension-calculation\"}", "{not json")) {
                assertError(400, ed.post("/api/editor/phrasings/accept", broken));
            }
        });
    }

    @Test
    void theListsButtonsDecideAndComeBackToTheListWithANotice() throws Exception {
        String accepted = "مستمری مادرم رو چطوری حساب میکنن";
        String dismissed = "بیمه بیکاری کارگر ساختمانی";
        asked(accepted, PENSION, 3);
        asked(dismissed, UNEMPLOYMENT, 3);
        String editor = user("form.editor", Role.EDITOR);
        run(origin -> {
            StaffClient form = StaffClient.signIn(new Http(origin), editor, PASSWORD);
            Staff ed = signIn(origin, editor);
            HttpResponse<String> r = form.submit("/editor/phrasings/accept", "text", accepted, "slug", PENSION);
            assertEquals(303, r.statusCode(), r::body);
            assertEquals("/editor?done=phrasing-accepted", StaffClient.location(r));
            assertTrue(form.get(StaffClient.location(r)).body().contains("پرسش به پرسش‌های مقاله افزوده شد"));
            assertFalse(proposed(ed, accepted));

            r = form.submit("/editor/phrasings/dismiss", "text", dismissed, "slug", UNEMPLOYMENT);
            assertEquals(303, r.statusCode(), r::body);
            assertEquals("/editor?done=phrasing-dismissed", StaffClient.location(r));
            assertFalse(proposed(ed, dismissed));

            // a second editor's click on a list opened before the first one decided
            r = form.submit("/editor/phrasings/dismiss", "text", dismissed, "slug", UNEMPLOYMENT);
            assertEquals(303, r.statusCode(), r::body);
            assertEquals("/editor?done=phrasing-gone", StaffClient.location(r));
            assertTrue(form.get(StaffClient.location(r)).body().contains("این پیشنهاد دیگر در فهرست نیست"));
        });
    }

    @Test
    void theListPageShowsTheTwentyMostAskedAndSaysHowManyMoreAreProposedTheApiListsThemAll() throws Exception {
        List<String> places = List.of("تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "کرج", "قم", "اهواز", "رشت", "یزد",
                "کرمان", "ساری", "اراک", "همدان", "زنجان", "سمنان", "بوشهر", "ایلام", "گرگان", "قزوین", "سنندج", "بجنورد");
        for (int i = 0; i < places.size(); i++) asked("بیمه بیکاری کارگران شهر " + places.get(i), UNEMPLOYMENT, 3 + i);
        String editor = user("many.editor", Role.EDITOR);
        run(origin -> {
            StaffClient ed = StaffClient.signIn(new Http(origin), editor, PASSWORD);
            String page = ed.get("/editor").body();
            String section = page.substring(page.indexOf("class=\"phrasings\""), page.indexOf("</section>",
                    page.indexOf("class=\"phrasings\"")));
            assertEquals(20, section.split("<tr data-slug=", -1).length - 1, "twenty rows");
            assertTrue(section.contains("پرسش پرتکرارتر در زیر است"), section);
            assertTrue(section.contains("بیمه بیکاری کارگران شهر بجنورد") && section.contains("۲۴"),
                    "the most asked is shown, with its count in Persian digits");
            assertFalse(section.contains("بیمه بیکاری کارگران شهر تهران<"), "the least asked waits");
            Staff api = signIn(origin, editor);
            assertTrue(proposed(api, "بیمه بیکاری کارگران شهر تهران"), "the API lists every proposal");
        });
    }

    @Test
    void aWordingAgentsRecordThreeTimesWithOneArticleIsProposedAcceptedPublishedAndThenFoundBySearch() throws Exception {
        String wording = "پول مستمری کارگر بازنشسته رو از کدوم حقوقش حساب میکنن";
        String agent = user("loop.agent", Role.AGENT);
        String editor = user("loop.editor", Role.EDITOR);
        String publisher = user("loop.publisher", Role.PUBLISHER);
        run(origin -> {
            Staff ag = signIn(origin, agent);
            for (int call = 1; call <= 3; call++) {
                String request = StaffClient.JSON.createObjectNode().put("text", wording).put("channel", "1420")
                        .put("slug", PENSION).toString();
                HttpResponse<String> r = ag.post("/api/agent/questions", request);
                assertEquals(201, r.statusCode(), r::body);
                assertEquals(call == 3, proposed(signIn(origin, editor), wording),
                        "proposed once asked three times (phrasings.min-count), not before: call " + call);
            }
            Staff ed = signIn(origin, editor);
            HttpResponse<String> accepted = ed.post("/api/editor/phrasings/accept", body(wording, PENSION));
            assertEquals(200, accepted.statusCode(), accepted::body);
            long version = StaffClient.json(accepted).get("version").asLong();
            Staff pub = signIn(origin, publisher);
            HttpResponse<String> published = pub.post("/api/editor/articles/" + PENSION + "/publish",
                    StaffClient.JSON.createObjectNode().put("version", version).toString());
            assertEquals(200, published.statusCode(), published::body);
            assertTrue(Files.readString(file("retirement", PENSION)).contains(wording), "the file has the new question");
            HttpResponse<String> found = pub.get("/api/search?q=" + java.net.URLEncoder.encode(wording,
                    StandardCharsets.UTF_8));
            assertEquals(PENSION, StaffClient.json(found).get("hits").get(0).get("slug").asText(),
                    "the callers' own wording finds the article first: " + found.body());
            assertFalse(proposed(ed, wording), "no longer proposed");
        });
    }

    // ------------------------------------------------------------------ helpers

    /** Imports {@code times} calls asking {@code text}, answered by {@code slug}, as a CRM log. */
    private static void asked(String text, String slug, int times) throws IOException {
        StringBuilder tsv = new StringBuilder("time\tchannel\ttext\tarticle\n");
        LocalDateTime at = LocalDateTime.now(clock).minusHours(times);
        for (int i = 0; i < times; i++) tsv.append(at.plusHours(i)).append("\t1420\t").append(text).append('\t')
                .append(slug).append('\n');
        Path file = Files.createTempFile(dir, "log", ".tsv");
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        new QuestionImporter(new QuestionRepository(portal.database()), () -> portal.knowledge().current().analysis(),
                Portal.READERS_ZONE).importFiles(List.of(file), QuestionImporter.Options.DETECT,
                QuestionImporter.Progress.NONE, p -> problems.add(p.toString()));
        assertEquals(List.of(), problems);
    }

    private static boolean proposed(Staff s, String text) throws Exception {
        HttpResponse<String> r = s.get("/api/editor/phrasings");
        assertEquals(200, r.statusCode(), r::body);
        for (JsonNode p : StaffClient.json(r).get("phrasings")) if (p.get("text").asText().equals(text)) return true;
        return false;
    }

    private static JsonNode item(JsonNode list, String text) {
        for (JsonNode p : list.get("phrasings")) if (p.get("text").asText().equals(text)) return p;
        throw new AssertionError(text + " is not proposed: " + list);
    }

    private static long version(Staff s, String slug) throws Exception {
        return StaffClient.json(s.get("/api/editor/articles/" + slug)).get("version").asLong();
    }

    private static void assertForbidden(HttpResponse<String> r) throws IOException {
        assertError(403, r);
    }

    private static void assertError(int status, HttpResponse<String> r) throws IOException {
        assertEquals(status, r.statusCode(), r::body);
        String error = StaffClient.json(r).get("error").asText();
        assertTrue(error.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), "a Persian message: " + error);
        assertFalse(r.body().contains("Exception") || r.body().contains("at pasokh."), r.body());
    }

    private static String body(String text, String slug) {
        return StaffClient.JSON.createObjectNode().put("text", text).put("slug", slug).toString();
    }

    private static Path file(String category, String slug) {
        return dir.resolve("articles").resolve(category).resolve(slug + ".md");
    }

    private interface Case {
        void run(String origin) throws Exception;
    }

    private static void run(Case c) {
        JavalinTest.test(WebApp.create(portal), (server, client) -> c.run(client.getOrigin()));
    }

    private static Staff signIn(String origin, String name) throws Exception {
        StaffClient s = StaffClient.signIn(new Http(origin), name, PASSWORD);
        return new Staff(origin, s.cookieHeader(), s.token);
    }

    /** A signed-in browser sending {@code token} as X-CSRF-Token (null: none); no cookie for a stranger. */
    private record Staff(String origin, String cookie, String token) {

        Staff withToken(String other) {
            return new Staff(origin, cookie, other);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send("GET", path, null);
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return send("POST", path, json);
        }

        private HttpResponse<String> send(String method, String path, String json)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) b.header("Content-Type", "application/json");
            if (cookie != null) b.header("Cookie", cookie);
            if (token != null) b.header(StaffAccess.CSRF_HEADER, token);
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
