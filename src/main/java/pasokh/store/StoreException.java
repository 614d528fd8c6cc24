package pasokh.store;

/** A database failure the caller cannot fix by changing its input: reported as a server error. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
