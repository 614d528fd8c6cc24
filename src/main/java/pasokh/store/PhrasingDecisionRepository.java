package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** Editors' decisions about proposed phrasings: one per analysed wording and article, never made twice. */
public final class PhrasingDecisionRepository {

    /** A wording's analysed form and the article it was proposed for. */
    public record Key(String normal, String slug) {}

    private final Database db;

    public PhrasingDecisionRepository(Database db) {
        this.db = db;
    }

    /**
     * Records the decision unless one is already recorded for the wording and article; one statement, so two
     * editors deciding at the same moment cannot both succeed.
     *
     * @return whether this decision was recorded
     */
    public boolean decide(Key key, String decision, String user, long at) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("INSERT INTO phrasing_decisions (normal, slug, decision, user, at)"
                     + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (normal, slug) DO NOTHING")) {
            p.setString(1, key.normal());
            p.setString(2, key.slug());
            p.setString(3, decision);
            p.setString(4, user);
            p.setLong(5, at);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.of("cannot record a phrasing decision in " + db.file(), e);
        }
    }

    /** Takes back a decision whose action failed, so the wording is proposed again. */
    public void forget(Key key) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("DELETE FROM phrasing_decisions WHERE normal = ? AND slug = ?")) {
            p.setString(1, key.normal());
            p.setString(2, key.slug());
            p.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of("cannot remove a phrasing decision from " + db.file(), e);
        }
    }

    public Set<Key> all() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT normal, slug FROM phrasing_decisions");
             ResultSet rs = p.executeQuery()) {
            Set<Key> out = new HashSet<>();
            while (rs.next()) out.add(new Key(rs.getString(1), rs.getString(2)));
            return out;
        } catch (SQLException e) {
            throw StoreException.of("cannot read phrasing decisions from " + db.file(), e);
        }
    }
}
