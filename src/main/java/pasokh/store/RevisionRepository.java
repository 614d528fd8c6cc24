package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Article revisions and each article's state. A save checks and takes the next version in one transaction. */
public final class RevisionRepository {

    public record RevisionRow(String slug, Long version, String source, String author, long at, String state,
                              String note, boolean refused, Long baseVersion) {}

    public record StateRow(String slug, String state, long latestVersion, Long publishedVersion, long updatedAt) {}

    /** What a save came to: saved as {@code version}, or refused because {@code current} is newer than its base. */
    public sealed interface Saved permits Accepted, Stale {}

    public record Accepted(long version) implements Saved {}

    public record Stale(RevisionRow current) implements Saved {}

    private static final String REVISION = "slug, version, source, author, at, state, note, refused, base_version";

    private final Database db;

    public RevisionRepository(Database db) {
        this.db = db;
    }

    /**
     * Saves {@code source} as the next version when {@code baseVersion} is the latest (0: the article has none);
     * otherwise keeps it as a refused revision and answers the latest. SQLite's single writer and the
     * immediate transaction make the check and the insert one step, across processes too.
     *
     * @param number the answer number the text gives its article, kept so that it is never given to another
     */
    public Saved save(String slug, long baseVersion, String source, OptionalInt number, String author, long at,
                      String state, String note) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                try (var s = c.createStatement()) {
                    // take the write lock before reading, so two saves cannot both see the same latest version
                    s.execute("UPDATE article_states SET slug = slug WHERE 0");
                }
                Optional<RevisionRow> latest = latest(c, slug);
                long current = latest.map(r -> r.version()).orElse(0L);
                Saved result;
                if (current != baseVersion) {
                    insert(c, slug, null, source, number, author, at, state, note, true, baseVersion);
                    result = new Stale(latest.orElseThrow());
                } else {
                    long version = current + 1;
                    insert(c, slug, version, source, number, author, at, state, note, false, baseVersion);
                    try (PreparedStatement p = c.prepareStatement("""
                            INSERT INTO article_states (slug, state, latest_version, published_version, updated_at)
                            VALUES (?, ?, ?, NULL, ?) ON CONFLICT (slug) DO UPDATE SET state = excluded.state,
                              latest_version = excluded.latest_version, updated_at = excluded.updated_at""")) {
                        p.setString(1, slug);
                        p.setString(2, state);
                        p.setLong(3, version);
                        p.setLong(4, at);
                        p.executeUpdate();
                    }
                    result = new Accepted(version);
                }
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot save a revision of " + slug + " in " + db.file(), e);
        }
    }

    /** Sets the article's state (and, when publishing, which version is on disk) and the latest revision's state. */
    public void setState(String slug, String state, Long publishedVersion, boolean clearPublished, long at) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("UPDATE article_states SET state = ?, updated_at = ?,"
                    + " published_version = CASE WHEN ? THEN NULL WHEN ? IS NOT NULL THEN ? ELSE published_version END"
                    + " WHERE slug = ?");
                 PreparedStatement r = c.prepareStatement("UPDATE article_revisions SET state = ? WHERE slug = ?"
                         + " AND version = (SELECT latest_version FROM article_states WHERE slug = ?)")) {
                p.setString(1, state);
                p.setLong(2, at);
                p.setBoolean(3, clearPublished);
                if (publishedVersion == null) {
                    p.setNull(4, java.sql.Types.INTEGER);
                    p.setNull(5, java.sql.Types.INTEGER);
                } else {
                    p.setLong(4, publishedVersion);
                    p.setLong(5, publishedVersion);
                }
                p.setString(6, slug);
                p.executeUpdate();
                r.setString(1, state);
                r.setString(2, slug);
                r.setString(3, slug);
                r.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot change the state of " + slug + " in " + db.file(), e);
        }
    }

    public Optional<StateRow> state(String slug) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT slug, state, latest_version, published_version,"
                     + " updated_at FROM article_states WHERE slug = ?")) {
            p.setString(1, slug);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(stateRow(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read the state of " + slug + " from " + db.file(), e);
        }
    }

    public List<StateRow> states() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT slug, state, latest_version, published_version,"
                     + " updated_at FROM article_states ORDER BY slug");
             ResultSet rs = p.executeQuery()) {
            List<StateRow> out = new ArrayList<>();
            while (rs.next()) out.add(stateRow(rs));
            return out;
        } catch (SQLException e) {
            throw StoreException.of("cannot list article states in " + db.file(), e);
        }
    }

    public Optional<RevisionRow> latest(String slug) {
        try (Connection c = db.connect()) {
            return latest(c, slug);
        } catch (SQLException e) {
            throw StoreException.of("cannot read revisions of " + slug + " from " + db.file(), e);
        }
    }

    public Optional<RevisionRow> get(String slug, long version) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT " + REVISION
                     + " FROM article_revisions WHERE slug = ? AND version = ?")) {
            p.setString(1, slug);
            p.setLong(2, version);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(revision(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read a revision of " + slug + " from " + db.file(), e);
        }
    }

    /** Every revision of the slug, refused ones included, newest first. */
    public List<RevisionRow> all(String slug) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT " + REVISION
                     + " FROM article_revisions WHERE slug = ? ORDER BY id DESC")) {
            p.setString(1, slug);
            try (ResultSet rs = p.executeQuery()) {
                List<RevisionRow> out = new ArrayList<>();
                while (rs.next()) out.add(revision(rs));
                return out;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot list revisions of " + slug + " in " + db.file(), e);
        }
    }

    private static Optional<RevisionRow> latest(Connection c, String slug) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + REVISION
                + " FROM article_revisions WHERE slug = ? AND version IS NOT NULL ORDER BY version DESC LIMIT 1")) {
            p.setString(1, slug);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(revision(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The highest answer number any text ever saved gave its article, refused and archived ones included, or 0
     * when none did.
     */
    public int highestNumber() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(number), 0) FROM article_revisions");
             ResultSet rs = p.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw StoreException.of("cannot read the highest answer number from " + db.file(), e);
        }
    }

    /** Every answer number a saved text has given its article, for when the highest is already the last. */
    public Set<Integer> numbers() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(
                     "SELECT DISTINCT number FROM article_revisions WHERE number IS NOT NULL");
             ResultSet rs = p.executeQuery()) {
            Set<Integer> out = new HashSet<>();
            while (rs.next()) out.add(rs.getInt(1));
            return out;
        } catch (SQLException e) {
            throw StoreException.of("cannot read the answer numbers from " + db.file(), e);
        }
    }

    /** The articles other than {@code slug} whose saved texts ever gave them {@code number}, in slug order. */
    public List<String> otherSlugsNumbered(int number, String slug) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT DISTINCT slug FROM article_revisions"
                     + " WHERE number = ? AND slug <> ? ORDER BY slug")) {
            p.setInt(1, number);
            p.setString(2, slug);
            try (ResultSet rs = p.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot look up answer number " + number + " in " + db.file(), e);
        }
    }

    private static void insert(Connection c, String slug, Long version, String source, OptionalInt number,
                               String author, long at, String state, String note, boolean refused, long baseVersion)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article_revisions (" + REVISION
                + ", number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, slug);
            if (version == null) p.setNull(2, java.sql.Types.INTEGER);
            else p.setLong(2, version);
            p.setString(3, source);
            p.setString(4, author);
            p.setLong(5, at);
            p.setString(6, state);
            p.setString(7, note);
            p.setInt(8, refused ? 1 : 0);
            p.setLong(9, baseVersion);
            if (number.isPresent()) p.setInt(10, number.getAsInt());
            else p.setNull(10, java.sql.Types.INTEGER);
            p.executeUpdate();
        }
    }

    private static RevisionRow revision(ResultSet rs) throws SQLException {
        long v = rs.getLong(2);
        Long version = rs.wasNull() ? null : v;
        long b = rs.getLong(9);
        Long base = rs.wasNull() ? null : b;
        return new RevisionRow(rs.getString(1), version, rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getInt(8) != 0, base);
    }

    private static StateRow stateRow(ResultSet rs) throws SQLException {
        long pv = rs.getLong(4);
        Long published = rs.wasNull() ? null : pv;
        return new StateRow(rs.getString(1), rs.getString(2), rs.getLong(3), published, rs.getLong(5));
    }
}
