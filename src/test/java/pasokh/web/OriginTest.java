package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Which Origin a state-changing request may carry: the public address, or the address the server listens
 * on; never whatever the request's own Host header claims.
 */
class OriginTest extends PortalOverScratchArticles {

    private static String feedback(String host, String origin) {
        String body = "slug=pension-calculation&helpful=yes";
        return "POST /feedback HTTP/1.1\r\nHost: " + host + "\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n")
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    @Test
    void aForgedHostHeaderMatchingAForgedOriginIsRefused() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            assertEquals(403, raw.send(feedback("evil.example", "http://evil.example")).status());
            assertEquals(403,
                    raw.send(feedback("evil.example:" + raw.port(), "http://evil.example:" + raw.port())).status());
            assertEquals(403, raw.send(feedback("evil.example", "null")).status(), "an opaque origin is not ours");
        });
    }

    @Test
    void theServersOwnAddressAndThePublicUrlAreOurOrigins() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            int port = raw.port();
            assertEquals(303, raw.send(feedback("x", "http://127.0.0.1:" + port)).status(),
                    "the address it listens on");
            assertEquals(303, raw.send(feedback("x", "http://localhost:" + port)).status(),
                    "localhost, reached over loopback");
            assertEquals(303, raw.send(feedback("x", "https://pasokh.tamin.ir")).status(),
                    "public-url, whatever Host says");
            assertEquals(303, raw.send(feedback("x", "https://pasokh.tamin.ir:443")).status(),
                    "its default port written out");
            assertEquals(303, raw.send(feedback("x", null)).status(), "no Origin: not a browser, let through");
            assertEquals(403, raw.send(feedback("x", "http://127.0.0.1:" + (port + 1))).status(), "another port");
            assertEquals(403, raw.send(feedback("x", "https://127.0.0.1:" + port)).status(), "another scheme");
            assertEquals(403, raw.send(feedback("x", "http://pasokh.tamin.ir")).status(),
                    "public host over plain http");
            assertEquals(403, raw.send(feedback("x", "https://pasokh.tamin.ir.evil.example")).status());
        });
    }
}

