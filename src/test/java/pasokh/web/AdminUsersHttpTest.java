package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.testing.TestClock;

/** The admin's user page over its forms: add, disable, enable, reset a password, change roles; and the audit log. */
class AdminUsersHttpTest extends StaffPortal {

    /** One user's row of the user list. */
    private static String row(String html, String name) {
        int start = html.indexOf("<tr data-user=\"" + name + "\">");
        assertTrue(start >= 0, "no row for " + name);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static boolean ticked(String html, String role) {
        return html.contains("value=\"" + role + "\" checked>");
    }

    /** Follows the redirect a change answers and returns the notice the list then shows. */
    private static String noticeAfter(StaffClient admin, HttpResponse<String> r) throws Exception {
        assertEquals(303, r.statusCode(), r.body());
        String location = StaffClient.location(r);
        assertTrue(location.startsWith("/admin/users?done="), location);
        HttpResponse<String> page = admin.get(location);
        assertEquals(200, page.statusCode());
        String open = "<p class=\"notice\" role=\"status\">";
        int start = page.body().indexOf(open);
        assertTrue(start >= 0, page.body());
        return page.body().substring(start + open.length(), page.body().indexOf("</p>", start));
    }

    @Test
    void aCraftedLinkCannotPutItsOwnWordsOnTheUsersPage() {
        String admin = user("crafted.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            String words = URLEncoder.encode("«حساب شما هک شده؛ با ۰۹۱۲ تماس بگیرید»", StandardCharsets.UTF_8);
            for (String query : new String[] {"done=" + words, "done=added&user=" + words, "done=bogus&user=ali"}) {
                HttpResponse<String> page = staff.get("/admin/users?" + query);
                assertEquals(200, page.statusCode());
                assertFalse(page.body().contains("class=\"notice\""), query);
            }
        });
    }

