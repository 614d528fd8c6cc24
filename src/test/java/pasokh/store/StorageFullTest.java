package pasokh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class StorageFullTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsToldApartFromOtherDatabaseFailures() {
        assertTrue(StorageFullException.isFull(new SQLiteException("[SQLITE_FULL] database or disk is full",
                SQLiteErrorCode.SQLITE_FULL)));
        assertTrue(StorageFullException.isFull(new SQLException("disk I/O error",
                new IOException("No space left on device"))),
                "the operating system's ENOSPC, however deep");
        assertTrue(StorageFullException.isFull(new SQLException("could not extend file", "53100")),
                "PostgreSQL's disk_full");
        assertFalse(StorageFullException.isFull(new SQLiteException("[SQLITE_BUSY] database is locked",
                SQLiteErrorCode.SQLITE_BUSY)));
        assertFalse(StorageFullException.isFull(new SQLException("no such table: feedback")));
    }

    @Test
    void readCountsOnAFullDatabaseFailAsStorageFullAndLeaveTheStoredCountsAlone() throws Exception {
        Database db = Database.open(dir);
        ArticleReadRepository reads = new ArticleReadRepository(db);
        int filled = FullDisk.fill(db, i -> reads.addAll(Map.of(String.format("filler-%06d", i), 1L)));

        StorageFullException full = assertThrows(StorageFullException.class,
                () -> reads.addAll(Map.of("zz-new-article", 3L)));
        assertFalse(full.getMessage().contains("rollback"),
                "the reason is SQLite's, not a failed rollback: " + full.getMessage());
        assertEquals(filled, reads.all().size());
        assertFalse(reads.all().containsKey("zz-new-article"), "a failed batch leaves nothing behind");

        FullDisk.makeRoom(db);
        reads.addAll(Map.of("zz-new-article", 3L));
        assertEquals(3L, reads.all().get("zz-new-article"));
    }
}
