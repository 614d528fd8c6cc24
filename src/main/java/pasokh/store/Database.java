package pasokh.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The embedded SQLite database under the data folder. Connections are opened per unit of work: SQLite
 * opens in microseconds, and this keeps every caller free of shared connection state.
 */
public final class Database {

    public static final String FILE_NAME = "pasokh.db";

    /**
     * Without this the driver runs {@code SELECT last_insert_rowid()} after every INSERT, for a
     * {@code getGeneratedKeys()} nothing here calls: a tenth of a large import's time.
     */
    private static final Properties OPTIONS = new Properties();

    static {
        OPTIONS.setProperty("jdbc.get_generated_keys", "false");
    }

    private final Path file;
    private final String url;
    /** 0: no limit of our own. Set only by tests, to make the database full for real (SQLITE_FULL). */
    private volatile long maxPages;

    private Database(Path file) {
        this.file = file.toAbsolutePath();
        this.url = "jdbc:sqlite:" + this.file;
    }

    /** Where the database lives, for messages that must say where a write failed. */
    public Path file() {
        return file;
    }

    /** Opens (creating if needed) the database and brings its schema up to date. */
    public static Database open(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Database db = new Database(dataDir.resolve(FILE_NAME));
        try (Connection c = db.connect()) {
            // WAL lets readers go on while one writer writes; it is a property of the file, set once.
            // The pragma answers with a row: its statement must be closed before migrations commit.
            try (Statement s = c.createStatement()) {
                s.executeQuery("PRAGMA journal_mode=WAL").close();
            }
            Migrations.apply(c);
        } catch (SQLException e) {
            throw new IOException("cannot open the database " + dataDir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
        return db;
    }

    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, OPTIONS);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("PRAGMA foreign_keys=ON");
            // the limit belongs to a connection, not to the file: every new connection must be told
            if (maxPages > 0) s.execute("PRAGMA max_page_count=" + maxPages);
        }
        return c;
    }

    /** From now on the file may not grow beyond {@code pages} (never below its current size); 0 lifts it. */
    void limitPages(long pages) {
        this.maxPages = pages;
    }

    long pageCount() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                var rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
