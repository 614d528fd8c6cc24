package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import pasokh.account.Role;

/** The sign-in page for people: {@code /login} with its own form token, {@code next}, and {@code /logout}. */
class LoginFormTest extends StaffPortal {

    private static final String LOGIN_COOKIE = "pasokh_login";

    /** Opens the sign-in page and returns the form token its hidden field and its cookie both carry. */
    private static String openForm(Http http, String query) throws Exception {
        HttpResponse<String> page = http.get("/login" + query);
        assertEquals(200, page.statusCode());
        String cookie = StaffClient.cookie(page, LOGIN_COOKIE).orElseThrow();
        assertEquals(cookie, StaffClient.hiddenToken(page.body()), "double submit: the field repeats the cookie");
        return cookie;
    }

    private static HttpResponse<String> submit(Http http, String cookieToken, String fieldToken, String... fields)
            throws Exception {
        String body = StaffClient.form(fields) + (fieldToken == null ? "" : "&_csrf=" + Http.encode(fieldToken));
        return cookieToken == null
                ? http.post("/login", "application/x-www-form-urlencoded", body)
                : http.post("/login", "application/x-www-form-urlencoded", body, "Cookie",
                        LOGIN_COOKIE + "=" + cookieToken);
    }

    private static HttpResponse<String> signIn(Http http, String user, String password, String next) throws Exception {
        String token = openForm(http, "");
        return submit(http, token, token, "username", user, "password", password, "next", next);
    }

