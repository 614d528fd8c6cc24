package pasokh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackRepositoryTest {

    static final Instant MIDNIGHT = Instant.parse("2026-12-05T20:30:00Z");

    @TempDir
    Path dir;

    FeedbackRepository feedback;

    @BeforeEach
    void open() throws Exception {
        feedback = new FeedbackRepository(Database.open(dir));
    }

    @Test
    void theTotalCapRefusesTheInsertThatWouldPassIt() {
        assertTrue(feedback.addWithinCaps("a", true, null, MIDNIGHT, MIDNIGHT, 100, 2));
        assertTrue(feedback.addWithinCaps("a", false, "دوم", MIDNIGHT, MIDNIGHT, 100, 2));
        assertFalse(feedback.addWithinCaps("a", true, null, MIDNIGHT, MIDNIGHT, 100, 2));
        assertEquals(2, feedback.count());
    }

    @Test
    void theDayCapCountsOnlyRowsSinceTheDayBegan() {
        feedback.add("a", true, null, MIDNIGHT.minusSeconds(60));
        feedback.add("a", true, null, MIDNIGHT.minusSeconds(1));
        assertTrue(feedback.addWithinCaps("a", true, null, MIDNIGHT.plusSeconds(5), MIDNIGHT, 2, 100));
        assertTrue(feedback.addWithinCaps("a", true, null, MIDNIGHT.plusSeconds(6), MIDNIGHT, 2, 100));
        assertFalse(feedback.addWithinCaps("a", true, null, MIDNIGHT.plusSeconds(7), MIDNIGHT, 2, 100),
                "two today already; yesterday's two do not count");
        assertEquals(4, feedback.count());
    }

    @Test
    void theFirstSecondOfTheDayBelongsToIt() {
        // as text, "…20:30:00Z" sorts after "…20:30:00.001Z": both must count as the new day, and 29:59.999 not
        feedback.add("a", true, null, MIDNIGHT.minusMillis(1));
        feedback.add("a", true, null, MIDNIGHT);
        feedback.add("a", true, null, MIDNIGHT.plusMillis(1));
        assertEquals(2, feedback.countSince(MIDNIGHT));
    }

    @Test
    void aFullDatabaseRefusesFeedbackAsStorageFullAndTakesItAgainOnceThereIsRoom() throws Exception {
        Database db = Database.open(dir);
        FeedbackRepository repository = new FeedbackRepository(db);
        Instant at = Instant.parse("2026-12-05T10:00:00Z");
        int filled = FullDisk.fill(db, i -> repository.add("pension-calculation", true, "مبلغ امسال را نداشت", at));
        assertTrue(filled > 0, "some rows fit before the database was full");

        StorageFullException full = Assertions.assertThrows(StorageFullException.class,
                () -> repository.addWithinCaps("pension-calculation", true, "مبلغ امسال را نداشت", at.plusSeconds(1),
                        at, 1000, 1000));
        assertTrue(full.getMessage().contains("database or disk is full"), full.getMessage());
        assertTrue(full.getMessage().contains(db.file().toString()), "says where: " + full.getMessage());
        assertEquals(filled, repository.count(), "reading still works and nothing half-written is left");

        FullDisk.makeRoom(db);
        assertTrue(repository.addWithinCaps("pension-calculation", true, "مبلغ امسال را نداشت", at.plusSeconds(2), at,
                1000, 1000));
        assertEquals(filled + 1, repository.count());
    }
}
