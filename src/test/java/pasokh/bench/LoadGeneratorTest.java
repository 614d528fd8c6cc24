package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    private TinyServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TinyServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LoadSettings settings(List<String> paths, int connections, Budget warmup, Budget measured) {
        return new LoadSettings("127.0.0.1", server.port(), paths, connections, warmup, measured);
    }

    private static List<String> searches(String context, int count) {
        return IntStream.range(0, count).mapToObj(i -> "/" + context + "?q=%D8%A8%DB%8C%D9%85%D9%87+" + i).toList();
    }

    @Test
    void aCountedRunSendsExactlyThatManyRequestsAndVisitsEveryPath() throws Exception {
        List<String> paths = searches("fixed", 50);
        LoadResult r = LoadGenerator.run(settings(paths, 4, Budget.none(), Budget.requests(400)));
        assertEquals(400, r.requests());
        assertEquals(0, r.errors(), r.firstError());
        assertEquals(0, r.nonSuccess());
        assertEquals(400, server.targets().size());
        assertEquals(Set.copyOf(paths), Set.copyOf(server.targets()));
        assertTrue(r.requestsPerSecond() > 0);
        assertTrue(r.p50Millis() <= r.p90Millis() && r.p90Millis() <= r.p99Millis() && r.p99Millis() <= r.maxMillis());
    }

    @Test
    void eachConnectionStartsAtItsOwnPlaceInTheList() throws Exception {
        List<String> paths = searches("fixed", 8);
        LoadGenerator.run(settings(paths, 4, Budget.none(), Budget.seconds(0.2)));
        Map<Integer, String> firstByConnection = new LinkedHashMap<>();
        for (TinyServer.Received r : server.received()) firstByConnection.putIfAbsent(r.clientPort(), r.target());
        Set<String> expected = Set.of(paths.get(0), paths.get(2), paths.get(4), paths.get(6));
        assertEquals(expected, Set.copyOf(firstByConnection.values()));
    }

    @Test
    void serverTimingIsReadAsTheServersMilliseconds() throws Exception {
        LoadResult r = LoadGenerator.run(settings(searches("fixed", 5), 2, Budget.none(), Budget.requests(100)));
        assertEquals(1.5, r.serverP50Millis(), 1.5 * 0.01);
        assertEquals(1.5, r.serverP99Millis(), 1.5 * 0.01);
    }

    @Test
    void chunkedBodiesAreReadToTheirEndAndNoServerTimingIsNaN() throws Exception {
        LoadResult r = LoadGenerator.run(settings(searches("chunked", 7), 3, Budget.none(), Budget.requests(150)));
        assertEquals(150, r.requests());
        assertEquals(0, r.errors(), r.firstError());
        assertEquals(150, server.targets().size());
        assertTrue(Double.isNaN(r.serverP50Millis()));
    }

    @Test
    void responsesOutside2xxAreCountedButAreNotErrors() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < 10; i++) paths.add(i % 2 == 0 ? "/fixed?i=" + i : "/missing?i=" + i);
        LoadResult r = LoadGenerator.run(settings(paths, 1, Budget.none(), Budget.requests(100)));
        assertEquals(50, r.nonSuccess());
        assertEquals(0, r.errors(), r.firstError());
    }

    @Test
    void connectionCloseMakesTheNextRequestReconnect() throws Exception {
        LoadResult r = LoadGenerator.run(settings(List.of("/close"), 2, Budget.none(), Budget.requests(60)));
        assertEquals(60, r.requests());
        assertEquals(0, r.errors(), r.firstError());
        assertEquals(60, server.targets().size());
    }

    @Test
    void warmupRequestsAreSentButNotCounted() throws Exception {
        LoadResult r = LoadGenerator.run(settings(searches("fixed", 3), 2, Budget.requests(70), Budget.requests(30)));
        assertEquals(30, r.requests());
        assertEquals(100, server.targets().size());
    }

    @Test
    void aTimedRunLastsAboutItsTime() throws Exception {
        LoadResult r = LoadGenerator.run(settings(searches("fixed", 3), 2, Budget.seconds(0.1), Budget.seconds(0.3)));
        assertTrue(r.requests() > 10, "requests: " + r.requests());
        assertTrue(r.elapsedSeconds() >= 0.3 && r.elapsedSeconds() < 1.5, "elapsed: " + r.elapsedSeconds());
    }

    @Test
    void aClosedPortMakesEveryRequestAnError() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        LoadSettings s = new LoadSettings("127.0.0.1", closedPort, List.of("/"), 2, Budget.none(), Budget.requests(6));
        LoadResult r = LoadGenerator.run(s);
        assertEquals(6, r.requests());
        assertEquals(6, r.errors());
        assertTrue(r.allFailed());
        assertFalse(r.firstError().isEmpty());
    }

    @Test
    void aChildProcessRunsTheLoadAndReportsBack() throws Exception {
        List<String> paths = searches("fixed", 30);
        LoadResult r = LoadGenerator.inChildProcess(settings(paths, 4, Budget.requests(20), Budget.requests(300)));
        assertEquals(300, r.requests());
        assertEquals(0, r.errors(), r.firstError());
        assertEquals(320, server.targets().size());
        assertEquals(Set.copyOf(paths), new HashSet<>(server.targets()));
        assertEquals(1.5, r.serverP50Millis(), 1.5 * 0.01);
        assertTrue(r.requestsPerSecond() > 0);
    }

    @Test
    void aChildThatFailsSaysWhy() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        LoadSettings s = new LoadSettings("127.0.0.1", closedPort, List.of("/"), 1, Budget.none(), Budget.requests(2));
        IOException e = assertThrows(IOException.class, () -> LoadGenerator.inChildProcess(s));
        assertTrue(e.getMessage().contains("requests failed"), e.getMessage());
    }

    @Test
    void pathsMustAlreadyBeUrlEncoded() {
        assertThrows(IllegalArgumentException.class,
                () -> settings(List.of("/api/search?q=بیمه"), 1, Budget.none(), Budget.requests(1)));
        assertThrows(IllegalArgumentException.class,
                () -> settings(List.of("/api/search?q=a b"), 1, Budget.none(), Budget.requests(1)));
    }
}
