package pasokh.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded SQLite database under the data folder. Connections are opened per unit of work: SQLite
 * opens in microseconds, and this keeps every caller free of shared connection state.
 */
public final class Database {

    public static final String FILE_NAME = "pasokh.db";

    private final String url;

    private Database(Path file) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
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
        Connection c = DriverManager.getConnection(url);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
            s.execute("PRAGMA foreign_keys=ON");
        }
        return c;
    }
}
