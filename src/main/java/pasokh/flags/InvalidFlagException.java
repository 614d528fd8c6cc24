package pasokh.flags;

/** A flag that cannot be stored as sent; the message, in Persian, tells the agent what to change. */
public final class InvalidFlagException extends RuntimeException {
    public InvalidFlagException(String message) {
        super(message);
    }
}
