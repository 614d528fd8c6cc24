package pasokh.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Schema changes, applied in order, each once, each in its own transaction. A migration is never edited
 * after it has shipped: add a new one.
 */
final class Migrations {

    /** In order. Resources under db/migrations/. */
    static final List<String> ALL = List.of(
            "001-feedback.sql",
            "002-article-reads.sql",
            "003-feedback-by-time.sql",
            "004-staff-accounts.sql",
            "005-questions.sql",
            "006-article-revisions.sql",
            "007-question-demand-index.sql",
            "008-revision-numbers.sql",
            "009-agent-records.sql",
            "010-phrasing-decisions.sql");

    private Migrations() {}

    static void apply(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations"
                    + " (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = currentVersion(c);
        for (int version = current + 1; version <= ALL.size(); version++) {
            String name = ALL.get(version - 1);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(name))) s.execute(sql);
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, name);
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version > ALL.size()) {
                throw new SQLException("the database is at schema version " + version + " but this Pasokh knows only "
                        + ALL.size() + ": it was written by a newer version");
            }
            return version;
        }
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migrations/" + name)) {
            if (in == null) throw new IllegalStateException("migration resource missing: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Our migrations are plain DDL: statements end with ';' and comments are whole '--' lines. */
    private static List<String> statements(String script) {
        String withoutComments = script.lines().filter(l -> !l.strip().startsWith("--"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
