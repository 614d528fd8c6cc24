package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pasokh.account.Role;
import pasokh.article.JalaliDate;
import pasokh.editor.EditorService;
import pasokh.store.RevisionRepository;
import pasokh.testing.ArticleText;

/**
 * The editors' JSON API of issue 11 over real HTTP, with users made as the CLI makes them: create, edit,
 * conflicts, validation, review, publish (and search finding it), unpublish, archive, revisions, diff,
 * restore, preview, the audit log, who may do what, CSRF, hostile input and files changed on disk. The
 * portal runs over a scratch copy of the articles, watched as {@code serve} watches it.
 */
class EditorApiTest extends StaffPortal {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void watchTheFolder() throws IOException {
        // as `serve` does: a file changed by a text editor or git is picked up live
        portal.knowledge().watch();
    }

    // ------------------------------------------------------------------ the article's whole life

    @Test
    void anArticleIsCreatedReviewedAndPublishedByAPublisherAndFoundBySearchWithinASecond() throws Exception {
        String editor = user("life.editor", Role.EDITOR);
        String publisher = user("life.publisher", Role.PUBLISHER);
        String slug = "marriage-allowance";
        String source = article("allowances", "کمک‌هزینه ازدواج بیمه‌شدگان", "کمک هزینه ازدواج",
                "## مبلغ\n\nکمک‌هزینه ازدواج یک بار به بیمه‌شده پرداخت می‌شود.");
        run(api -> {
            Staff ed = api.signIn(editor);
            Staff pub = api.signIn(publisher);

            HttpResponse<String> created = ed.put("/api/editor/articles/" + slug, save(source, 0));
            assertEquals(200, created.statusCode(), created::body);
            JsonNode c = StaffClient.json(created);
            assertEquals(1, c.get("version").asLong());
            assertEquals("draft", c.get("state").asText());

            JsonNode got = StaffClient.json(ed.get("/api/editor/articles/" + slug));
            assertEquals(slug, got.get("slug").asText());
            assertEquals("draft", got.get("state").asText());
            assertEquals(1, got.get("version").asLong());
            assertEquals(source, got.get("source").asText(), "the whole file, front matter and body");
            assertEquals(404, api.anonymous("/articles/" + slug).statusCode(), "a draft is not on the site");
            assertFalse(api.searchFinds("کمک هزینه ازدواج", slug), "nor found by search");
            assertFalse(Files.exists(file("allowances", slug)), "nor written into the articles folder");

            HttpResponse<String> review = ed.post("/api/editor/articles/" + slug + "/review", "{}");
            assertEquals(200, review.statusCode(), review::body);
            assertEquals("review", state(ed, slug));

            HttpResponse<String> byEditor = ed.post("/api/editor/articles/" + slug + "/publish", "{\"version\":1}");
            assertEquals(403, byEditor.statusCode(), "editors cannot publish");
            assertTrue(StaffClient.json(byEditor).get("error").asText().contains("دسترسی"), byEditor.body());
            assertEquals("review", state(ed, slug));
            assertEquals(404, api.anonymous("/articles/" + slug).statusCode());
            assertFalse(Files.exists(file("allowances", slug)));

            long started = System.nanoTime();
            HttpResponse<String> published = pub.post("/api/editor/articles/" + slug + "/publish", "{\"version\":1}");
            assertEquals(200, published.statusCode(), published::body);
            boolean found = api.searchFinds("کمک هزینه ازدواج", slug);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(found, "found by search right after the publish returned");
            assertTrue(millis < 1000, "publish and search took " + millis + " ms");

            assertEquals(200, api.anonymous("/articles/" + slug).statusCode());
            assertEquals(source, Files.readString(file("allowances", slug), StandardCharsets.UTF_8),
                    "the file is exactly the published text");
            assertEquals("published", state(ed, slug));
        });
    }

