package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import pasokh.Portal;

class RetryAfterTest {

    static ZonedDateTime at(int hour, int minute, int second) {
        return ZonedDateTime.of(2026, 12, 5, hour, minute, second, 0, Portal.READERS_ZONE);
    }

    @Test
    void secondsAreRoundedUpAndNeverZero() {
        assertEquals(391, RetryAfter.seconds(Duration.ofMillis(390_001)));
        assertEquals(390, RetryAfter.seconds(Duration.ofSeconds(390)));
        assertEquals(1, RetryAfter.seconds(Duration.ZERO));
    }

    @Test
    void readersAreToldTheWaitAndTheClockTime() {
        assertEquals("حدود ۸ دقیقه دیگر (از ساعت ۱۴:۳۵)", RetryAfter.when(at(14, 27, 10), Duration.ofSeconds(470)));
        assertEquals("حدود ۳۰ دقیقه دیگر (از ساعت ۲۰:۳۰)", RetryAfter.when(at(20, 0, 0), Duration.ofMinutes(30)));
        assertEquals("از ساعت ۱۳:۰۰", RetryAfter.when(at(10, 0, 0), Duration.ofHours(3)));
        assertEquals("فردا از ساعت ۰۰:۰۰", RetryAfter.when(at(20, 0, 0), Duration.ofHours(4)),
                "the day cap ends at midnight");
        assertEquals("لطفاً حدود ۱ دقیقه دیگر (از ساعت ۲۳:۵۱) دوباره بفرستید.",
                RetryAfter.sentence(at(23, 50, 0), Duration.ofSeconds(30)));
    }
}
