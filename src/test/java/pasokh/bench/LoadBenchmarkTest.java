package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

/** The whole benchmark, portal and child load generators included, with one-second phases. */
class LoadBenchmarkTest {

    private static final LoadBenchmark.Plan SHORT = new LoadBenchmark.Plan(3, 0.3, 1);

    @TempDir
    Path dir;

    @Test
    void bothPhasesMeasureRealSearchesOfThePortalStartedHere() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "early", "بازنشستگی پیش از موعد", "شرایط بازنشستگی زودتر از سن قانونی",
                ArticleText.questions("بازنشستگی پیش از موعد"), "متن درباره سابقه و سن بازنشستگی");
        kb.article("insured", "record", "سوابق بیمه", "مشاهده سوابق پرداخت حق بیمه",
                ArticleText.questions("سوابق بیمه"), "متن درباره سوابق بیمه و کسری سابقه");
        QuerySet queries = QuerySet.of(List.of("بازنشستگی", "سوابق بیمه", "شرایط بازنشستگی پیش از موعد چیست"));

        LoadBenchmark.Report report = LoadBenchmark.againstPortal(kb.paths(), queries, SHORT);

        assertEquals("this JVM", report.server());
        assertEquals(OptionalInt.of(2), report.articles());
        assertEquals(3, report.queries());
        assertEquals(Runtime.getRuntime().availableProcessors(), report.machine().cpus());
        assertEquals(List.of(LoadBenchmark.SINGLE, LoadBenchmark.CONCURRENT, LoadBenchmark.SUGGEST),
                report.phases().stream().map(LoadBenchmark.Phase::name).toList());
        assertEquals(1, report.single().connections());
        assertEquals(3, report.concurrent().connections());
        for (LoadBenchmark.Phase p : report.phases()) {
            LoadResult r = p.result();
            assertTrue(r.requests() > 0, p.name() + ": " + r);
            assertEquals(0, r.errors(), r.firstError());
            assertEquals(0, r.nonSuccess(), p.name());
            assertTrue(r.requestsPerSecond() > 0, p.name());
            assertTrue(r.serverP50Millis() > 0 && r.serverP99Millis() >= r.serverP50Millis(), p.name() + ": " + r);
            assertTrue(r.p50Millis() > 0 && r.p99Millis() >= r.p50Millis(), p.name() + ": " + r);
            assertTrue(r.elapsedSeconds() >= 1, p.name() + ": " + r);
            assertEquals(LoadAverage.now().isPresent(), p.loadBefore().isPresent());
        }
        assertFalse(report.anyFailed());
    }

    @Test
    void answersOutside2xxMakeTheRunFailedAndAServerWithoutHealthServesUnknownArticles() throws Exception {
        // TinyServer has neither /health nor /api/search: the JDK server answers both with 404
        try (TinyServer server = new TinyServer()) {
            LoadBenchmark.Report report = LoadBenchmark.againstServer(
                    URI.create("http://127.0.0.1:" + server.port()), QuerySet.of(List.of("بیمه")),
                    new LoadBenchmark.Plan(2, 0, 0.2));
            assertEquals(OptionalInt.empty(), report.articles());
            assertTrue(report.concurrent().result().nonSuccess() > 0);
            assertEquals(report.concurrent().result().requests(), report.concurrent().failures());
            assertTrue(report.anyFailed());
        }
    }

    @Test
    void aUrlWithNothingListeningFailsBeforeAnyLoad() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closed);
        IOException e = assertThrows(IOException.class,
                () -> LoadBenchmark.againstServer(url, QuerySet.of(List.of("بیمه")), SHORT));
        assertTrue(e.getMessage().contains("cannot reach " + url), e.getMessage());
    }

    @Test
    void onlyAPlainHttpHostAndPortIsAUrlToMeasure() {
        LoadBenchmark.checkUrl(URI.create("http://127.0.0.1:7070"));
        LoadBenchmark.checkUrl(URI.create("http://localhost:7070/"));
        for (String bad : List.of("https://127.0.0.1:7070", "http://127.0.0.1:7070/api", "127.0.0.1:7070",
                "http://127.0.0.1:7070/?q=x")) {
            assertThrows(IllegalArgumentException.class, () -> LoadBenchmark.checkUrl(URI.create(bad)), bad);
        }
    }
}
