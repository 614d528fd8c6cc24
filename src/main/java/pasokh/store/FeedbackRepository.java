package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reader feedback rows. */
public final class FeedbackRepository {

    private final Database db;

    public FeedbackRepository(Database db) {
        this.db = db;
    }

    public void add(String slug, boolean helpful, String comment, Instant at) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(
                     "INSERT INTO feedback (slug, helpful, comment, created_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, slug);
            p.setInt(2, helpful ? 1 : 0);
            p.setString(3, comment);
            p.setString(4, at.toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot save feedback for " + slug, e);
        }
    }

    /** How many readers said yes and no for one article. */
    public Tally tally(String slug) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement(
                     "SELECT COALESCE(SUM(helpful), 0), COUNT(*) FROM feedback WHERE slug = ?")) {
            p.setString(1, slug);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long yes = rs.getLong(1);
                return new Tally(yes, rs.getLong(2) - yes);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read feedback for " + slug, e);
        }
    }

    public record Tally(long helpful, long notHelpful) {}
}
