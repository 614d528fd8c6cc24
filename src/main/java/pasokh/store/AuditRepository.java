package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit log: rows are only ever added. */
public final class AuditRepository {

    public record AuditRow(long id, long at, String actor, String action, String target, String address,
                           String detail) {}

    private static final String COLUMNS = "SELECT id, at, actor, action, target, address, detail";

    private final Database db;

    public AuditRepository(Database db) {
        this.db = db;
    }

    public void add(long at, String actor, String action, String target, String address, String detail) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (at, actor, action, target, address,"
                     + " detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, at);
            p.setString(2, actor);
            p.setString(3, action);
            p.setString(4, target);
            p.setString(5, address);
            p.setString(6, detail);
            p.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of("cannot write the audit log in " + db.file(), e);
        }
    }

    /** Newest first, rows at or after {@code since}, {@code limit} of them after skipping {@code offset}. */
    public List<AuditRow> newestFirst(long since, int offset, int limit) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(COLUMNS
                     + " FROM audit_log WHERE at >= ? ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")) {
            p.setLong(1, since);
            p.setInt(2, limit);
            p.setInt(3, offset);
            return rows(p);
        } catch (SQLException e) {
            throw StoreException.of("cannot read the audit log in " + db.file(), e);
        }
    }

    /** Oldest first, rows with an id above {@code afterId} at or after {@code since}: for reading the whole log. */
    public List<AuditRow> oldestFirst(long since, long afterId, int limit) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(COLUMNS
                     + " FROM audit_log WHERE at >= ? AND id > ? ORDER BY id LIMIT ?")) {
            p.setLong(1, since);
            p.setLong(2, afterId);
            p.setInt(3, limit);
            return rows(p);
        } catch (SQLException e) {
            throw StoreException.of("cannot read the audit log in " + db.file(), e);
        }
    }

    /** The newest {@code limit} rows about one target (an article's slug, a user's name). */
    public List<AuditRow> newestAbout(String target, int limit) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(COLUMNS
                     + " FROM audit_log WHERE target = ? ORDER BY at DESC, id DESC LIMIT ?")) {
            p.setString(1, target);
            p.setInt(2, limit);
            return rows(p);
        } catch (SQLException e) {
            throw StoreException.of("cannot read the audit log in " + db.file(), e);
        }
    }

    public long countSince(long since) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE at >= ?")) {
            p.setLong(1, since);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot count the audit log in " + db.file(), e);
        }
    }

    private static List<AuditRow> rows(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            List<AuditRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new AuditRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
            return rows;
        }
    }
}
