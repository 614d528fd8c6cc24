package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.PortalPaths;

/** The shipped articles and the real index-config, at 68 and 120 articles, one timed round. */
class ScaleBenchmarkTest {

    static final PortalPaths SHIPPED = new PortalPaths(Path.of("articles"), Path.of("index-config"), Path.of("unused"));

    @TempDir
    Path work;

    @Test
    void everyCountGetsARowOfFiguresFromAFreshIndex() throws IOException {
        QuerySet queries = QuerySet.read(List.of(Path.of("eval/judgments.tsv")));
        List<Integer> started = new ArrayList<>();
        ScaleBenchmark.Report report = ScaleBenchmark.run(SHIPPED, queries,
                new ScaleBenchmark.Plan(List.of(68, 120), 1, 1, work, Duration.ZERO), started::add);

        assertEquals(List.of(68, 120), started);
        assertEquals(List.of(68, 120), report.rows().stream().map(ScaleBenchmark.Row::articles).toList());
        assertEquals(queries.size(), report.queries());
        assertEquals(queries.size(), report.queriesByWords().values().stream().mapToInt(Integer::intValue).sum());
        for (ScaleBenchmark.Row r : report.rows()) {
            assertEquals(r.articles(), r.published(), "every generated article is published");
            assertTrue(r.startupMillis() > 0, r.toString());
            assertTrue(r.heapMegabytes() > 0, r.toString());
            assertTrue(r.indexMegabytes() > 0, r.toString());
            assertTrue(r.medianMillis() > 0 && r.p99Millis() >= r.medianMillis(), r.toString());
            assertEquals(queries.size(), r.searches());
            assertTrue(r.queriesWithHits() > queries.size() * 9 / 10, r.toString());
            r.medianByWords().forEach((bucket, median) -> {
                if (report.queriesByWords().get(bucket) > 0) assertTrue(median > 0, bucket + " in " + r);
            });
            assertTrue(Files.isDirectory(work.resolve(r.articles() + "/data/index")), "index under <count>/data");
        }
        ScaleBenchmark.Growth growth = report.growth().orElseThrow();
        assertEquals(68, growth.smallest().articles());
        assertEquals(120, growth.largest().articles());
        assertEquals(growth.largest().medianMillis() / growth.smallest().medianMillis(), growth.ratio());
    }

    @Test
    void eachRunStartsFromAnEmptyDataFolderAndLeavesForeignFoldersAlone() throws IOException {
        PortalPaths first = ScaleFolder.prepare(SHIPPED, work, 68, 1);
        Files.writeString(Files.createDirectories(first.data().resolve("index")).resolve("stale"), "old");
        PortalPaths again = ScaleFolder.prepare(SHIPPED, work, 68, 1);
        assertEquals(work.resolve("68/articles"), again.articles());
        assertEquals(SHIPPED.config(), again.config());
        assertTrue(Files.isDirectory(again.data()));
        try (var left = Files.list(again.data())) {
            assertEquals(0, left.count(), "the data folder is empty again");
        }

        Path foreign = Files.createDirectories(work.resolve("70/articles"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        Files.writeString(Files.createDirectories(work.resolve("70/data")).resolve("keep"), "mine");
        assertThrows(IOException.class, () -> ScaleFolder.prepare(SHIPPED, work, 70, 1));
        assertTrue(Files.exists(work.resolve("70/data/keep")), "nothing deleted next to a folder we did not make");
    }
}
