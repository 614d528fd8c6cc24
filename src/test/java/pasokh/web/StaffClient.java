package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member's browser for tests: the session cookie and CSRF token one sign-in gave, sent with each
 * request as a browser would. The plain {@link Http} helper keeps no cookies.
 */
final class StaffClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final Http http;
    final String user;
    /** The value of the {@code pasokh_session} cookie. */
    final String session;
    final String token;

    private StaffClient(Http http, String user, String session, String token) {
        this.http = http;
        this.user = user;
        this.session = session;
        this.token = token;
    }

    /** Signs in through {@code POST /api/session}; fails the test unless that works. */
    static StaffClient signIn(Http http, String user, String password) throws Exception {
        HttpResponse<String> r = signInResponse(http, user, password);
        assertEquals(200, r.statusCode(), r::body);
        String session = cookie(r, SessionCookie.NAME).orElseThrow(() -> new AssertionError("no session cookie: "
                + r.headers()));
        return new StaffClient(http, user, session, json(r).get("csrfToken").asText());
    }

    /** Signs in as a person does: opens {@code /login}, then posts its form with the form's token. */
    static StaffClient signInWithForm(Http http, String user, String password) throws Exception {
        HttpResponse<String> page = http.get("/login");
        String formToken = cookie(page, "pasokh_login").orElseThrow();
        HttpResponse<String> r = http.post("/login", "application/x-www-form-urlencoded",
                form("_csrf", hiddenToken(page.body()), "username", user, "password", password),
                "Cookie", "pasokh_login=" + formToken);
        assertEquals(303, r.statusCode(), r::body);
        String session = cookie(r, SessionCookie.NAME).orElseThrow();
        HttpResponse<String> current = http.get("/api/session", "Cookie", SessionCookie.NAME + "=" + session);
        assertEquals(200, current.statusCode());
        return new StaffClient(http, user, session, json(current).get("csrfToken").asText());
    }

    static HttpResponse<String> signInResponse(Http http, String user, String password) throws Exception {
        String body = JSON.createObjectNode().put("username", user).put("password", password).toString();
        return http.post("/api/session", "application/json", body);
    }

    String cookieHeader() {
        return SessionCookie.NAME + "=" + session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.get(path, "Cookie", cookieHeader());
    }

    /** A form post carrying this session's token as {@code _csrf}, as the staff pages' forms do. */
    HttpResponse<String> submit(String path, String... fields) throws IOException, InterruptedException {
        String[] withToken = new String[fields.length + 2];
        withToken[0] = "_csrf";
        withToken[1] = token;
        System.arraycopy(fields, 0, withToken, 2, fields.length);
        return post(path, form(withToken));
    }

    /** A form post with exactly this body (no token added), and any extra header pairs. */
    HttpResponse<String> post(String path, String formBody, String... headers)
            throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("Cookie", cookieHeader()));
        all.addAll(List.of(headers));
        return http.post(path, "application/x-www-form-urlencoded", formBody, all.toArray(String[]::new));
    }

    HttpResponse<String> send(String method, String path, String... headers) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("Cookie", cookieHeader()));
        all.addAll(List.of(headers));
        return http.send(method, path, all.toArray(String[]::new));
    }

    /** Whether the server still knows this session. */
    boolean signedIn() throws IOException, InterruptedException {
        int status = get("/api/session").statusCode();
        assertTrue(status == 200 || status == 401, "GET /api/session answered " + status);
        return status == 200;
    }

    /** {@code name=value&...}, percent-encoded. */
    static String form(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            if (!b.isEmpty()) b.append('&');
            b.append(Http.encode(fields[i])).append('=').append(Http.encode(fields[i + 1]));
        }
        return b.toString();
    }

    /** The value a {@code Set-Cookie} header of the response gives the cookie, if one does. */
    static Optional<String> cookie(HttpResponse<?> r, String name) {
        return setCookie(r, name).map(h -> h.substring(name.length() + 1, semicolonOrEnd(h)));
    }

    /** The whole {@code Set-Cookie} header for that cookie, attributes included. */
    static Optional<String> setCookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith(name + "=")).findFirst();
    }

    private static int semicolonOrEnd(String h) {
        int i = h.indexOf(';');
        return i < 0 ? h.length() : i;
    }

    /** The attributes of a {@code Set-Cookie} header, lower-cased and trimmed, e.g. {@code path=/}, {@code httponly}. */
    static List<String> attributes(String setCookie) {
        List<String> parts = new ArrayList<>();
        String[] split = setCookie.split(";");
        for (int i = 1; i < split.length; i++) parts.add(split[i].strip().toLowerCase(java.util.Locale.ROOT));
        return parts;
    }

    /** The hidden {@code _csrf} field of a page's first form. */
    static String hiddenToken(String html) {
        Matcher m = HIDDEN_CSRF.matcher(html);
        if (!m.find()) throw new AssertionError("no _csrf field in the page");
        return m.group(1);
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                () -> r.statusCode() + " " + r.headers() + " " + r.body());
        return JSON.readTree(r.body());
    }

    static String location(HttpResponse<?> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + r.headers()));
    }
}
