package pasokh.engagement;

/** Feedback that cannot be stored as sent; the message is in Persian for the reader. */
public final class InvalidFeedbackException extends RuntimeException {
    public InvalidFeedbackException(String message) {
        super(message);
    }
}
