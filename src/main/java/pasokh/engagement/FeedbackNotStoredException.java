package pasokh.engagement;

import java.time.Duration;

/**
 * A well-formed answer that could not be stored now: a cap is reached or the disk is full. Not the reader's
 * fault, and it may succeed later: the message (Persian, for the reader) says why, {@link #retryAfter}
 * says when to try again.
 */
public final class FeedbackNotStoredException extends RuntimeException {

    public enum Reason { DAY_CAP, TOTAL_CAP, STORAGE_FULL }

    private final Reason reason;
    private final Duration retryAfter;

    FeedbackNotStoredException(Reason reason, Duration retryAfter, String message) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() { return reason; }

    public Duration retryAfter() { return retryAfter; }
}
