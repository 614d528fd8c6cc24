package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Staff users. Names arrive normalised; roles are a comma-separated list the account package reads. */
public final class UserRepository {

    public record UserRow(long id, String name, String passwordHash, String roles, boolean disabled,
                          long createdAt, Long lastSignInAt) {}

    private static final String COLUMNS = "id, name, password_hash, roles, disabled, created_at, last_sign_in_at";

    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    /** @return false when the name is taken (nothing is written) */
    public boolean add(String name, String passwordHash, String roles, long createdAt) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO users (name, password_hash, roles, created_at)"
                     + " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            p.setString(1, name);
            p.setString(2, passwordHash);
            p.setString(3, roles);
            p.setLong(4, createdAt);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.of("cannot add the user " + name + " to " + db.file(), e);
        }
    }

    public Optional<UserRow> find(String name) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read the user " + name + " from " + db.file(), e);
        }
    }

    public List<UserRow> all() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY name");
             ResultSet rs = p.executeQuery()) {
            List<UserRow> rows = new ArrayList<>();
            while (rs.next()) rows.add(row(rs));
            return rows;
        } catch (SQLException e) {
            throw StoreException.of("cannot list the users in " + db.file(), e);
        }
    }

    /** @return false when there is no such user */
    public boolean setDisabled(String name, boolean disabled) {
        return update("UPDATE users SET disabled = ? WHERE name = ?", name, p -> p.setInt(1, disabled ? 1 : 0));
    }

    public boolean setPasswordHash(String name, String passwordHash) {
        return update("UPDATE users SET password_hash = ? WHERE name = ?", name, p -> p.setString(1, passwordHash));
    }

    public boolean setRoles(String name, String roles) {
        return update("UPDATE users SET roles = ? WHERE name = ?", name, p -> p.setString(1, roles));
    }

    public void recordSignIn(String name, long at) {
        update("UPDATE users SET last_sign_in_at = ? WHERE name = ?", name, p -> p.setLong(1, at));
    }

    private interface Binder {
        void bindFirst(PreparedStatement p) throws SQLException;
    }

    private boolean update(String sql, String name, Binder first) {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            first.bindFirst(p);
            p.setString(2, name);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.of("cannot change the user " + name + " in " + db.file(), e);
        }
    }

    private static UserRow row(ResultSet rs) throws SQLException {
        long last = rs.getLong(7);
        boolean never = rs.wasNull();
        return new UserRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5) != 0,
                rs.getLong(6), never ? null : last);
    }
}
