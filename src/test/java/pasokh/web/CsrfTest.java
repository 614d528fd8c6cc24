package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import pasokh.account.Role;

/**
 * Every unsafe staff request must carry its own session's token: as the form field {@code _csrf} or the
 * header {@code X-CSRF-Token}. Without it, or with another session's, 403 and nothing changes.
 */
class CsrfTest extends StaffPortal {

    /** The Persian refusal of a request without the right token (StaffRefusal.BadToken). */
    private static final String BAD_TOKEN = "نشانهٔ امنیتی";

    private static String newUser(String name) {
        return StaffClient.form("username", name, "password", PASSWORD, "roles", "agent");
    }

    private static boolean exists(String name) {
        return portal.accounts().users().find(name).isPresent();
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedWithAPersianPageAndAddsNobody() {
        String admin = user("csrf.admin1", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            for (String body : List.of(newUser("forged.one"), "_csrf=&" + newUser("forged.one"),
                    "_csrf=" + "x".repeat(43) + "&" + newUser("forged.one"))) {
                HttpResponse<String> r = staff.post("/admin/users", body);
                assertEquals(403, r.statusCode(), body);
                assertTrue(r.body().contains(BAD_TOKEN), r.body());
                assertTrue(r.body().contains("lang=\"fa\""));
                assertFalse(exists("forged.one"), "the user was added by " + body);
            }
            assertEquals(403, staff.post("/admin/users/" + admin + "/disable", "").statusCode());
            assertEquals(403, staff.post("/logout", "").statusCode());
            assertTrue(staff.signedIn(), "neither a forged sign-out nor a forged disable took effect");
            assertFalse(portal.accounts().users().find(admin).orElseThrow().disabled());
        });
    }

    @Test
    void anotherSessionsTokenIsRefused() {
        String admin = user("csrf.admin2", Role.ADMIN);
        String other = user("csrf.other", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            StaffClient attacker = StaffClient.signIn(http, other, PASSWORD);
            StaffClient sameUserElsewhere = StaffClient.signIn(http, admin, PASSWORD);
            for (String foreign : List.of(attacker.token, sameUserElsewhere.token)) {
                HttpResponse<String> field = staff.post("/admin/users", "_csrf=" + foreign + "&" + newUser("forged.two"));
                assertEquals(403, field.statusCode());
                assertTrue(field.body().contains(BAD_TOKEN));
                HttpResponse<String> header = staff.post("/admin/users", newUser("forged.two"), "X-CSRF-Token", foreign);
                assertEquals(403, header.statusCode());
            }
            assertFalse(exists("forged.two"));

            // a token that was right for a session that has since ended is not right for the next one
            assertEquals(204, staff.send("DELETE", "/api/session", "X-CSRF-Token", staff.token).statusCode());
            StaffClient again = StaffClient.signIn(http, admin, PASSWORD);
            assertEquals(403, again.post("/admin/users", "_csrf=" + staff.token + "&" + newUser("forged.two"))
                    .statusCode());
            assertFalse(exists("forged.two"));
        });
    }

    @Test
    void theTokenIsAcceptedAsAFormFieldOrAsAHeader() {
        String admin = user("csrf.admin3", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            HttpResponse<String> page = staff.get("/admin/users");
            assertEquals(staff.token, StaffClient.hiddenToken(page.body()), "the page's forms carry the session's token");

            assertEquals(303, staff.post("/admin/users", "_csrf=" + staff.token + "&" + newUser("by.field"))
                    .statusCode());
            assertTrue(exists("by.field"));
            assertEquals(303, staff.post("/admin/users", newUser("by.header"), "X-CSRF-Token", staff.token)
                    .statusCode());
            assertTrue(exists("by.header"));
        });
    }

    @Test
    void signingOutOverTheApiNeedsTheTokenToo() {
        String agent = user("csrf.agent", Role.AGENT);
        String other = user("csrf.agent2", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, agent, PASSWORD);
            StaffClient attacker = StaffClient.signIn(http, other, PASSWORD);

            HttpResponse<String> none = staff.send("DELETE", "/api/session");
            assertEquals(403, none.statusCode());
            assertTrue(StaffClient.json(none).get("error").asText().contains(BAD_TOKEN), none.body());
            assertTrue(StaffClient.setCookie(none, SessionCookie.NAME).isEmpty(), "the cookie is not cleared");
            assertEquals(403, staff.send("DELETE", "/api/session", "X-CSRF-Token", attacker.token).statusCode());
            assertTrue(staff.signedIn(), "a forged sign-out leaves the session alone");

            assertEquals(204, staff.send("DELETE", "/api/session", "X-CSRF-Token", staff.token).statusCode());
            assertFalse(staff.signedIn());
            assertTrue(attacker.signedIn(), "only that session ended");
        });
    }

    @Test
    void otherUnsafeMethodsWithoutTheTokenChangeNothing() {
        String admin = user("csrf.admin5", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            for (String method : List.of("PUT", "PATCH", "DELETE")) {
                for (String path : List.of("/admin/users", "/admin/users/" + admin + "/disable", "/logout")) {
                    int status = staff.send(method, path).statusCode();
                    assertTrue(status == 403 || status == 404 || status == 405, method + " " + path + ": " + status);
                }
            }
            assertTrue(staff.signedIn());
            assertFalse(portal.accounts().users().find(admin).orElseThrow().disabled());
        });
    }

    @Test
    void aValidTokenFromAnotherSitesPageIsStillRefused() {
        String admin = user("csrf.admin4", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, admin, PASSWORD);
            HttpResponse<String> r = staff.post("/admin/users", "_csrf=" + staff.token + "&" + newUser("cross.site"),
                    "Origin", "https://evil.example");
            assertEquals(403, r.statusCode());
            assertFalse(exists("cross.site"));
        });
    }
}
