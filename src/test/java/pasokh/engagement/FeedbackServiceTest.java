package pasokh.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.store.ArticleReadRepository;
import pasokh.store.Database;
import pasokh.store.FeedbackRepository;

class FeedbackServiceTest {

    @TempDir
    Path dir;

    FeedbackRepository repository;
    FeedbackService service;

    @BeforeEach
    void setUp() throws Exception {
        repository = new FeedbackRepository(Database.open(dir));
        service = new FeedbackService(repository, "pension-calculation"::equals, Clock.systemUTC());
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
    }

    @Test
    void readCountsOrderMostReadAndSurviveAFlush() throws Exception {
        ReadCounter counter = new ReadCounter(new ArticleReadRepository(Database.open(dir)));
        counter.recordRead("b");
        counter.recordRead("b");
        counter.recordRead("c");
        assertEquals(List.of("b", "c", "a"), counter.mostRead(List.of("a", "b", "c"), 3));
        counter.flush();
        ReadCounter afterRestart = new ReadCounter(new ArticleReadRepository(Database.open(dir)));
        assertEquals(2, afterRestart.reads("b"));
        assertEquals(List.of("b", "c"), afterRestart.mostRead(List.of("a", "b", "c"), 2));
    }
}
