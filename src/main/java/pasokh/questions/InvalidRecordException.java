package pasokh.questions;

/** A recorded question that cannot be stored as sent; the message, in Persian, tells the agent what to change. */
public final class InvalidRecordException extends RuntimeException {
    public InvalidRecordException(String message) {
        super(message);
    }
}
