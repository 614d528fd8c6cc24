package pasokh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsEveryMigrationOnce() throws Exception {
        Database db = Database.open(dir);
        try (Connection c = db.connect()) {
            assertEquals(Migrations.ALL.size(), Migrations.currentVersion(c));
        }
        new FeedbackRepository(db).add("a", true, null, Instant.now());
        Database reopened = Database.open(dir);
        try (Connection c = reopened.connect()) {
            assertEquals(Migrations.ALL.size(), Migrations.currentVersion(c), "reopening applies nothing twice");
        }
        assertEquals(new FeedbackRepository.Tally(1, 0), new FeedbackRepository(reopened).tally("a"),
                "data survives a restart");
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        Database db = Database.open(dir);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')");
        }
        IOException e = assertThrows(IOException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void readCountsAccumulate() throws Exception {
        ArticleReadRepository reads = new ArticleReadRepository(Database.open(dir));
        reads.addAll(Map.of("a", 2L, "b", 1L));
        reads.addAll(Map.of("a", 3L));
        assertEquals(Map.of("a", 5L, "b", 1L), reads.all());
    }
}
