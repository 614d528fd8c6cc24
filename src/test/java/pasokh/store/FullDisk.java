package pasokh.store;

import java.sql.SQLException;
import java.util.function.IntConsumer;

/**
 * Makes a test database full for real: it may no longer grow (SQLite's max_page_count), and a write is
 * repeated until SQLite answers SQLITE_FULL, exactly as it does on a full disk. A later write of the same
 * shape, into the same places of the same tables, then fails the same way.
 */
public final class FullDisk {

    private FullDisk() {}

    /** @return how many filler writes went in before the database was full */
    public static int fill(Database db, IntConsumer write) {
        try {
            db.limitPages(db.pageCount());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < 100_000; i++) {
            try {
                write.accept(i);
            } catch (StorageFullException full) {
                return i;
            }
        }
        throw new AssertionError("the database never filled up");
    }

    /** Room again, as when an operator frees the disk. */
    public static void makeRoom(Database db) {
        db.limitPages(0);
    }
}