    @Test
    void theSignInPageIsAPersianFormWithAHiddenTokenAndTheNextPageKept() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> page = http.get("/login?next=" + Http.encode("/admin/audit"));
            assertEquals(200, page.statusCode());
            String html = page.body();
            assertTrue(html.contains("lang=\"fa\"") && html.contains("ورود کارکنان") && html.contains("گذرواژه"));
            assertTrue(html.contains("name=\"next\" value=\"/admin/audit\""), html);
            assertTrue(html.contains("type=\"password\""));
            String setCookie = StaffClient.setCookie(page, LOGIN_COOKIE).orElseThrow();
            List<String> attributes = StaffClient.attributes(setCookie);
            assertTrue(attributes.contains("path=/login"), setCookie);
            assertTrue(attributes.contains("httponly") && attributes.contains("samesite=strict"), setCookie);
            assertTrue(attributes.contains("secure"), "the scratch config's public-url is https: " + setCookie);
            assertTrue(StaffClient.setCookie(page, SessionCookie.NAME).isEmpty(), "no session before signing in");
            assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
            assertNotEquals(StaffClient.cookie(page, LOGIN_COOKIE), StaffClient.cookie(http.get("/login"), LOGIN_COOKIE),
                    "each form gets its own token");
        });
    }

    @Test
    void signingInGoesToTheNextPageWithASession() {
        String admin = user("form.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            String token = openForm(http, "?next=%2Fadmin%2Fusers");
            HttpResponse<String> r = submit(http, token, token, "username", "Form.Admin", "password", PASSWORD,
                    "next", "/admin/users");
            assertEquals(303, r.statusCode(), r.body());
            assertEquals("/admin/users", StaffClient.location(r));
            String session = StaffClient.cookie(r, SessionCookie.NAME).orElseThrow();
            assertTrue(StaffClient.attributes(StaffClient.setCookie(r, LOGIN_COOKIE).orElseThrow()).contains("max-age=0"),
                    "the form's token is spent");

            HttpResponse<String> users = http.get("/admin/users", "Cookie", SessionCookie.NAME + "=" + session);
            assertEquals(200, users.statusCode());
            assertTrue(users.body().contains(admin));

            HttpResponse<String> login = http.get("/login?next=%2Fadmin%2Faudit", "Cookie",
                    SessionCookie.NAME + "=" + session);
            assertEquals(303, login.statusCode(), "a signed-in visitor is not shown the form again");
            assertEquals("/admin/audit", StaffClient.location(login));

            assertEquals("/staff", StaffClient.location(signIn(http, admin, PASSWORD, "")),
                    "without next, the staff landing page");
        });
    }

    @Test
    void aNextOnAnotherSiteFallsBackToTheStaffPage() {
        String agent = user("form.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            for (String evil : List.of("//evil.example", "/\\evil", "https://evil", "/\\/evil.example",
                    "javascript:alert(1)", "evil.example", "/login", "/\r\nSet-Cookie:x=1")) {
                HttpResponse<String> page = http.get("/login?next=" + Http.encode(evil));
                assertTrue(page.body().contains("name=\"next\" value=\"/staff\""), evil + " was kept");
            }
            for (String evil : List.of("//evil.example", "/\\evil", "https://evil")) {
                HttpResponse<String> r = signIn(http, agent, PASSWORD, evil);
                assertEquals(303, r.statusCode(), evil);
                assertEquals("/staff", StaffClient.location(r), evil);
            }
        });
    }

    @Test
    void aWrongPasswordShowsThePersianErrorAndKeepsTheName() {
        String agent = user("form.typo", Role.AGENT);
        WebFixture.test(portal, http -> {
            String token = openForm(http, "");
            HttpResponse<String> r = submit(http, token, token, "username", agent, "password", "not the password",
                    "next", "/admin/users");
            assertEquals(401, r.statusCode());
            assertTrue(r.body().contains(SessionRoutes.WRONG), r.body());
            assertTrue(r.body().contains("role=\"alert\""));
            assertTrue(r.body().contains("value=\"" + agent + "\""), "the name is kept");
            assertFalse(r.body().contains("not the password"), "the password is not");
            assertTrue(r.body().contains("name=\"next\" value=\"/admin/users\""), "and so is where to go");
            assertTrue(StaffClient.cookie(r, SessionCookie.NAME).isEmpty());
            String fresh = StaffClient.cookie(r, LOGIN_COOKIE).orElseThrow();
            assertEquals(fresh, StaffClient.hiddenToken(r.body()), "the page again carries a usable form token");

            HttpResponse<String> unknown = submit(http, fresh, fresh, "username", "no.such.user", "password", PASSWORD);
            assertEquals(401, unknown.statusCode());
            assertTrue(unknown.body().contains(SessionRoutes.WRONG));
        });
    }

    @Test
    void aSignInWithoutTheFormsTokenIsRefusedEvenWithTheRightPassword() {
        String agent = user("form.forged", Role.AGENT);
        WebFixture.test(portal, http -> {
            String token = openForm(http, "");
            String other = openForm(http, "");
            String[] fields = {"username", agent, "password", PASSWORD};
            for (String[] pair : new String[][] {{null, null}, {token, null}, {null, token}, {token, other},
                    {token, ""}}) {
                HttpResponse<String> r = submit(http, pair[0], pair[1], fields);
                String what = "cookie " + pair[0] + ", field " + pair[1];
                assertEquals(403, r.statusCode(), what);
                assertTrue(r.body().contains("فرم ورود کهنه شده بود"), what + ": " + r.body());
                assertTrue(r.body().contains("value=\"" + agent + "\""), "the name is kept");
                assertTrue(StaffClient.cookie(r, SessionCookie.NAME).isEmpty(), what + " signed in");
            }
            assertEquals(303, submit(http, token, token, fields).statusCode(), "the same form with its token works");
        });
    }

    @Test
    void signingOutWithTheFormEndsTheSession() {
        String agent = user("form.leaver", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, agent, PASSWORD);
            HttpResponse<String> home = staff.get("/staff");
            assertEquals(staff.token, StaffClient.hiddenToken(home.body()), "the staff bar's sign-out form");

            HttpResponse<String> out = staff.submit("/logout");
            assertEquals(303, out.statusCode());
            assertEquals("/login?out=1", StaffClient.location(out));
            assertTrue(StaffClient.attributes(StaffClient.setCookie(out, SessionCookie.NAME).orElseThrow())
                    .contains("max-age=0"));
            assertFalse(staff.signedIn(), "the session is gone on the server");
            assertEquals(303, staff.get("/staff").statusCode());

            HttpResponse<String> page = http.get("/login?out=1");
            assertTrue(page.body().contains("از حساب خود خارج شدید"), page.body());
        });
    }

    @Test
    void theFormIsThrottledToo() {
        String agent = user("form.locked", Role.AGENT);
        WebFixture.test(portal, direct -> {
            Http http = direct.from("127.0.0.41");
            for (int i = 0; i < 4; i++) assertEquals(401, signIn(http, agent, "wrong " + i, "").statusCode());
            ZonedDateTime lockedAt = ZonedDateTime.now(clock);
            assertEquals(429, signIn(http, agent, "wrong 5", "").statusCode());
            HttpResponse<String> r = signIn(http, agent, PASSWORD, "");
            assertEquals(429, r.statusCode());
            assertTrue(StaffClient.cookie(r, SessionCookie.NAME).isEmpty());
            assertEquals("900", r.headers().firstValue("Retry-After").orElseThrow());
            ZonedDateTime until = lockedAt.plusMinutes(15);
            String at = Fa.digits(String.format("%02d:%02d", until.getHour(), until.getMinute()));
            assertTrue(r.body().contains(at), "the page names when to try again (" + at + ")");
            assertTrue(r.body().contains("value=\"" + agent + "\""));
        });
    }
}
