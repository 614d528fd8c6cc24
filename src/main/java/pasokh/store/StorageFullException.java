package pasokh.store;

import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A write refused for lack of space: the disk is full, or the database reached its size limit. Nothing
 * was written; the same write may succeed once space is freed, so callers retry later rather than fail.
 */
public final class StorageFullException extends StoreException {

    /** PostgreSQL's code for a full disk, so a later PostgreSQL store is read the same way. */
    private static final String SQLSTATE_DISK_FULL = "53100";

    StorageFullException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * SQLite answers a failed page allocation with SQLITE_FULL whether the disk or its own size limit is
     * the cause; a lower layer that hit the disk first (a temporary file, the JVM itself) only says so in
     * its message, hence the search through the whole cause chain.
     */
    static boolean isFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException e && (e.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
            if (t instanceof SQLException e && SQLSTATE_DISK_FULL.equals(e.getSQLState())) return true;
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device")
                    || message.contains("database or disk is full")) return true;
            for (Throwable suppressed : t.getSuppressed()) {
                if (isFull(suppressed)) return true;
            }
        }
        return false;
    }
}
