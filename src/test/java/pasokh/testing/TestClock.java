package pasokh.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock a test moves by hand, so day changes and rate windows are reached without waiting. */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public TestClock(ZonedDateTime start) {
        this.zone = start.getZone();
        this.now = start.toInstant();
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(ZonedDateTime at) {
        now = at.toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException("a test clock keeps the zone it was made with");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
