package pasokh.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.store.Database;
import pasokh.store.FeedbackRepository;
import pasokh.store.FullDisk;
import pasokh.testing.LogLines;
import pasokh.testing.TestClock;

class FeedbackServiceTest {

    /** 20:00 in Tehran: four hours before the readers' midnight. */
    static final ZonedDateTime EVENING = ZonedDateTime.of(2026, 12, 5, 20, 0, 0, 0, Portal.READERS_ZONE);

    @TempDir
    Path dir;

    Database db;
    FeedbackRepository repository;
    TestClock clock;
    EngagementHealth health;
    FeedbackService service;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(dir);
        repository = new FeedbackRepository(db);
        clock = new TestClock(EVENING);
        health = new EngagementHealth(clock);
        service = withCaps(FeedbackService.Caps.DEFAULT);
    }

    FeedbackService withCaps(FeedbackService.Caps caps) {
        return new FeedbackService(repository, "pension-calculation"::equals, clock, caps, health);
    }

    @Test
    void yesAndNoAreCountedPerArticle() {
        service.submit("pension-calculation", true, null);
        service.submit("pension-calculation", false, "مبلغ سال جاری را ننوشته بود");
        assertEquals(new FeedbackRepository.Tally(1, 1), repository.tally("pension-calculation"));
    }

    @Test
    void invalidFeedbackIsRefusedWithAReason() {
        assertThrows(InvalidFeedbackException.class, () -> service.submit("no-such-article", true, null));
        assertThrows(InvalidFeedbackException.class, () -> service.submit("", true, null));
        assertThrows(InvalidFeedbackException.class, () -> service.submit("pension-calculation", null, null));
        InvalidFeedbackException tooLong = assertThrows(InvalidFeedbackException.class,
                () -> service.submit("pension-calculation", true, "ب".repeat(FeedbackService.MAX_COMMENT_LENGTH + 1)));
        assertTrue(tooLong.getMessage().contains("۱۰۰۰"), tooLong.getMessage());
        assertEquals(new FeedbackRepository.Tally(0, 0), repository.tally("pension-calculation"), "nothing stored");
    }

    @Test
    void commentsLoseControlCharactersButKeepLineBreaks() {
        assertEquals("خط یک\nخط دو", FeedbackService.cleanComment("  خط یک\r\n\u0000خط دو\u0007 "));
        assertEquals(null, FeedbackService.cleanComment(" \t "));
        assertEquals("خط یک\nخط دو",
                service.check("pension-calculation", true, "  خط یک\r\n\u0000خط دو\u0007 ").comment());
    }

    @Test
    void overTodaysCapFeedbackWaitsForTheReadersMidnightAndIsLoggedOnce() throws Exception {
        FeedbackService capped = withCaps(new FeedbackService.Caps(3, 100));
        for (int i = 0; i < 3; i++) capped.submit("pension-calculation", true, null);

        List<String> log = LogLines.during(() -> {
            for (int i = 0; i < 5; i++) {
                FeedbackNotStoredException e = assertThrows(FeedbackNotStoredException.class,
                        () -> capped.submit("pension-calculation", false, "باز هم"));
                assertEquals(FeedbackNotStoredException.Reason.DAY_CAP, e.reason());
                assertEquals(Duration.ofHours(4), e.retryAfter(), "until midnight in Tehran, not in UTC");
                assertTrue(e.getMessage().contains("امروز"), e.getMessage());
            }
        });
        assertEquals(1, log.stream().filter(l -> l.contains("daily cap")).count(), log::toString);
        assertEquals(3, repository.count());
        assertTrue(health.problems().getFirst().startsWith("feedback daily cap reached"), health.problems()::toString);

        clock.advance(Duration.ofHours(4));
        assertEquals(List.of(), health.problems(), "the day's cap is over at midnight by itself");
        capped.submit("pension-calculation", false, "روز بعد");
        assertEquals(4, repository.count());
    }

    @Test
    void overTheTotalCapFeedbackIsRefusedOnANewDayToo() {
        FeedbackService capped = withCaps(new FeedbackService.Caps(100, 2));
        capped.submit("pension-calculation", true, null);
        clock.advance(Duration.ofDays(1));
        capped.submit("pension-calculation", true, null);
        clock.advance(Duration.ofDays(1));
        FeedbackNotStoredException e = assertThrows(FeedbackNotStoredException.class,
                () -> capped.submit("pension-calculation", true, null));
        assertEquals(FeedbackNotStoredException.Reason.TOTAL_CAP, e.reason());
        assertEquals(Duration.ofDays(1), e.retryAfter());
        assertTrue(health.problems().getFirst().startsWith("feedback total cap reached (2 stored)"),
                health.problems()::toString);
    }

    @Test
    void theCapsAreAFewThousandADayAndSomeHundredThousandInAll() {
        assertEquals(5_000, FeedbackService.Caps.DEFAULT.perDay());
        assertEquals(100_000, FeedbackService.Caps.DEFAULT.total());
    }

    @Test
    void aFullDiskRefusesFeedbackForLaterAndRecoversByItselfOnceThereIsRoom() throws Exception {
        String comment = "مبلغ امسال را نداشت";
        // identical rows at a fixed time go to the same places, so the one that no longer fits is the reader's
        FullDisk.fill(db, i -> repository.add("pension-calculation", false, comment, clock.instant()));
        long stored = repository.count();

        List<String> log = LogLines.during(() -> {
            for (int i = 0; i < 3; i++) {
                FeedbackNotStoredException e = assertThrows(FeedbackNotStoredException.class,
                        () -> service.submit("pension-calculation", false, comment));
                assertEquals(FeedbackNotStoredException.Reason.STORAGE_FULL, e.reason());
                assertEquals(Duration.ofMinutes(30), e.retryAfter());
                assertTrue(e.getMessage().contains("پر است"), e.getMessage());
            }
        });
        List<String> warnings = log.stream().filter(l -> l.contains("Feedback storage is full")).toList();
        assertEquals(1, warnings.size(), "one line, not one per reader: " + log);
        assertTrue(warnings.getFirst().contains(db.file().toString()), "says where: " + warnings);
        assertEquals(1, health.problems().size());
        assertTrue(health.problems().getFirst().startsWith("feedback storage full since"), health.problems()::toString);
        assertEquals(stored, repository.count(), "what was stored is still readable");

        FullDisk.makeRoom(db);
        List<String> recovery = LogLines.during(() -> service.submit("pension-calculation", false, comment));
        assertEquals(stored + 1, repository.count());
        assertEquals(List.of(), health.problems(), "healthy again after one write that succeeds");
        assertTrue(recovery.stream().anyMatch(l -> l.contains("Feedback is stored again")), recovery::toString);
    }
}
