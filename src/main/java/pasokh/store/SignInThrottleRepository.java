package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Failed sign-ins counted per key in fixed windows, and locks. In the database, so a restart does not
 * hand an attacker a fresh count, and several server processes count together.
 */
public final class SignInThrottleRepository {

    private final Database db;

    public SignInThrottleRepository(Database db) {
        this.db = db;
    }

    /** Until when (epoch millis) the key is locked; 0 when it is not. */
    public long lockedUntil(String key) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT locked_until FROM sign_in_throttle WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read the sign-in throttle in " + db.file(), e);
        }
    }

    /**
     * Counts one failure at {@code now}: a window older than {@code windowMillis} starts again at one; the
     * {@code limit}-th failure in a window locks the key until {@code now + lockMillis} and starts a new
     * window. One statement, so concurrent failures are all counted.
     *
     * @return the key's lock after this failure (0: not locked)
     */
    public long recordFailure(String key, long now, long windowMillis, int limit, long lockMillis) {
        try (Connection c = db.connect()) {
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO sign_in_throttle (key, failures, window_start, locked_until) VALUES (?, 1, ?, 0)
                    ON CONFLICT (key) DO UPDATE SET
                      failures = CASE WHEN window_start <= ? THEN 1 ELSE failures + 1 END,
                      window_start = CASE WHEN window_start <= ? THEN excluded.window_start ELSE window_start END""")) {
                p.setString(1, key);
                p.setLong(2, now);
                p.setLong(3, now - windowMillis);
                p.setLong(4, now - windowMillis);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    UPDATE sign_in_throttle SET locked_until = ?, failures = 0, window_start = ?
                    WHERE key = ? AND failures >= ?""")) {
                p.setLong(1, now + lockMillis);
                p.setLong(2, now);
                p.setString(3, key);
                p.setInt(4, limit);
                p.executeUpdate();
            }
            return lockedUntil(c, key);
        } catch (SQLException e) {
            throw StoreException.of("cannot count a failed sign-in in " + db.file(), e);
        }
    }

    /** Forgets a key's failures and lock (after a successful sign-in, or an admin's reset). */
    public void clear(String key) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("DELETE FROM sign_in_throttle WHERE key = ?")) {
            p.setString(1, key);
            p.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of("cannot reset the sign-in throttle in " + db.file(), e);
        }
    }

    private static long lockedUntil(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT locked_until FROM sign_in_throttle WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
