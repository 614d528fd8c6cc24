package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.testing.TestClock;

/** The {@code /api/session} contract: signing in and out, the cookie, the throttle. */
class StaffSessionApiTest extends StaffPortal {

    private static List<String> roles(JsonNode body) {
        List<String> roles = new ArrayList<>();
        body.get("roles").forEach(r -> roles.add(r.asText()));
        return roles;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void signingInAnswersTheUserTheirRolesAndATokenAndSetsAStrictSessionCookie() {
        String name = user("Sima.Editor", Role.EDITOR, Role.AGENT);
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = StaffClient.signInResponse(http, "  SIMA.editor ", PASSWORD);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = StaffClient.json(r);
            assertEquals(List.of("user", "roles", "csrfToken"), fieldNames(body));
            assertEquals("sima.editor", body.get("user").asText(), "names are case-insensitive and trimmed");
            assertEquals(name, body.get("user").asText());
            assertEquals(List.of("agent", "editor"), roles(body));
            assertTrue(body.get("csrfToken").asText().length() >= 32, body::toString);

            String setCookie = StaffClient.setCookie(r, SessionCookie.NAME).orElseThrow();
            List<String> attributes = StaffClient.attributes(setCookie);
            assertTrue(attributes.contains("httponly"), setCookie);
            assertTrue(attributes.contains("samesite=strict"), setCookie);
            assertTrue(attributes.contains("path=/"), setCookie);
            assertTrue(attributes.contains("secure"), "the scratch config's public-url is https: " + setCookie);
            String session = StaffClient.cookie(r, SessionCookie.NAME).orElseThrow();
            assertTrue(session.length() >= 40, "a long random id: " + setCookie);
            assertFalse(r.body().contains(session), "the id lives in the cookie only, never in the body");
            assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

            HttpResponse<String> again = http.get("/api/session", "Cookie", SessionCookie.NAME + "=" + session);
            assertEquals(200, again.statusCode());
            assertEquals(body, StaffClient.json(again), "GET answers what the sign-in answered");

            StaffClient second = StaffClient.signIn(http, name, PASSWORD);
            assertNotEquals(session, second.session, "every sign-in starts a new session");
            assertNotEquals(body.get("csrfToken").asText(), second.token, "and a new token with it");
        });
    }

    @Test
    void theCookieIsNotSecureWhenThePublicAddressIsPlainHttp(@TempDir Path other) throws Exception {
        try (Portal plain = open(other, new TestClock(ZonedDateTime.now(Portal.READERS_ZONE)),
                "http://pasokh.internal.example:8080")) {
            plain.accounts().users().add("plain.admin", PASSWORD, java.util.Set.of(Role.ADMIN), Actor.commandLine());
            WebFixture.test(plain, http -> {
                HttpResponse<String> r = StaffClient.signInResponse(http, "plain.admin", PASSWORD);
                assertEquals(200, r.statusCode(), r.body());
                String setCookie = StaffClient.setCookie(r, SessionCookie.NAME).orElseThrow();
                List<String> attributes = StaffClient.attributes(setCookie);
                assertFalse(attributes.contains("secure"), "a Secure cookie would never come back over http: "
                        + setCookie);
                assertTrue(attributes.contains("httponly") && attributes.contains("samesite=strict")
                        && attributes.contains("path=/"), setCookie);

                String loginCookie = StaffClient.setCookie(http.get("/login"), "pasokh_login").orElseThrow();
                assertFalse(StaffClient.attributes(loginCookie).contains("secure"), loginCookie);
            });
        }
    }

    @Test
    void aWrongNameAndAWrongPasswordGetTheSameAnswer() {
        String name = user("nima.agent", Role.AGENT);
        String disabled = user("gone.agent", Role.AGENT);
        portal.accounts().users().disable(disabled, Actor.commandLine());
        WebFixture.test(portal, http -> {
            HttpResponse<String> wrongPassword = StaffClient.signInResponse(http, name, PASSWORD + "x");
            HttpResponse<String> wrongName = StaffClient.signInResponse(http, "nobody.here", PASSWORD);
            HttpResponse<String> disabledAccount = StaffClient.signInResponse(http, disabled, PASSWORD);
            for (HttpResponse<String> r : List.of(wrongPassword, wrongName, disabledAccount)) {
                assertEquals(401, r.statusCode(), r.body());
                assertEquals(List.of("error"), fieldNames(StaffClient.json(r)));
                assertTrue(StaffClient.cookie(r, SessionCookie.NAME).isEmpty(), "no session for a refusal");
            }
            assertEquals(wrongPassword.body(), wrongName.body(), "nothing tells a guesser which names exist");
            assertEquals(wrongPassword.body(), disabledAccount.body());
            assertTrue(StaffClient.json(wrongName).get("error").asText().contains("گذرواژه"), wrongName.body());
        });
    }

    @Test
    void withoutASessionGetAnswers401() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> none = http.get("/api/session");
            assertEquals(401, none.statusCode());
            assertFalse(StaffClient.json(none).get("error").asText().isBlank());
            String forged = "A".repeat(43);
            assertEquals(401, http.get("/api/session", "Cookie", SessionCookie.NAME + "=" + forged).statusCode(),
                    "a well-formed id the server never issued");
            assertEquals(401, http.get("/api/session", "Cookie", SessionCookie.NAME + "=junk").statusCode());
        });
    }

    @Test
    void signingOutEndsTheSessionOnTheServerSoAReplayedCookieIsRefused() {
        String name = user("omid.admin", Role.ADMIN);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, name, PASSWORD);
            assertEquals(200, staff.get("/admin/users").statusCode());

            HttpResponse<String> out = staff.send("DELETE", "/api/session", "X-CSRF-Token", staff.token);
            assertEquals(204, out.statusCode(), out.body());
            String cleared = StaffClient.setCookie(out, SessionCookie.NAME).orElseThrow();
            assertTrue(StaffClient.attributes(cleared).contains("max-age=0"), "the browser forgets it: " + cleared);

            // an attacker who kept a copy of the cookie replays it
            assertEquals(401, staff.get("/api/session").statusCode());
            HttpResponse<String> page = staff.get("/admin/users");
            assertEquals(303, page.statusCode());
            assertEquals("/login?next=%2Fadmin%2Fusers", StaffClient.location(page));
            assertFalse(page.body().contains(name));
            assertEquals(204, staff.send("DELETE", "/api/session", "X-CSRF-Token", staff.token).statusCode(),
                    "signing out twice is harmless");
        });
    }

    @Test
    void aSessionLeftIdleEnds() {
        String name = user("idle.agent", Role.AGENT);
        WebFixture.test(portal, http -> {
            StaffClient staff = StaffClient.signIn(http, name, PASSWORD);
            clock.advance(Duration.ofMinutes(29));
            assertTrue(staff.signedIn(), "within the idle limit");
            clock.advance(Duration.ofMinutes(29));
            assertTrue(staff.signedIn(), "each request keeps it alive");
            clock.advance(Duration.ofMinutes(31));
            assertFalse(staff.signedIn(), "31 minutes without a request");
        });
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockEnds() {
        String name = user("locked.agent", Role.AGENT);
        String bystander = user("other.agent", Role.AGENT);
        WebFixture.test(portal, direct -> {
            // an address of its own, so this test's failures count against no other test's address
            Http http = direct.from("127.0.0.23");
            for (int i = 1; i <= 4; i++) {
                assertEquals(401, StaffClient.signInResponse(http, name, "wrong password " + i).statusCode());
            }
            ZonedDateTime lockedAt = ZonedDateTime.now(clock);
            HttpResponse<String> fifth = StaffClient.signInResponse(http, name, "wrong password 5");
            assertEquals(429, fifth.statusCode(), "the fifth failure locks: " + fifth.body());

            HttpResponse<String> right = StaffClient.signInResponse(http, name, PASSWORD);
            assertEquals(429, right.statusCode(), "locked even with the right password: " + right.body());
            assertTrue(StaffClient.cookie(right, SessionCookie.NAME).isEmpty());
            assertEquals(List.of("error"), fieldNames(StaffClient.json(right)));
            long retryAfter = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(900, retryAfter, "fifteen minutes, in seconds");
            String error = StaffClient.json(right).get("error").asText();
            String until = Fa.digits(String.format("%02d:%02d", lockedAt.plusMinutes(15).getHour(),
                    lockedAt.plusMinutes(15).getMinute()));
            assertTrue(error.contains(until), "the Persian text names when to try again (" + until + "): " + error);
            assertTrue(error.contains("دوباره تلاش کنید"), error);

            assertEquals(429, StaffClient.signInResponse(http, " LOCKED.Agent ", PASSWORD).statusCode(),
                    "another spelling of the name is the same account");
            assertEquals(200, StaffClient.signInResponse(http, bystander, PASSWORD).statusCode(),
                    "another account from the same address is not locked");

            clock.advance(Duration.ofMinutes(10));
            HttpResponse<String> later = StaffClient.signInResponse(http, name, PASSWORD);
            assertEquals(429, later.statusCode());
            assertEquals("300", later.headers().firstValue("Retry-After").orElseThrow(), "the wait counts down");

            clock.advance(Duration.ofMinutes(5));
            HttpResponse<String> after = StaffClient.signInResponse(http, name, PASSWORD);
            assertEquals(200, after.statusCode(), "the lock has ended: " + after.body());
            assertEquals(401, StaffClient.signInResponse(http, name, "wrong again").statusCode(),
                    "a success forgets the failures: one more is not a lock");
        });
    }

    @Test
    void aMalformedSignInBodyIsABadRequest() {
        WebFixture.test(portal, http -> {
            for (String body : List.of("not json", "{\"username\":\"x\"}", "[1,2]", "{\"username\":1,\"password\":2}")) {
                HttpResponse<String> r = http.post("/api/session", "application/json", body);
                assertEquals(400, r.statusCode(), body);
                assertFalse(StaffClient.json(r).get("error").asText().isBlank());
                assertTrue(StaffClient.cookie(r, SessionCookie.NAME).isEmpty());
            }
        });
    }
}
