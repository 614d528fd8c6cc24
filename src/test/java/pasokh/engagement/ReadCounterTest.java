package pasokh.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.store.ArticleReadRepository;
import pasokh.store.Database;
import pasokh.store.FullDisk;
import pasokh.testing.LogLines;
import pasokh.testing.TestClock;

class ReadCounterTest {

    /** 23:50 in Tehran: ten minutes before the readers' day changes (20:20 UTC). */
    static final ZonedDateTime LATE = ZonedDateTime.of(2026, 12, 5, 23, 50, 0, 0, Portal.READERS_ZONE);

    @TempDir
    Path dir;

    Database db;
    TestClock clock;
    EngagementHealth health;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir);
        clock = new TestClock(LATE);
        health = new EngagementHealth(clock);
    }

    ReadCounter counter() {
        return new ReadCounter(new ArticleReadRepository(db), clock, health);
    }

    @Test
    void readCountsOrderMostReadAndSurviveAFlush() throws Exception {
        ReadCounter counter = counter();
        counter.recordRead("b", "10.0.0.1");
        counter.recordRead("b", "10.0.0.2");
        counter.recordRead("c", "10.0.0.1");
        assertEquals(List.of("b", "c", "a"), counter.mostRead(List.of("a", "b", "c"), 3));
        counter.flush();
        ReadCounter afterRestart = counter();
        assertEquals(2, afterRestart.reads("b"));
        assertEquals(List.of("b", "c"), afterRestart.mostRead(List.of("a", "b", "c"), 2));
    }

    @Test
    void aReaderCountsOncePerArticlePerDay() {
        ReadCounter counter = counter();
        for (int i = 0; i < 50; i++) counter.recordRead("pension-calculation", "10.0.0.1");
        assertEquals(1, counter.reads("pension-calculation"), "fifty reloads are one read");
        counter.recordRead("pension-calculation", "10.0.0.2");
        assertEquals(2, counter.reads("pension-calculation"), "another reader is another read");
        counter.recordRead("unemployment-eligibility", "10.0.0.1");
        assertEquals(1, counter.reads("unemployment-eligibility"), "the same reader on another article counts there");

        clock.advance(Duration.ofMinutes(9));
        counter.recordRead("pension-calculation", "10.0.0.1");
        assertEquals(2, counter.reads("pension-calculation"), "still the same day in Tehran");
        clock.advance(Duration.ofMinutes(2));
        counter.recordRead("pension-calculation", "10.0.0.1");
        assertEquals(3, counter.reads("pension-calculation"), "a new day after the readers' midnight");
    }

    @Test
    void manyAddressesTakeBoundedMemoryAndStopCountingWhenTheDayIsFull() throws Exception {
        DailyReaders readers = new DailyReaders(clock, 1_000);
        ReadCounter counter = new ReadCounter(new ArticleReadRepository(db), readers, clock, health);
        List<String> log = LogLines.during(() -> {
            for (int i = 0; i < 20_000; i++) counter.recordRead("pension-calculation",
                    "10.1." + (i / 250) + "." + (i % 250));
        });
        assertEquals(1_000, counter.reads("pension-calculation"), "no more first reads once the day's table is full");
        assertTrue(readers.memoryBytes() <= 2 * 1_000 * Long.BYTES + 2 * 1024 * Long.BYTES,
                "bytes: " + readers.memoryBytes());
        assertEquals(1, log.stream().filter(l -> l.contains("daily maximum")).count(), log::toString);
        assertTrue(log.stream().noneMatch(l -> l.contains("10.1.")), "no address is logged");
        assertTrue(DailyReaders.MAX_PAIRS * 2L * Long.BYTES <= 8 * 1024 * 1024, "the real bound is 8 MB");

        clock.advance(Duration.ofMinutes(15));
        counter.recordRead("pension-calculation", "10.1.0.0");
        assertEquals(1_001, counter.reads("pension-calculation"), "a new day, a new table");
        assertTrue(readers.memoryBytes() < 1024 * Long.BYTES * 2, "yesterday's table is dropped");
    }

    @Test
    void aFullDiskKeepsReadCountsInMemoryAndSavesThemOnceThereIsRoom() throws Exception {
        ArticleReadRepository repository = new ArticleReadRepository(db);
        ReadCounter counter = new ReadCounter(repository, clock, health);
        FullDisk.fill(db, i -> repository.addAll(Map.of(String.format("filler-%06d", i), 1L)));
        counter.recordRead("zz-new-article", "10.0.0.1");
        counter.recordRead("zz-new-article", "10.0.0.2");

        List<String> log = LogLines.during(() -> {
            for (int i = 0; i < 3; i++) counter.flush();
        });
        assertEquals(2, counter.reads("zz-new-article"), "nothing lost");
        assertEquals(2, counter.unsaved());
        assertEquals(1, log.stream().filter(l -> l.contains("Could not save read counts")).count(), log::toString);
        assertTrue(health.problems().getFirst().startsWith("read counts not saved since"), health.problems()::toString);

        FullDisk.makeRoom(db);
        counter.flush();
        assertEquals(0, counter.unsaved());
        assertEquals(List.of(), health.problems());
        assertEquals(2, counter().reads("zz-new-article"), "in the database now");
    }
}
