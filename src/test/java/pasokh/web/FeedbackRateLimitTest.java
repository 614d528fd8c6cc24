package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import pasokh.testing.TestClock;

class FeedbackRateLimitTest {

    /** Three and a half minutes into a ten-minute window. */
    final TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 5, 10, 3, 30, 0, ZoneOffset.UTC));
    final FeedbackRateLimit limit = new FeedbackRateLimit(clock);

    @Test
    void theRefusalSaysHowLongUntilTheWindowEnds() {
        for (int i = 0; i < FeedbackRateLimit.PER_WINDOW; i++) limit.admit("192.0.2.7");
        FeedbackRateLimit.Exceeded e = assertThrows(FeedbackRateLimit.Exceeded.class, () -> limit.admit("192.0.2.7"));
        assertEquals(Duration.ofSeconds(390), e.retryAfter());
        limit.admit("192.0.2.8");

        clock.advance(Duration.ofSeconds(389));
        assertEquals(Duration.ofSeconds(1),
                assertThrows(FeedbackRateLimit.Exceeded.class, () -> limit.admit("192.0.2.7")).retryAfter(),
                "refusals do not count: the window still ends when it did");
        clock.advance(Duration.ofSeconds(1));
        limit.admit("192.0.2.7");
    }

    @Test
    void anIpv6NetworkIsOneSender() {
        for (int i = 0; i < FeedbackRateLimit.PER_WINDOW; i++) limit.admit("2001:db8:1:2::"
                + Integer.toHexString(i + 1));
        assertThrows(FeedbackRateLimit.Exceeded.class, () -> limit.admit("[2001:db8:1:2:ffff:ffff:ffff:ffff]"));
        limit.admit("2001:db8:1:3::1");
        assertEquals("20010db800010002::/64", FeedbackRateLimit.sender("2001:db8:1:2::99"));
        assertEquals("192.0.2.7", FeedbackRateLimit.sender("::ffff:192.0.2.7"),
                "an IPv4 address written as IPv6 is itself");
        assertEquals("not-an-address", FeedbackRateLimit.sender("not-an-address"));
    }

    @Test
    void aCrowdOfSendersIsTrackedUpToABound() {
        for (int i = 0; i < FeedbackRateLimit.MAX_SENDERS; i++) limit.admit("10." + (i >> 16) + "." + ((i >> 8) & 255)
                + "." + (i & 255));
        assertThrows(FeedbackRateLimit.Exceeded.class, () -> limit.admit("192.0.2.200"),
                "a new sender waits for the next window");
        limit.admit("10.0.0.1");
        clock.advance(FeedbackRateLimit.WINDOW);
        limit.admit("192.0.2.200");
    }
}
