package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agents' reports that an article is outdated or wrong; a row is marked resolved, never deleted. */
public final class FlagRepository {

    /** @param resolvedAt null while the flag is open */
    public record FlagRow(long id, String slug, String target, String text, String user, long at, long articleVersion,
                          Long resolvedAt, String resolvedBy) {}

    private static final String COLUMNS = "SELECT id, slug, target, text, user, at, article_version, resolved_at,"
            + " resolved_by FROM article_flags";

    private final Database db;

    public FlagRepository(Database db) {
        this.db = db;
    }

    /** @return the new flag's id */
    public long add(String slug, String target, String text, String user, long at, long articleVersion) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO article_flags (slug, target, text, user, at,"
                     + " article_version) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            p.setString(1, slug);
            p.setString(2, target);
            p.setString(3, text);
            p.setString(4, user);
            p.setLong(5, at);
            p.setLong(6, articleVersion);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot store an article flag in " + db.file(), e);
        }
    }

    public Optional<FlagRow> get(long id) {
        List<FlagRow> rows = rows(COLUMNS + " WHERE id = ?", id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** Every open flag, oldest first. */
    public List<FlagRow> open() {
        return rows(COLUMNS + " WHERE resolved_at IS NULL ORDER BY at, id");
    }

    /** The open flags of one article, oldest first. */
    public List<FlagRow> openOf(String slug) {
        return rows(COLUMNS + " WHERE slug = ? AND resolved_at IS NULL ORDER BY at, id", slug);
    }

    /** How many open flags each article has; articles without one are not in the map. */
    public Map<String, Long> openCounts() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT slug, COUNT(*) FROM article_flags"
                     + " WHERE resolved_at IS NULL GROUP BY slug ORDER BY slug");
             ResultSet rs = p.executeQuery()) {
            Map<String, Long> out = new LinkedHashMap<>();
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            return out;
        } catch (SQLException e) {
            throw StoreException.of("cannot count article flags in " + db.file(), e);
        }
    }

    /**
     * Marks an open flag of {@code slug} resolved.
     *
     * @return false when it was resolved already (by someone else a moment before) or is not that article's
     */
    public boolean resolve(long id, String slug, String by, long at) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("UPDATE article_flags SET resolved_at = ?, resolved_by = ?"
                     + " WHERE id = ? AND slug = ? AND resolved_at IS NULL")) {
            p.setLong(1, at);
            p.setString(2, by);
            p.setLong(3, id);
            p.setString(4, slug);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.of("cannot resolve an article flag in " + db.file(), e);
        }
    }

    private List<FlagRow> rows(String sql, Object... params) {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) p.setObject(i + 1, params[i]);
            try (ResultSet rs = p.executeQuery()) {
                List<FlagRow> out = new ArrayList<>();
                while (rs.next()) {
                    long resolved = rs.getLong(8);
                    Long resolvedAt = rs.wasNull() ? null : resolved;
                    out.add(new FlagRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6), rs.getLong(7), resolvedAt, rs.getString(9)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read article flags from " + db.file(), e);
        }
    }
}
