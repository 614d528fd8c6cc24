package pasokh.store;

import java.sql.SQLException;

/** A database failure the caller cannot fix by changing its input: reported as a server error. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Wraps a failed database call, telling a full disk apart: callers answer that with "later" and keep
     * serving, where any other failure is a plain server error.
     */
    static StoreException of(String what, SQLException e) {
        String message = what + ": " + e.getMessage();
        return StorageFullException.isFull(e) ? new StorageFullException(message, e) : new StoreException(message, e);
    }
}
