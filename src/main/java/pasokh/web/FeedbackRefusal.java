package pasokh.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import pasokh.engagement.FeedbackNotStoredException;

/**
 * A well-formed answer turned away for now, as the reader is told it, on the form's page and in the API
 * alike: 429 when this sender has sent too many, 503 when the portal cannot store any (a cap, a full disk).
 */
record FeedbackRefusal(int status, Duration retryAfter, String message) {

    static final String TITLE = "نظر شما هنوز ثبت نشده است";

    static FeedbackRefusal of(FeedbackRateLimit.Exceeded e, Clock clock) {
        return new FeedbackRefusal(429, e.retryAfter(), "از این نشانی در چند دقیقه گذشته نظرهای زیادی فرستاده شده است. "
                + RetryAfter.sentence(ZonedDateTime.now(clock), e.retryAfter()));
    }

    static FeedbackRefusal of(FeedbackNotStoredException e, Clock clock) {
        return new FeedbackRefusal(503, e.retryAfter(),
                e.getMessage() + " " + RetryAfter.sentence(ZonedDateTime.now(clock), e.retryAfter()));
    }
}
