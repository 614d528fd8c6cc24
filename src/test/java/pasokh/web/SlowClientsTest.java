package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Slow and idle clients over real sockets: none of them may hold a connection for long. */
class SlowClientsTest extends PortalOverScratchArticles {

    /** The defaults, with the deadlines tests would otherwise wait out shortened. */
    private static final FrontDoor.Limits QUICK = new FrontDoor.Limits(FrontDoor.HEADER_DEADLINE, Duration.ofSeconds(2),
            Duration.ofSeconds(2), FrontDoor.CONNECTIONS_PER_ADDRESS, FrontDoor.SEARCHES_PER_ADDRESS,
            FrontDoor.SEARCHES_AT_ONCE);

    /** Writes one byte a second on its own thread until the socket breaks. */
    private static Thread trickle(Socket socket, String head, String rest) {
        return Thread.ofPlatform().daemon().start(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                for (int i = 0; ; i++) {
                    out.write(rest.charAt(i % rest.length()));
                    out.flush();
                    Thread.sleep(1000);
                }
            } catch (Exception closed) {
                // the server hung up, as it should
            }
        });
    }

    @Test
    void aClientSendingOneHeaderByteASecondIsCutOffWithinSeconds() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            try (Socket socket = raw.open("127.0.0.1")) {
                long started = System.nanoTime();
                trickle(socket, "GET /health HTTP/1.1\r\nHost: x\r\n", "X-Slow: aaaaaaaaaaaaaaaaaaaa");
                long limit = FrontDoor.HEADER_DEADLINE.toMillis() + 3000;
                assertTrue(RawHttp.closedBy(socket, (int) limit), "still open after " + limit + " ms");
                long took = (System.nanoTime() - started) / 1_000_000;
                assertTrue(took >= FrontDoor.HEADER_DEADLINE.toMillis() - 1000,
                        "closed too early, after " + took + " ms");
            }
            assertEquals(200, http.get("/health").statusCode(), "and the server still answers");
        });
    }

    @Test
    void aConnectionThatNeverSendsARequestIsClosedAtTheHeaderDeadline() {
        WebFixture.test(portal, FrontDoor.Limits.DEFAULT, (http, raw) -> {
            try (Socket socket = raw.open("127.0.0.1")) {
                assertTrue(RawHttp.closedBy(socket, (int) FrontDoor.HEADER_DEADLINE.toMillis() + 3000));
            }
        });
    }

    @Test
    void aClientTricklingItsBodyIsCutOffAtTheBodyDeadline() {
        // the idle timeout far away: only the body deadline can close this connection in time
        FrontDoor.Limits bodyOnly = new FrontDoor.Limits(FrontDoor.HEADER_DEADLINE, QUICK.bodyDeadline(),
                Duration.ofSeconds(60), FrontDoor.CONNECTIONS_PER_ADDRESS, FrontDoor.SEARCHES_PER_ADDRESS,
                FrontDoor.SEARCHES_AT_ONCE);
        WebFixture.test(portal, bodyOnly, (http, raw) -> {
            long before = portal.feedback().tally("pension-calculation").helpful();
            try (Socket socket = raw.open("127.0.0.1")) {
                trickle(socket, "POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 500\r\n\r\n{\"slug\":\"pension-calculation\",\"helpful\":true,\"comment\":\"", "a");
                assertTrue(RawHttp.closedBy(socket, (int) QUICK.bodyDeadline().toMillis() + 3000));
            }
            assertEquals(before, portal.feedback().tally("pension-calculation").helpful(), "nothing stored");
        });
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheIdleTimeout() {
        WebFixture.test(portal, QUICK, (http, raw) -> {
            try (Socket socket = raw.open("127.0.0.1")) {
                socket.getOutputStream()
                        .write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                byte[] answer = new byte[4096];
                int n = socket.getInputStream().read(answer);
                assertTrue(new String(answer, 0, n, StandardCharsets.UTF_8).startsWith("HTTP/1.1 200"));
                long started = System.nanoTime();
                assertTrue(RawHttp.closedBy(socket, (int) QUICK.idleTimeout().toMillis() + 3000));
                long took = (System.nanoTime() - started) / 1_000_000;
                assertTrue(took >= QUICK.idleTimeout().toMillis() - 500, "closed after " + took + " ms");
            }
        });
    }

    @Test
    void connectionsOverThePerAddressCapAreClosedWhileAnotherClientIsServed() {
        // deadlines far away, so that only the cap can close a connection while the test looks
        FrontDoor.Limits patient = new FrontDoor.Limits(Duration.ofSeconds(60), FrontDoor.BODY_DEADLINE,
                Duration.ofSeconds(60), FrontDoor.CONNECTIONS_PER_ADDRESS, FrontDoor.SEARCHES_PER_ADDRESS,
                FrontDoor.SEARCHES_AT_ONCE);
        WebFixture.test(portal, patient, (http, raw) -> {
            int cap = FrontDoor.CONNECTIONS_PER_ADDRESS;
            int opened = 3 * cap;
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < opened; i++) sockets.add(raw.open("127.0.0.1"));
                // another client: its /health answers at once, however many sockets the first one holds
                try (Socket other = raw.open("127.0.0.2")) {
                    long started = System.nanoTime();
                    other.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.ISO_8859_1));
                    String answer = RawHttp.readAll(other.getInputStream());
                    long took = (System.nanoTime() - started) / 1_000_000;
                    assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                    assertTrue(took < 2000, "/health took " + took + " ms");
                }
                int closed = 0;
                long deadline = System.nanoTime() + 3_000_000_000L;
                List<Socket> open = new ArrayList<>(sockets);
                while (closed < opened - cap && System.nanoTime() < deadline) {
                    for (var it = open.iterator(); it.hasNext(); ) {
                        if (RawHttp.closedBy(it.next(), 1)) {
                            closed++;
                            it.remove();
                        }
                    }
                }
                assertEquals(opened - cap, closed, "every connection over the cap is closed");
                for (Socket s : open) assertFalse(RawHttp.closedBy(s, 1), "a connection within the cap stays open");
            } finally {
                for (Socket s : sockets) s.close();
            }
            Thread.sleep(300);
            try (Socket again = raw.open("127.0.0.1")) {
                again.getOutputStream().write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                assertTrue(RawHttp.readAll(again.getInputStream()).startsWith("HTTP/1.1 200"),
                        "closed ones are counted out");
            }
            assertFalse(Thread.currentThread().isInterrupted());
        });
    }
}
