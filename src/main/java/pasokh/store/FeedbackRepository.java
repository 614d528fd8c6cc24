package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Reader feedback rows. */
public final class FeedbackRepository {

    /**
     * {@code created_at} holds {@link Instant#toString()}, whose fraction has 0, 3, 6 or 9 digits: a whole
     * second's text ends in 'Z' and sorts after its own fractions. A bound written as the second without
     * the 'Z' sorts before every text of that second and after every text before it.
     */
    private static final DateTimeFormatter SORTABLE_SECOND =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

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
            throw StoreException.of("cannot save feedback for " + slug + " in " + db.file(), e);
        }
    }

    /**
     * Stores one answer unless the table already holds {@code maxTotal} rows, or {@code maxSince} rows made
     * at or after {@code since}. Count and insert are one statement, so with SQLite's single writer two
     * submissions cannot both take the last place.
     *
     * @return whether the answer was stored
     * @throws StorageFullException when the disk (or the database's size limit) has no room for it
     */
    public boolean addWithinCaps(String slug, boolean helpful, String comment, Instant at,
                                 Instant since, long maxSince, long maxTotal) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("""
                     INSERT INTO feedback (slug, helpful, comment, created_at)
                     SELECT ?, ?, ?, ?
                     WHERE (SELECT COUNT(*) FROM feedback) < ?
                       AND (SELECT COUNT(*) FROM feedback WHERE created_at >= ?) < ?""")) {
            p.setString(1, slug);
            p.setInt(2, helpful ? 1 : 0);
            p.setString(3, comment);
            p.setString(4, at.toString());
            p.setLong(5, maxTotal);
            p.setString(6, SORTABLE_SECOND.format(since));
            p.setLong(7, maxSince);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.of("cannot save feedback for " + slug + " in " + db.file(), e);
        }
    }

    /** How many answers are stored in all. */
    public long count() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM feedback");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw StoreException.of("cannot count feedback in " + db.file(), e);
        }
    }

    /** How many answers were stored at or after {@code since}. */
    public long countSince(Instant since) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM feedback WHERE created_at >= ?")) {
            p.setString(1, SORTABLE_SECOND.format(since));
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot count feedback in " + db.file(), e);
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
            throw StoreException.of("cannot read feedback for " + slug + " in " + db.file(), e);
        }
    }

    public record Tally(long helpful, long notHelpful) {}
}