    @Test
    void theListShowsEveryArticleWithItsStateReviewDateAndVersion() throws Exception {
        String editor = user("list.editor", Role.EDITOR);
        String slug = "list-future-review";
        String source = article("healthcare", "دفترچه درمانی فرزندان", "دفترچه درمانی فرزند", "متن.")
                .replace("review_by: 1420-05-12", "review_by: 1406-01-01")
                .replace("status: published", "status: draft");
        String past = article("healthcare", "دفترچه درمانی همسر", "دفترچه درمانی همسر", "متن.")
                .replace("review_by: 1420-05-12", "review_by: 1404-05-12");
        run(api -> {
            Staff ed = api.signIn(editor);
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(source, 0)).statusCode());
            assertEquals(200, ed.put("/api/editor/articles/list-past-review", save(past, 0)).statusCode());

            JsonNode list = StaffClient.json(ed.get("/api/editor/articles")).get("articles");
            JsonNode mine = item(list, slug);
            assertEquals("دفترچه درمانی فرزندان", mine.get("title").asText());
            assertEquals("healthcare", mine.get("category").asText());
            assertEquals("draft", mine.get("state").asText());
            assertEquals(1, mine.get("version").asLong());
            assertEquals(JalaliDate.parseFlexible("1406-01-01").orElseThrow().toString(), mine.get("reviewBy").asText());
            assertFalse(mine.get("overdue").asBoolean(), "review date still ahead on " + clock.instant());
            assertFalse(mine.get("updated").asText().isBlank());

            JsonNode overdue = item(list, "list-past-review");
            assertEquals(JalaliDate.parseFlexible("1404-05-12").orElseThrow().toString(), overdue.get("reviewBy").asText());
            assertTrue(overdue.get("overdue").asBoolean(), "1404-05-12 is past on " + clock.instant());

            // an article that only exists as a file is listed too, as published
            JsonNode shipped = item(list, "pension-calculation");
            assertEquals("published", shipped.get("state").asText());
            assertEquals("retirement", shipped.get("category").asText());
            assertEquals("نحوه محاسبه مستمری بازنشستگی", shipped.get("title").asText());
            assertEquals(JalaliDate.parseFlexible("1420-05-12").orElseThrow().toString(),
                    shipped.get("reviewBy").asText());
            assertFalse(shipped.get("overdue").asBoolean());
            assertTrue(shipped.get("version").asLong() >= 1);
            for (JsonNode a : list) {
                for (String field : List.of("slug", "title", "category", "state", "updated", "reviewBy", "overdue",
                        "version")) {
                    assertTrue(a.has(field), field + " missing in " + a);
                }
                assertTrue(Set.of("draft", "review", "published", "archived").contains(a.get("state").asText()), a::toString);
            }
            assertFalse(list.toString().contains("\"broken\""), "a file that does not parse is no article to edit");
        });
    }

    // ------------------------------------------------------------------ never a lost edit

    @Test
    void aSaveOnAStaleVersionIs409WithTheCurrentTextAndTheRefusedTextIsKept() throws Exception {
        String first = user("stale.first", Role.EDITOR);
        String second = user("stale.second", Role.EDITOR);
        String slug = "stale-edit";
        String v1 = article("unemployment", "ثبت‌نام مقرری بیکاری", "ثبت نام مقرری بیکاری", "متن اول.");
        String mine = v1.replace("متن اول.", "متن ویرایش نفر اول.");
        String theirs = v1.replace("متن اول.", "متن ویرایش نفر دوم که نباید گم شود.");
        run(api -> {
            Staff a = api.signIn(first);
            Staff b = api.signIn(second);
            assertEquals(200, a.put("/api/editor/articles/" + slug, save(v1, 0)).statusCode());
            long base = StaffClient.json(b.get("/api/editor/articles/" + slug)).get("version").asLong();
            assertEquals(200, a.put("/api/editor/articles/" + slug, save(mine, base)).statusCode());

            HttpResponse<String> refused = b.put("/api/editor/articles/" + slug, save(theirs, base));
            assertEquals(409, refused.statusCode(), refused::body);
            JsonNode r = StaffClient.json(refused);
            assertFalse(r.get("error").asText().isBlank());
            JsonNode current = r.get("current");
            assertEquals(base + 1, current.get("version").asLong());
            assertEquals(mine, current.get("source").asText(), "the other editor's text, to compare with");
            assertEquals(first, current.get("author").asText());
            Instant.parse(current.get("time").asText());

            JsonNode now = StaffClient.json(a.get("/api/editor/articles/" + slug));
            assertEquals(base + 1, now.get("version").asLong(), "the refused save took no version");
            assertEquals(mine, now.get("source").asText(), "and overwrote nothing");
            assertTrue(new RevisionRepository(portal.database()).all(slug).stream()
                            .anyMatch(row -> row.refused() && row.source().equals(theirs) && row.author().equals(second)),
                    "the refused text is kept in the revisions table");

            HttpResponse<String> again = b.put("/api/editor/articles/" + slug, save(theirs, base + 1));
            assertEquals(200, again.statusCode(), "on the new version, the second editor's save goes through");
            assertEquals(base + 2, StaffClient.json(again).get("version").asLong());
        });
    }

    @Test
    void anInvalidArticleIs422WithItsProblemsByFieldAndLineAndNothingIsSaved() throws Exception {
        String editor = user("invalid.editor", Role.EDITOR);
        String slug = "invalid-date";
        String good = article("insured", "کسری سابقه بیمه", "کسری سابقه", "متن.");
        String bad = good.replace("updated: 1403-05-12", "updated: 1403-13-45");
        int line = lineOf(bad, "updated:");
        run(api -> {
            Staff ed = api.signIn(editor);
            HttpResponse<String> r = ed.put("/api/editor/articles/" + slug, save(bad, 0));
            assertEquals(422, r.statusCode(), r::body);
            JsonNode body = StaffClient.json(r);
            assertFalse(body.get("error").asText().isBlank());
            JsonNode problem = find(body.get("problems"), p -> p.get("field").asText().equals("updated"));
            assertEquals(line, problem.get("line").asInt(), problem::toString);
            assertTrue(problem.get("message").asText().contains("1403-13-45"), problem::toString);
            assertEquals(404, ed.get("/api/editor/articles/" + slug).statusCode(), "nothing saved");
            assertFalse(StaffClient.json(ed.get("/api/editor/articles")).toString().contains(slug));

            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(good, 0)).statusCode());
            HttpResponse<String> edit = ed.put("/api/editor/articles/" + slug, save(bad, 1));
            assertEquals(422, edit.statusCode());
            JsonNode now = StaffClient.json(ed.get("/api/editor/articles/" + slug));
            assertEquals(1, now.get("version").asLong(), "an invalid edit takes no version");
            assertEquals(good, now.get("source").asText());
        });
    }

    // ------------------------------------------------------------------ off the site

    @Test
    void unpublishAndArchiveTakeTheArticleOffTheSiteAndOutOfSearchAndKeepItsRevisions() throws Exception {
        String editor = user("off.editor", Role.EDITOR);
        String publisher = user("off.publisher", Role.PUBLISHER);
        String slug = "funeral-allowance";
        String source = article("allowances", "کمک‌هزینه کفن و دفن", "هزینه کفن و دفن", "مبلغ کمک‌هزینه کفن و دفن.");
        String query = "هزینه کفن و دفن";
        run(api -> {
            Staff ed = api.signIn(editor);
            Staff pub = api.signIn(publisher);
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(source, 0)).statusCode());
            assertEquals(200, pub.post("/api/editor/articles/" + slug + "/publish", "{\"version\":1}").statusCode());
            assertEquals(200, api.anonymous("/articles/" + slug).statusCode());
            assertTrue(api.searchFinds(query, slug));

            assertEquals(403, ed.post("/api/editor/articles/" + slug + "/unpublish", "{}").statusCode());
            assertEquals(403, ed.post("/api/editor/articles/" + slug + "/archive", "{}").statusCode());
            assertEquals(200, api.anonymous("/articles/" + slug).statusCode(), "an editor took nothing off");

            HttpResponse<String> off = pub.post("/api/editor/articles/" + slug + "/unpublish", "{}");
            assertEquals(200, off.statusCode(), off::body);
            assertEquals(404, api.anonymous("/articles/" + slug).statusCode());
            assertEquals(404, api.anonymous("/api/articles/" + slug).statusCode());
            assertFalse(api.searchFinds(query, slug), "no longer found");
            assertFalse(Files.exists(file("allowances", slug)));
            assertEquals("draft", state(ed, slug));
            assertEquals(List.of(1L), versions(ed, slug), "the history stays");

            long latest = StaffClient.json(ed.get("/api/editor/articles/" + slug)).get("version").asLong();
            assertEquals(200, pub.post("/api/editor/articles/" + slug + "/publish", "{\"version\":" + latest + "}")
                    .statusCode());
            assertTrue(api.searchFinds(query, slug), "published again");

            HttpResponse<String> archived = pub.post("/api/editor/articles/" + slug + "/archive", "{}");
            assertEquals(200, archived.statusCode(), archived::body);
            assertEquals(404, api.anonymous("/articles/" + slug).statusCode());
            assertFalse(api.searchFinds(query, slug));
            assertFalse(Files.exists(file("allowances", slug)));
            assertEquals("archived", state(ed, slug));
            assertEquals(List.of(1L), versions(ed, slug));
            assertEquals(source, StaffClient.json(ed.get("/api/editor/articles/" + slug + "/revisions/1"))
                    .get("source").asText());
        });
    }

    // ------------------------------------------------------------------ history

    @Test
    void revisionsAreListedNewestFirstReadByVersionDiffedAndRestored() throws Exception {
        String editor = user("history.editor", Role.EDITOR);
        String slug = "history-article";
        String v1 = article("employers", "کد کارگاه", "کد کارگاه", "خط یک.\n\nخط دو از نسخهٔ اول.");
        String v2 = v1.replace("خط دو از نسخهٔ اول.", "خط دو از نسخهٔ دوم.");
        String v3 = v2.replace("خط یک.", "خط یک، بازنوشته در نسخهٔ سوم.");
        run(api -> {
            Staff ed = api.signIn(editor);
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(v1, 0)).statusCode());
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(v2, 1)).statusCode());
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(v3, 2)).statusCode());

            JsonNode revisions = StaffClient.json(ed.get("/api/editor/articles/" + slug + "/revisions")).get("revisions");
            assertEquals(List.of(3L, 2L, 1L), versions(ed, slug), "newest first");
            for (JsonNode r : revisions) {
                assertEquals(editor, r.get("author").asText());
                Instant.parse(r.get("time").asText());
                assertTrue(r.has("state") && r.has("note"), r::toString);
            }

            JsonNode one = StaffClient.json(ed.get("/api/editor/articles/" + slug + "/revisions/1"));
            assertEquals(1, one.get("version").asLong());
            assertEquals(v1, one.get("source").asText());
            assertEquals(editor, one.get("author").asText());
            assertEquals(404, ed.get("/api/editor/articles/" + slug + "/revisions/99").statusCode());

            JsonNode diff = StaffClient.json(ed.get("/api/editor/articles/" + slug + "/diff?from=1&to=3"));
            assertEquals(1, diff.get("from").asLong());
            assertEquals(3, diff.get("to").asLong());
            List<String> lines = diff.get("diff").asText().lines().toList();
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("@@ ")), "a unified diff: " + lines);
            assertTrue(lines.contains("-خط دو از نسخهٔ اول."), lines::toString);
            assertTrue(lines.contains("+خط دو از نسخهٔ دوم."), lines::toString);
            assertTrue(lines.contains("-خط یک."), lines::toString);
            assertTrue(lines.contains("+خط یک، بازنوشته در نسخهٔ سوم."), lines::toString);
            assertFalse(lines.stream().anyMatch(l -> l.startsWith("+title") || l.startsWith("-title")),
                    "unchanged lines are not shown as changed");

            HttpResponse<String> restored = ed.post("/api/editor/articles/" + slug + "/revisions/1/restore", "{}");
            assertEquals(200, restored.statusCode(), restored::body);
            assertEquals(4, StaffClient.json(restored).get("version").asLong(), "a new version, nothing overwritten");
            JsonNode now = StaffClient.json(ed.get("/api/editor/articles/" + slug));
            assertEquals(4, now.get("version").asLong());
            assertEquals(v1, now.get("source").asText(), "with the old text");
            assertEquals(List.of(4L, 3L, 2L, 1L), versions(ed, slug));
            assertEquals(v3, StaffClient.json(ed.get("/api/editor/articles/" + slug + "/revisions/3"))
                    .get("source").asText(), "the text that was replaced is still there");
        });
    }

    @Test
    void previewRendersWithTheSitesRendererAndListsProblemsWithoutSavingAnything() throws Exception {
        String editor = user("preview.editor", Role.EDITOR);
        String source = article("eservices", "رمز عبور سامانه", "رمز عبور سامانه",
                "## بازیابی رمز\n\nرمز را از **سامانه** بگیرید.\n\n<script>alert(1)</script>");
        run(api -> {
            Staff ed = api.signIn(editor);
            HttpResponse<String> r = ed.post("/api/editor/preview", json("source", source, "slug", "preview-only"));
            assertEquals(200, r.statusCode(), r::body);
            JsonNode p = StaffClient.json(r);
            String html = p.get("html").asText();
            assertTrue(html.contains("<strong>سامانه</strong>"), html);
            assertTrue(html.contains("بازیابی رمز") && html.contains("<h2"), html);
            assertFalse(html.contains("<script"), "the site's renderer drops raw script: " + html);
            assertTrue(p.get("problems").isArray());
            assertEquals(0, p.get("problems").size(), "a valid article has nothing to fix: " + p);
            assertEquals(404, ed.get("/api/editor/articles/preview-only").statusCode(), "a preview saves nothing");

            String bad = source.replace("updated: 1403-05-12", "updated: فردا");
            JsonNode q = StaffClient.json(ed.post("/api/editor/preview", json("source", bad)));
            JsonNode problem = find(q.get("problems"), x -> x.get("field").asText().equals("updated"));
            assertEquals(lineOf(bad, "updated:"), problem.get("line").asInt());
            assertFalse(problem.get("message").asText().isBlank());
        });
    }

    // ------------------------------------------------------------------ the audit log

    @Test
    void everyEditorialActionIsInTheAuditLogOfTheArticleForPublishersAndAdmins() throws Exception {
        String editor = user("audit.editor", Role.EDITOR);
        String other = user("audit.other", Role.EDITOR);
        String publisher = user("audit.publisher", Role.PUBLISHER);
        String admin = user("audit.admin", Role.ADMIN);
        String agent = user("audit.agent", Role.AGENT);
        String slug = "audited-article";
        String v1 = article("complaints", "شکایت از کارفرما", "شکایت از کارفرما", "متن اول.");
        String v2 = v1.replace("متن اول.", "متن دوم.");
        run(api -> {
            Staff ed = api.signIn(editor);
            Staff ot = api.signIn(other);
            Staff pub = api.signIn(publisher);
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(v1, 0)).statusCode());
            assertEquals(409, ot.put("/api/editor/articles/" + slug, save(v2, 0)).statusCode());
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(v2, 1)).statusCode());
            assertEquals(200, ed.post("/api/editor/articles/" + slug + "/review", "{}").statusCode());
            assertEquals(200, pub.post("/api/editor/articles/" + slug + "/publish", "{\"version\":2}").statusCode());
            assertEquals(200, pub.post("/api/editor/articles/" + slug + "/unpublish", "{}").statusCode());
            assertEquals(200, ed.post("/api/editor/articles/" + slug + "/revisions/1/restore", "{}").statusCode());
            assertEquals(200, pub.post("/api/editor/articles/" + slug + "/archive", "{}").statusCode());

            HttpResponse<String> forPublisher = pub.get("/api/audit?slug=" + slug);
            assertEquals(200, forPublisher.statusCode(), forPublisher::body);
            JsonNode events = StaffClient.json(forPublisher).get("events");
            for (JsonNode e : events) {
                assertEquals(slug, e.get("slug").asText(), e::toString);
                Instant.parse(e.get("time").asText());
                assertTrue(e.has("version"), e::toString);
            }
            assertEvent(events, "draft-saved", editor, 1);
            assertEvent(events, "edit-refused", other, null);
            assertEvent(events, "draft-saved", editor, 2);
            assertEvent(events, "sent-to-review", editor, 2);
            assertEvent(events, "published", publisher, 2);
            assertEvent(events, "unpublished", publisher, 2);
            assertEvent(events, "restored", editor, null);
            assertEvent(events, "archived", publisher, 3);
            assertEquals("archived", events.get(0).get("action").asText(), "newest first: " + events);

            Staff boss = api.signIn(admin);
            HttpResponse<String> forAdmin = boss.get("/api/audit?slug=" + slug);
            assertEquals(200, forAdmin.statusCode());
            assertEquals(events.size(), StaffClient.json(forAdmin).get("events").size());

            HttpResponse<String> forAgent = api.signIn(agent).get("/api/audit?slug=" + slug);
            assertEquals(403, forAgent.statusCode());
            assertFalse(forAgent.body().contains("draft-saved"));
            assertEquals(403, ed.get("/api/audit?slug=" + slug).statusCode(), "editors do not read the log");
            assertEquals(401, api.anonymous("/api/audit?slug=" + slug).statusCode());
        });
    }

    @Test
    void theLogOfAnArticleGivesAPublisherNoStaffSignInsOrAccountChanges() throws Exception {
        // a user name can be spelled like a slug; the log of «an article» by that name must not be theirs
        String admin = user("ops", Role.ADMIN);
        String dotted = user("audit.victim", Role.EDITOR);
        String publisher = user("reader", Role.PUBLISHER);
        run(api -> {
            api.signIn(admin);
            assertEquals(401, StaffClient.signInResponse(new Http(api.origin()), admin, "wrong password!")
                    .statusCode());
            api.signIn(dotted);
            Staff pub = api.signIn(publisher);
            assertEquals(400, pub.get("/api/audit?slug=" + Http.encode(dotted)).statusCode(), "not a slug");
            assertEquals(400, pub.get("/api/audit?slug=" + Http.encode("../x")).statusCode(), "not a slug");
            for (String target : List.of(admin, publisher, dotted)) {
                HttpResponse<String> r = pub.get("/api/audit?slug=" + Http.encode(target));
                assertEquals(target.equals(dotted) ? 400 : 200, r.statusCode(), target);
                for (String account : List.of("sign-in", "sign-in-failed", "user-added", "sign-out", "roles-changed")) {
                    assertFalse(r.body().contains("\"" + account + "\""), target + ": " + r.body());
                }
            }
        });
    }

    // ------------------------------------------------------------------ who may

    @Test
    void anonymousRequestsAre401AndChangeNothing() throws Exception {
        String slug = "anonymous-attempt";
        String source = article("insured", "شماره بیمه", "شماره بیمه تامین", "متن.");
        run(api -> {
            for (String path : List.of("/api/editor/articles", "/api/editor/articles/pension-calculation",
                    "/api/editor/articles/pension-calculation/revisions")) {
                HttpResponse<String> r = api.anonymous(path);
                assertEquals(401, r.statusCode(), path);
                assertFalse(StaffClient.json(r).get("error").asText().isBlank());
                assertFalse(r.body().contains("source"), path);
            }
            Staff nobody = api.stranger();
            assertEquals(401, nobody.put("/api/editor/articles/" + slug, save(source, 0)).statusCode());
            assertEquals(401, nobody.post("/api/editor/articles/pension-calculation/archive", "{}").statusCode());
            assertEquals(401, nobody.post("/api/editor/preview", json("source", source)).statusCode());
            assertTrue(portal.editor().current(slug).isEmpty(), "nothing was created");
            assertEquals(200, api.anonymous("/articles/pension-calculation").statusCode(), "nothing was archived");
        });
    }

    @Test
    void agentsAndManagersHaveNoEditor() throws Exception {
        String agent = user("noedit.agent", Role.AGENT);
        String manager = user("noedit.manager", Role.MANAGER);
        String slug = "agent-attempt";
        String source = article("insured", "سربازی و سابقه", "سربازی سابقه بیمه", "متن.");
        run(api -> {
            for (String name : List.of(agent, manager)) {
                Staff s = api.signIn(name);
                assertEquals(403, s.get("/api/editor/articles").statusCode(), name);
                assertEquals(403, s.put("/api/editor/articles/" + slug, save(source, 0)).statusCode(), name);
                assertEquals(403, s.post("/api/editor/articles/pension-calculation/unpublish", "{}").statusCode());
            }
            assertTrue(portal.editor().current(slug).isEmpty());
            assertEquals(200, api.anonymous("/articles/pension-calculation").statusCode());
        });
    }

    @Test
    void aMissingOrForgedCsrfTokenIs403AndChangesNothing() throws Exception {
        String editor = user("csrf.editor", Role.EDITOR);
        String publisher = user("csrf.publisher", Role.PUBLISHER);
        String slug = "csrf-article";
        String source = article("retirement", "وام بازنشستگان", "وام بازنشستگی", "متن.");
        run(api -> {
            Staff ed = api.signIn(editor);
            Staff pub = api.signIn(publisher);
            for (String token : new String[] {null, "", pub.token, "x".repeat(43)}) {
                HttpResponse<String> r = ed.withToken(token).put("/api/editor/articles/" + slug, save(source, 0));
                assertEquals(403, r.statusCode(), "token " + token);
                assertTrue(portal.editor().current(slug).isEmpty(), "created with token " + token);
            }
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(source, 0)).statusCode());
            for (String token : new String[] {null, ed.token}) {
                HttpResponse<String> r = pub.withToken(token).post("/api/editor/articles/" + slug + "/publish",
                        "{\"version\":1}");
                assertEquals(403, r.statusCode());
                HttpResponse<String> restore = ed.withToken(token == null ? null : pub.token)
                        .post("/api/editor/articles/" + slug + "/revisions/1/restore", "{}");
                assertEquals(403, restore.statusCode());
            }
            assertEquals("draft", state(ed, slug));
            assertEquals(List.of(1L), versions(ed, slug));
            assertEquals(404, api.anonymous("/articles/" + slug).statusCode(), "not published by a forged request");
            assertFalse(Files.exists(file("retirement", slug)));
        });
    }

    // ------------------------------------------------------------------ hostile input

    @Test
    void badSlugsHugeBodiesAndNonJsonAreRefusedAndWriteNothing() throws Exception {
        String editor = user("hostile.editor", Role.EDITOR);
        String publisher = user("hostile.publisher", Role.PUBLISHER);
        String source = article("insured", "دستمزد مبنا", "دستمزد مبنای حق بیمه", "متن.");
        Path root = dir.toAbsolutePath();
        Set<Path> before = allFiles(root);
        run(api -> {
            Staff ed = api.signIn(editor);
            Staff pub = api.signIn(publisher);
            for (String slug : List.of("..%2Fx", "..%2F..%2Fescape", "%2e%2e", "Upper-Case", "a%20b", "a_b", "-lead",
                    "x.md", "%D9%85%D9%82%D8%A7%D9%84%D9%87")) {
                HttpResponse<String> put = ed.put("/api/editor/articles/" + slug, save(source, 0));
                assertEquals(400, put.statusCode(), slug + ": " + put.body());
                assertEquals(400, pub.post("/api/editor/articles/" + slug + "/publish", "{\"version\":1}")
                        .statusCode(), slug);
                assertEquals(400, ed.get("/api/editor/articles/" + slug).statusCode(), slug);
            }

            // over the 1 MB an editor's request may carry: refused before it is read
            String huge = source + "متن بلند ".repeat(80_000);
            HttpResponse<String> tooBig = ed.put("/api/editor/articles/huge-article", save(huge, 0));
            assertEquals(413, tooBig.statusCode());
            assertFalse(StaffClient.json(tooBig).get("error").asText().isBlank());
            assertEquals(404, ed.get("/api/editor/articles/huge-article").statusCode());
            // within it, but longer than any article may be: a clear 400, nothing saved
            HttpResponse<String> tooLong = ed.put("/api/editor/articles/long-article",
                    save(source + "متن بلند ".repeat(30_000), 0));
            assertEquals(400, tooLong.statusCode(), tooLong.body());
            assertEquals(404, ed.get("/api/editor/articles/long-article").statusCode());

            for (String body : List.of("not json", "{\"source\": ", "[1, 2]", "\"text\"", "null", "{}",
                    "{\"source\": 12, \"baseVersion\": 0}", "{\"source\": \"x\"}",
                    "{\"source\": \"x\", \"baseVersion\": -1}", "{\"source\": \"x\", \"baseVersion\": \"zero\"}",
                    "{\"source\": \"x\", \"baseVersion\": 1.5e300}")) {
                HttpResponse<String> r = ed.put("/api/editor/articles/non-json", body);
                assertEquals(400, r.statusCode(), body + " -> " + r.body());
                assertFalse(StaffClient.json(r).get("error").asText().isBlank());
            }
            assertEquals(404, ed.get("/api/editor/articles/non-json").statusCode());
            assertEquals(400, ed.post("/api/editor/preview", "<html>").statusCode());
            assertEquals(400, pub.post("/api/editor/articles/pension-calculation/publish", "{\"version\":\"x\"}")
                    .statusCode());
            assertEquals(400, ed.get("/api/editor/articles/pension-calculation/diff?from=a&to=1").statusCode());
            assertEquals(400, ed.get("/api/editor/articles/pension-calculation/revisions/0").statusCode());
            assertEquals(404, ed.get("/api/editor/articles/no-such-article").statusCode());
            assertEquals(404, pub.post("/api/editor/articles/no-such-article/publish", "{\"version\":1}").statusCode());

            // the category is where the file goes: one that is not a category is refused, not a new folder
            String outside = source.replace("category: insured", "category: ../../escape");
            assertEquals(422, ed.put("/api/editor/articles/outside-category", save(outside, 0)).statusCode());
            String unknown = source.replace("category: insured", "category: no-such-category");
            assertEquals(422, ed.put("/api/editor/articles/unknown-category", save(unknown, 0)).statusCode());
        });
        Set<Path> after = allFiles(root);
        after.removeAll(before);
        assertTrue(after.stream().noneMatch(p -> p.toString().endsWith(".md")), "article files written: " + after);
    }

    // ------------------------------------------------------------------ the folder stays the source of truth

    @Test
    void aFileEditedOnDiskIsFoundBySearchAndShowsAsARevisionBySystem() throws Exception {
        String editor = user("disk.editor", Role.EDITOR);
        String publisher = user("disk.publisher", Role.PUBLISHER);
        String slug = "drivers-insurance";
        String source = article("special-groups", "بیمه رانندگان", "بیمه رانندگان", "رانندگان بیمه می‌شوند.");
        run(api -> {
            Staff ed = api.signIn(editor);
            Staff pub = api.signIn(publisher);
            assertEquals(200, ed.put("/api/editor/articles/" + slug, save(source, 0)).statusCode());
            assertEquals(200, pub.post("/api/editor/articles/" + slug + "/publish", "{\"version\":1}").statusCode());

            // a text editor (or git pull) changes the published file behind the editor's back
            String edited = source.replace("رانندگان بیمه می‌شوند.", "رانندگان تاکسی زعفرانیه بیمه می‌شوند.");
            Files.writeString(file("special-groups", slug), edited, StandardCharsets.UTF_8);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!api.searchFinds("زعفرانیه", slug)) {
                if (System.nanoTime() > deadline) fail("the edited file was not found by search within 10 s");
                Thread.sleep(100);
            }

            JsonNode revisions = StaffClient.json(ed.get("/api/editor/articles/" + slug + "/revisions"))
                    .get("revisions");
            JsonNode newest = revisions.get(0);
            assertEquals(EditorService.SYSTEM, newest.get("author").asText(), revisions::toString);
            assertEquals(2, newest.get("version").asLong());
            JsonNode now = StaffClient.json(ed.get("/api/editor/articles/" + slug));
            assertEquals(edited, now.get("source").asText(), "the editor opens what readers see");
            assertEquals(2, now.get("version").asLong());
            assertEquals("published", now.get("state").asText());
            assertEquals(source, StaffClient.json(ed.get("/api/editor/articles/" + slug + "/revisions/1"))
                    .get("source").asText());
            assertEvent(StaffClient.json(pub.get("/api/audit?slug=" + slug)).get("events"), "changed-on-disk",
                    EditorService.SYSTEM, 2);

            // an editor who opened version 1 before the change cannot overwrite it unseen
            HttpResponse<String> stale = ed.put("/api/editor/articles/" + slug,
                    save(source.replace("رانندگان بیمه", "رانندگان وانت بیمه"), 1));
            assertEquals(409, stale.statusCode());
            assertEquals(EditorService.SYSTEM, StaffClient.json(stale).get("current").get("author").asText());
        });
    }

    @Test
    void anArticleKnownOnlyFromItsFileIsVersionOneBySystemAndCanBeEditedAndRepublished() throws Exception {
        String editor = user("shipped.editor", Role.EDITOR);
        String publisher = user("shipped.publisher", Role.PUBLISHER);
        String slug = "unemployment-eligibility";
        run(api -> {
            Staff ed = api.signIn(editor);
            Staff pub = api.signIn(publisher);
            Path onDisk = file("unemployment", slug);
            String text = Files.readString(onDisk, StandardCharsets.UTF_8);
            JsonNode current = StaffClient.json(ed.get("/api/editor/articles/" + slug));
            assertEquals(text, current.get("source").asText());
            assertEquals("published", current.get("state").asText());
            long v = current.get("version").asLong();
            JsonNode first = StaffClient.json(ed.get("/api/editor/articles/" + slug + "/revisions"))
                    .get("revisions");
            assertEquals(EditorService.SYSTEM, first.get(first.size() - 1).get("author").asText());

            String edited = text.replace("شش ماه سابقه", "شش ماه سابقهٔ پرداخت حق بیمه");
            assertTrue(!edited.equals(text));
            HttpResponse<String> asNew = ed.put("/api/editor/articles/" + slug, save(edited, 0));
            assertEquals(409, asNew.statusCode(), "«a new article» by an existing file's slug overwrites nothing");
            assertEquals(text, StaffClient.json(asNew).get("current").get("source").asText());
            assertEquals(text, Files.readString(onDisk, StandardCharsets.UTF_8));
            HttpResponse<String> saved = ed.put("/api/editor/articles/" + slug, save(edited, v));
            assertEquals(200, saved.statusCode(), saved::body);
            assertEquals(text, Files.readString(onDisk, StandardCharsets.UTF_8),
                    "readers keep the published text until the edit is published");
            assertEquals(200, api.anonymous("/articles/" + slug).statusCode());
            assertEquals(200, pub.post("/api/editor/articles/" + slug + "/publish",
                    "{\"version\":" + (v + 1) + "}").statusCode());
            assertEquals(edited, Files.readString(onDisk, StandardCharsets.UTF_8));
            JsonNode after = StaffClient.json(ed.get("/api/editor/articles/" + slug));
            assertEquals(v + 1, after.get("version").asLong(), "publishing our own text is no change on disk");
            assertEquals("published", after.get("state").asText());
        });
    }

    // ------------------------------------------------------------------ helpers

    private interface Case {
        void run(Api api) throws Exception;
    }

    private static void run(Case c) {
        JavalinTest.test(WebApp.create(portal), (server, client) -> c.run(new Api(client.getOrigin())));
    }

    /** The server seen from a browser: anonymous requests, and signed-in staff. */
    private record Api(String origin) {

        Staff signIn(String name) throws Exception {
            StaffClient s = StaffClient.signIn(new Http(origin), name, PASSWORD);
            return new Staff(origin, s.cookieHeader(), s.token, s.token);
        }

        /** A browser with no session at all. */
        Staff stranger() {
            return new Staff(origin, null, null, null);
        }

        HttpResponse<String> anonymous(String path) throws IOException, InterruptedException {
            return send(origin, "GET", path, null, null, null);
        }

        boolean searchFinds(String query, String slug) throws IOException, InterruptedException {
            HttpResponse<String> r = anonymous("/api/search?q=" + Http.encode(query));
            assertEquals(200, r.statusCode(), r::body);
            for (JsonNode hit : StaffClient.json(r).get("hits")) {
                if (hit.get("slug").asText().equals(slug)) return true;
            }
            return false;
        }
    }

    /** A signed-in staff member; {@code sent} is the token this browser puts in X-CSRF-Token (null: none). */
    private record Staff(String origin, String cookie, String token, String sent) {

        Staff withToken(String other) {
            return new Staff(origin, cookie, token, other);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(origin, "GET", path, null, cookie, null);
        }

        HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
            return send(origin, "PUT", path, json, cookie, sent);
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return send(origin, "POST", path, json, cookie, sent);
        }
    }

    private static HttpResponse<String> send(String origin, String method, String path, String json, String cookie,
                                             String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) b.header("Content-Type", "application/json");
        if (cookie != null) b.header("Cookie", cookie);
        if (token != null) b.header(StaffAccess.CSRF_HEADER, token);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String article(String category, String title, String questionStem, String body) {
        return ArticleText.valid(category, title, "خلاصهٔ " + title + ".", ArticleText.questions(questionStem), body);
    }

    private static String save(String source, long baseVersion) {
        return StaffClient.JSON.createObjectNode().put("source", source).put("baseVersion", baseVersion).toString();
    }

    private static String json(String... fields) {
        var node = StaffClient.JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) node.put(fields[i], fields[i + 1]);
        return node.toString();
    }

    private static Path file(String category, String slug) {
        return dir.resolve("articles").resolve(category).resolve(slug + ".md");
    }

    private static String state(Staff s, String slug) throws Exception {
        return StaffClient.json(s.get("/api/editor/articles/" + slug)).get("state").asText();
    }

    private static List<Long> versions(Staff s, String slug) throws Exception {
        HttpResponse<String> r = s.get("/api/editor/articles/" + slug + "/revisions");
        assertEquals(200, r.statusCode(), r::body);
        List<Long> out = new ArrayList<>();
        for (JsonNode rev : StaffClient.json(r).get("revisions")) out.add(rev.get("version").asLong());
        return out;
    }

    private static JsonNode item(JsonNode list, String slug) {
        return find(list, a -> a.get("slug").asText().equals(slug));
    }

    private static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        assertNotNull(array);
        for (JsonNode n : array) if (test.test(n)) return n;
        throw new AssertionError("not found in " + array);
    }

    private static void assertEvent(JsonNode events, String action, String user, Integer version) {
        find(events, e -> e.get("action").asText().equals(action) && e.get("user").asText().equals(user)
                && (version == null || e.get("version").asLong() == version));
    }

    /** The 1-based line of the first line starting with {@code prefix}. */
    private static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i + 1;
        throw new AssertionError(prefix + " not in the text");
    }

    /** Every file of the scratch portal but its data folder, and any article-like file beside it. */
    private static Set<Path> allFiles(Path root) throws IOException {
        Set<Path> out = new HashSet<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).filter(p -> !p.startsWith(root.resolve("data"))).forEach(out::add);
        }
        try (Stream<Path> s = Files.list(root.getParent())) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).forEach(out::add);
        }
        return out;
    }
}
