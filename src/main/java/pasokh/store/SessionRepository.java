package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Staff sessions, keyed by the hash of their id; each row joined with its user when read. */
public final class SessionRepository {

    /** A session and the state of its user at the time of reading. */
    public record SessionRow(String idHash, String userName, String roles, boolean userDisabled, long createdAt,
                             long lastSeenAt) {}

    private final Database db;

    public SessionRepository(Database db) {
        this.db = db;
    }

    /** @return false when there is no such user */
    public boolean add(String idHash, String userName, long at, String address) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO sessions (id_hash, user_id, created_at,"
                     + " last_seen_at, address) SELECT ?, id, ?, ?, ? FROM users WHERE name = ?")) {
            p.setString(1, idHash);
            p.setLong(2, at);
            p.setLong(3, at);
            p.setString(4, address);
            p.setString(5, userName);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.of("cannot start a session for " + userName + " in " + db.file(), e);
        }
    }

    public Optional<SessionRow> find(String idHash) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT s.id_hash, u.name, u.roles, u.disabled, s.created_at,"
                     + " s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?")) {
            p.setString(1, idHash);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new SessionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) != 0, rs.getLong(5), rs.getLong(6)));
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read a session from " + db.file(), e);
        }
    }

    public void touch(String idHash, long at) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?")) {
            p.setLong(1, at);
            p.setString(2, idHash);
            p.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of("cannot update a session in " + db.file(), e);
        }
    }

    /** @return whether a session was removed */
    public boolean delete(String idHash) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("DELETE FROM sessions WHERE id_hash = ?")) {
            p.setString(1, idHash);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.of("cannot end a session in " + db.file(), e);
        }
    }

    /** @return how many sessions the user had */
    public int deleteAllOf(String userName) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(
                     "DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)")) {
            p.setString(1, userName);
            return p.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of("cannot end the sessions of " + userName + " in " + db.file(), e);
        }
    }

    /** Removes sessions idle since before {@code idleBefore} or started before {@code startedBefore}. */
    public int deleteExpired(long idleBefore, long startedBefore) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(
                     "DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?")) {
            p.setLong(1, idleBefore);
            p.setLong(2, startedBefore);
            return p.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of("cannot remove expired sessions from " + db.file(), e);
        }
    }

    public int countOf(String userName) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(
                     "SELECT COUNT(*) FROM sessions WHERE user_id = (SELECT id FROM users WHERE name = ?)")) {
            p.setString(1, userName);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot count the sessions of " + userName + " in " + db.file(), e);
        }
    }
}