    private static void assertPersianError(HttpResponse<String> r, String message) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("<p class=\"form-error\" role=\"alert\">" + message), r.body());
        assertTrue(r.body().contains("<table class=\"users\">"), "the error is shown on the user list");
    }

    @Test
    void theListShowsEveryUserWithTheirRolesAndState() {
        String admin = user("list.admin", Role.ADMIN);
        String editor = user("list.editor", Role.EDITOR, Role.PUBLISHER);
        String off = user("list.off", Role.AGENT);
        portal.accounts().users().disable(off, Actor.commandLine());
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            HttpResponse<String> page = staff.get("/admin/users");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
            String editorRow = row(page.body(), editor);
            assertTrue(ticked(editorRow, "editor") && ticked(editorRow, "publisher"), editorRow);
            assertFalse(ticked(editorRow, "admin") || ticked(editorRow, "agent"), editorRow);
            assertTrue(editorRow.contains("فعال") && !editorRow.contains("غیرفعال</span>"), editorRow);
            assertTrue(editorRow.contains("هرگز"), "never signed in");
            assertTrue(row(page.body(), off).contains("غیرفعال</span>"));
            assertTrue(row(page.body(), off).contains("/admin/users/" + off + "/enable"), "offers to enable it");
            assertFalse(row(page.body(), admin).contains("هرگز"), "the admin's sign-in is shown");
            assertFalse(page.body().contains("$argon2"), "no password hash on the page");
        });
    }

    @Test
    void anAdminAddsAUserWhoCanThenSignInWithTheirRoles() {
        String admin = user("add.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            String password = "a fresh password 9";
            HttpResponse<String> r = staff.submit("/admin/users", "username", " New.Agent ", "password", password,
                    "roles", "agent", "roles", "editor");
            String notice = noticeAfter(staff, r);
            assertTrue(notice.contains("«new.agent»") && notice.contains("ساخته شد"), notice);

            String newRow = row(staff.get("/admin/users").body(), "new.agent");
            assertTrue(ticked(newRow, "agent") && ticked(newRow, "editor") && !ticked(newRow, "admin"), newRow);
            StaffClient added = StaffClient.signIn(http, "new.agent", password);
            assertEquals("[\"agent\",\"editor\"]", StaffClient.json(added.get("/api/session")).get("roles").toString());
        });
    }

    @Test
    void badInputIsShownInPersianWith400AndNothingChanges() {
        String admin = user("err.admin", Role.ADMIN);
        String taken = user("err.taken", Role.EDITOR);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);

            HttpResponse<String> shortPassword = staff.submit("/admin/users", "username", "draft.user",
                    "password", "short", "roles", "editor");
            assertPersianError(shortPassword, "گذرواژه باید دست‌کم ۱۰ نویسه باشد.");
            assertTrue(shortPassword.body().contains("id=\"new-name\" name=\"username\" type=\"text\" value=\"draft.user\""),
                    "the name typed is kept");
            String addForm = shortPassword.body().substring(shortPassword.body().indexOf("class=\"add-user\""));
            assertTrue(ticked(addForm, "editor") && !ticked(addForm, "agent"), "and the roles ticked");
            assertFalse(shortPassword.body().contains("value=\"short\""), "the password is never sent back");

            assertPersianError(staff.submit("/admin/users", "username", "draft.user", "password", PASSWORD),
                    "دست‌کم یک نقش انتخاب کنید.");
            assertPersianError(staff.submit("/admin/users", "username", "draft user!", "password", PASSWORD,
                    "roles", "agent"), "نام کاربری باید ۲ تا ۴۰ حرف");
            assertPersianError(staff.submit("/admin/users", "username", "draft.user", "password", PASSWORD,
                    "roles", "root"), "نقش «root» وجود ندارد.");
            assertFalse(portal.accounts().users().find("draft.user").isPresent(), "nobody was added");

            assertPersianError(staff.submit("/admin/users", "username", "ERR.Taken", "password", "another password",
                    "roles", "admin"), "کاربری با نام «err.taken» از پیش وجود دارد.");
            assertEquals(Set.of(Role.EDITOR), portal.accounts().users().find(taken).orElseThrow().roles(),
                    "the existing user is untouched");
            StaffClient.signIn(http, taken, PASSWORD);

            for (String action : List.of("disable", "enable", "roles", "password")) {
                assertPersianError(staff.submit("/admin/users/no.such.user/" + action, "roles", "agent", "password",
                        PASSWORD), "کاربری با نام «no.such.user» وجود ندارد.");
            }
        });
    }

    @Test
    void disablingAndEnablingOverTheForms() {
        String admin = user("dis.admin", Role.ADMIN);
        String agent = user("dis.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            String notice = noticeAfter(staff, staff.submit("/admin/users/" + agent + "/disable"));
            assertTrue(notice.contains("«" + agent + "»") && notice.contains("غیرفعال شد"), notice);
            assertTrue(row(staff.get("/admin/users").body(), agent).contains("غیرفعال</span>"));
            assertEquals(401, StaffClient.signInResponse(http.from("127.0.0.51"), agent, PASSWORD).statusCode(),
                    "a disabled account cannot sign in");

            noticeAfter(staff, staff.submit("/admin/users/" + agent + "/enable"));
            assertFalse(row(staff.get("/admin/users").body(), agent).contains("غیرفعال</span>"));
            assertTrue(StaffClient.signIn(http, agent, PASSWORD).signedIn());
        });
    }

    @Test
    void aUserWithAPersianNameIsManagedOverTheFormsToo() {
        String admin = user("fa.admin", Role.ADMIN);
        String persian = user("مریم", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            StaffClient her = StaffClient.signIn(http, persian, PASSWORD);
            // a browser sends the form's action percent-encoded
            String path = "/admin/users/" + Http.encode(persian) + "/disable";
            String notice = noticeAfter(staff, staff.submit(path));
            assertTrue(notice.contains("«" + persian + "»"), notice);
            assertTrue(portal.accounts().users().find(persian).orElseThrow().disabled());
            assertFalse(her.signedIn());
        });
    }

    @Test
    void resettingAPasswordEndsTheUsersSessionsAndLiftsTheirLock() {
        String admin = user("reset.admin", Role.ADMIN);
        String agent = user("reset.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            StaffClient theirs = StaffClient.signIn(http, agent, PASSWORD);
            Http guesser = http.from("127.0.0.52");
            for (int i = 1; i <= 5; i++) StaffClient.signInResponse(guesser, agent, "guess " + i);
            assertEquals(429, StaffClient.signInResponse(http, agent, PASSWORD).statusCode(), "locked out");

            assertPersianError(staff.submit("/admin/users/" + agent + "/password", "password", "too short"),
                    "گذرواژه باید دست‌کم ۱۰ نویسه باشد.");
            assertTrue(theirs.signedIn(), "a refused reset changes nothing");

            String fresh = "the new password 2026";
            String notice = noticeAfter(staff, staff.submit("/admin/users/" + agent + "/password", "password", fresh));
            assertTrue(notice.contains("گذرواژهٔ تازه گرفت"), notice);
            assertFalse(notice.contains(fresh));
            assertFalse(theirs.signedIn(), "a session opened with the old password ends with it");
            assertTrue(StaffClient.signIn(http, agent, fresh).signedIn(), "the new password works, lock lifted");
            assertEquals(401, StaffClient.signInResponse(http, agent, PASSWORD).statusCode(), "the old one does not");
        });
    }

    @Test
    void changingRolesOverTheForm() {
        String admin = user("roles.admin", Role.ADMIN);
        String agent = user("roles.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            String notice = noticeAfter(staff, staff.submit("/admin/users/" + agent + "/roles", "roles", "editor",
                    "roles", "publisher"));
            assertTrue(notice.contains("نقش‌های تازه گرفت"), notice);
            assertEquals(EnumSet.of(Role.EDITOR, Role.PUBLISHER),
                    portal.accounts().users().find(agent).orElseThrow().roles());
            String agentRow = row(staff.get("/admin/users").body(), agent);
            assertTrue(ticked(agentRow, "editor") && ticked(agentRow, "publisher") && !ticked(agentRow, "agent"));

            assertPersianError(staff.submit("/admin/users/" + agent + "/roles"), "دست‌کم یک نقش انتخاب کنید.");
            assertEquals(EnumSet.of(Role.EDITOR, Role.PUBLISHER),
                    portal.accounts().users().find(agent).orElseThrow().roles(), "no roles is refused, not stored");
        });
    }

    @Test
    void theOnlyAdminCannotLockEveryoneOut(@TempDir Path other) throws Exception {
        try (Portal alone = open(other, new TestClock(ZonedDateTime.now(Portal.READERS_ZONE)), null)) {
            alone.accounts().users().add("sole.admin", PASSWORD, Set.of(Role.ADMIN), Actor.commandLine());
            WebFixture.test(alone, http -> {
                StaffClient staff = StaffClient.signIn(http, "sole.admin", PASSWORD);
                String refusal = "«sole.admin» تنها مدیر سامانهٔ فعال است";
                assertPersianError(staff.submit("/admin/users/sole.admin/disable"), refusal);
                assertPersianError(staff.submit("/admin/users/sole.admin/roles", "roles", "agent"), refusal);
                assertEquals(200, staff.get("/admin/users").statusCode(), "still signed in, still an admin");

                noticeAfter(staff, staff.submit("/admin/users", "username", "second.admin", "password", PASSWORD,
                        "roles", "admin"));
                assertEquals(303, staff.submit("/admin/users/sole.admin/roles", "roles", "editor").statusCode());
                assertEquals(403, staff.get("/admin/users").statusCode(), "with another admin, the first may step down");
            });
        }
    }

    private record Entry(String actor, String action, String target, String address) {}

    @Test
    void theAuditLogRecordsWhoDidWhatFromWhere() {
        String admin = user("audit.admin", Role.ADMIN);
        String reader = user("audit.reader", Role.ADMIN);
        WebFixture.test(portal, direct -> {
            // a client cannot choose the address the log records
            direct.from("127.0.0.61").post("/api/session", "application/json", StaffClient.JSON.createObjectNode()
                    .put("username", admin).put("password", "mistyped password").toString(),
                    "X-Forwarded-For", "203.0.113.9");
            Http http = direct.from("127.0.0.62");
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            staff.submit("/admin/users", "username", "audited.user", "password", "first password 1", "roles", "agent");
            staff.submit("/admin/users/audited.user/disable");
            staff.submit("/admin/users/audited.user/enable");
            staff.submit("/admin/users/audited.user/password", "password", "second password 2");
            staff.submit("/admin/users/audited.user/roles", "roles", "editor");
            assertEquals(303, staff.submit("/logout").statusCode());

            StaffClient auditor = StaffClient.signIn(direct, reader, PASSWORD);
            HttpResponse<String> r = auditor.get("/api/audit");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
            List<Entry> entries = new ArrayList<>();
            for (JsonNode e : StaffClient.json(r).get("entries")) {
                entries.add(new Entry(e.get("actor").asText(), e.get("action").asText(), e.get("target").asText(),
                        e.get("address").asText()));
                assertEquals(clock.instant().toString(), e.get("at").asText(), "when, by the portal's clock");
            }
            String ip = "127.0.0.62";
            List<Entry> expected = List.of(
                    new Entry(reader, "sign-in", reader, "127.0.0.1"),
                    new Entry(admin, "sign-out", admin, ip),
                    new Entry(admin, "roles-changed", "audited.user", ip),
                    new Entry(admin, "password-changed", "audited.user", ip),
                    new Entry(admin, "user-enabled", "audited.user", ip),
                    new Entry(admin, "user-disabled", "audited.user", ip),
                    new Entry(admin, "user-added", "audited.user", ip),
                    new Entry(admin, "sign-in", admin, ip),
                    new Entry("(anonymous)", "sign-in-failed", admin, "127.0.0.61"));
            assertEquals(expected, entries.subList(0, expected.size()), "newest first");
            for (String secret : List.of("mistyped password", "first password 1", "second password 2", PASSWORD)) {
                assertFalse(r.body().contains(secret), "the audit log never holds a password");
            }

            HttpResponse<String> page = auditor.get("/admin/audit");
            assertEquals(200, page.statusCode());
            for (String label : List.of("ورود ناموفق", "افزودن کاربر", "غیرفعال کردن کاربر", "فعال کردن کاربر",
                    "تغییر گذرواژه", "تغییر نقش‌ها", "خروج")) {
                assertTrue(page.body().contains("<td>" + label + "</td>"), label);
            }
            assertTrue(page.body().contains("<td dir=\"ltr\">127.0.0.61</td>"));
            assertFalse(page.body().contains("203.0.113.9"));
        });
    }
}
