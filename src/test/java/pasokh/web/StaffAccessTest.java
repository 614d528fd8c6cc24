package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pasokh.account.Role;

/** Who reaches which staff route: anonymous visitors, the wrong role, path tricks, disabled accounts. */
class StaffAccessTest extends StaffPortal {

    /** The Persian refusal for a role that does not open the page (StaffRefusal.WrongRole). */
    private static final String NO_ACCESS = "حساب شما به این بخش دسترسی ندارد";

    @Test
    void anonymousVisitorsAreSentToSignInOrRefusedWith401UnderTheApi() {
        String hidden = user("unlisted.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            HttpResponse<String> audit = http.get("/api/audit");
            assertEquals(401, audit.statusCode());
            assertTrue(StaffClient.json(audit).get("error").asText().contains("وارد"), audit.body());

            HttpResponse<String> users = http.get("/admin/users");
            assertEquals(303, users.statusCode());
            assertEquals("/login?next=%2Fadmin%2Fusers", StaffClient.location(users));
            assertFalse(users.body().contains(hidden));
            assertEquals("/login?next=%2Fadmin%2Faudit%3Fpage%3D2",
                    StaffClient.location(http.get("/admin/audit?page=2")), "the query is kept for after sign-in");
            assertEquals("/login?next=%2Fstaff", StaffClient.location(http.get("/staff")));

            HttpResponse<String> page = http.get(StaffClient.location(users));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("name=\"next\" value=\"/admin/users\""), "the form keeps where to go");
        });
    }

    @Test
    void anAnonymousPostChangesNothing() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.post("/admin/users", "application/x-www-form-urlencoded",
                    StaffClient.form("username", "sneaky.one", "password", PASSWORD, "roles", "admin"));
            assertEquals(303, r.statusCode());
            assertTrue(StaffClient.location(r).startsWith("/login"), StaffClient.location(r));
            assertTrue(portal.accounts().users().find("sneaky.one").isEmpty());
        });
    }

    @Test
    void anAgentIsRefusedTheAdminPagesWith403() {
        String admin = user("root.one", Role.ADMIN);
        String agent = user("agent.one", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, agent, PASSWORD);
            for (String path : List.of("/admin/users", "/admin/audit")) {
                HttpResponse<String> r = staff.get(path);
                assertEquals(403, r.statusCode(), path);
                assertTrue(r.body().contains(NO_ACCESS), path + ": " + r.body());
                assertTrue(r.body().contains("lang=\"fa\""), "a Persian page");
                assertFalse(r.body().contains(admin), "no user list: " + path);
                assertTrue(r.body().contains(agent), "the staff bar still says who is signed in");
            }
            HttpResponse<String> api = staff.get("/api/audit");
            assertEquals(403, api.statusCode());
            assertTrue(StaffClient.json(api).get("error").asText().contains(NO_ACCESS), api.body());
            assertFalse(api.body().contains("sign-in"), "no audit entries");

            HttpResponse<String> add = staff.submit("/admin/users", "username", "made.by.agent", "password",
                    PASSWORD, "roles", "admin");
            assertEquals(403, add.statusCode(), "a valid token does not make up for the role");
            assertTrue(portal.accounts().users().find("made.by.agent").isEmpty());

            HttpResponse<String> home = staff.get("/staff");
            assertEquals(200, home.statusCode());
            assertFalse(home.body().contains("href=\"/admin/users\""), "the landing page offers no door it will shut");
        });
    }

    @Test
    void anAdminSeesTheAdminPagesAndTheLinksToThem() {
        String admin = user("root.two", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            HttpResponse<String> home = staff.get("/staff");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("href=\"/admin/users\"") && home.body().contains("href=\"/admin/audit\""));
            assertEquals(200, staff.get("/admin/audit").statusCode());
            assertEquals(200, staff.get("/api/audit").statusCode());
        });
    }

    @Test
    void noSpellingOfThePathReachesTheUserListWithoutSigningIn() {
        String hidden = user("secret.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            for (String path : List.of("/admin/users/", "//admin/users", "/%61dmin/users", "/ADMIN/users",
                    "/admin//users", "/admin/./users", "/x/../admin/users", "/admin/%75sers", "/Admin/Users/",
                    "/admin/users;x=1", "/admin/users%2F", "/api/%61udit", "//api/audit")) {
                String raw = http.raw(path);
                int status = Integer.parseInt(raw.substring(9, 12));
                assertNotEquals(200, status, path + " answered 200:\n" + raw);
                assertFalse(raw.contains(hidden), path + " showed the user list:\n" + raw);
            }
            HttpResponse<String> head = http.send("HEAD", "/admin/users");
            assertEquals(303, head.statusCode(), "HEAD runs the guard as GET does");
        });
    }

    @Test
    void noSpellingOfThePathLetsAnAgentIntoTheUserList() {
        String hidden = user("secret.admin2", Role.ADMIN);
        String agent = user("agent.tricks", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, agent, PASSWORD);
            for (String path : List.of("/admin/users/", "//admin/users", "/%61dmin/users", "/ADMIN/users",
                    "/api/%61udit")) {
                HttpResponse<String> r = staff.get(path);
                assertNotEquals(200, r.statusCode(), path);
                assertFalse(r.body().contains(hidden), path);
            }
        });
    }

    @Test
    void citizensPagesSetNoCookieEvenForASignedInStaffBrowser() {
        String admin = user("browsing.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            for (String path : List.of("/", "/search?q=" + Http.encode("بیمه بیکاری"),
                    "/articles/unemployment-eligibility", "/api/search?q=" + Http.encode("مستمری"),
                    "/api/articles/pension-calculation", "/categories/unemployment")) {
                for (HttpResponse<String> r : List.of(http.get(path), staff.get(path))) {
                    assertEquals(200, r.statusCode(), path);
                    assertEquals(List.of(), r.headers().allValues("Set-Cookie"), path);
                }
            }
        });
    }

    @Test
    void aDisabledUsersLiveSessionStopsWorkingAtOnce() {
        String admin = user("root.three", Role.ADMIN);
        String agent = user("agent.disabled", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient boss = StaffClient.signIn(http, admin, PASSWORD);
            StaffClient victim = StaffClient.signIn(http, agent, PASSWORD);
            StaffClient secondBrowser = StaffClient.signIn(http, agent, PASSWORD);
            assertEquals(200, victim.get("/staff").statusCode());

            assertEquals(303, boss.submit("/admin/users/" + agent + "/disable").statusCode());

            assertEquals(401, victim.get("/api/session").statusCode());
            HttpResponse<String> page = secondBrowser.get("/staff");
            assertEquals(303, page.statusCode(), "every session of the account ends");
            assertEquals("/login?next=%2Fstaff", StaffClient.location(page));

            assertEquals(303, boss.submit("/admin/users/" + agent + "/enable").statusCode());
            assertEquals(401, victim.get("/api/session").statusCode(), "enabling again does not revive old sessions");
            assertTrue(StaffClient.signIn(http, agent, PASSWORD).signedIn());
        });
    }

    @Test
    void aChangeOfRolesAppliesToALiveSessionAtOnce() {
        String admin = user("root.four", Role.ADMIN);
        String agent = user("agent.promoted", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient boss = StaffClient.signIn(http, admin, PASSWORD);
            StaffClient staff = StaffClient.signIn(http, agent, PASSWORD);
            assertEquals(403, staff.get("/admin/users").statusCode());

            assertEquals(303, boss.submit("/admin/users/" + agent + "/roles", "roles", "agent", "roles", "admin")
                    .statusCode());
            assertEquals(200, staff.get("/admin/users").statusCode(), "the same session, now an admin");
            assertEquals(Set.of(Role.AGENT, Role.ADMIN), portal.accounts().users().find(agent).orElseThrow().roles());

            assertEquals(303, boss.submit("/admin/users/" + agent + "/roles", "roles", "editor").statusCode());
            assertEquals(403, staff.get("/admin/users").statusCode(), "and no longer");
            assertEquals("[\"editor\"]", StaffClient.json(staff.get("/api/session")).get("roles").toString());
        });
    }
}
