package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Many feedback rows at once, in one transaction, so a test reaches a cap in milliseconds. */
public final class FeedbackRows {

    private FeedbackRows() {}

    public static void insert(Database db, String slug, int count, Instant at) {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO feedback (slug, helpful, comment, created_at) VALUES (?, 1, NULL, ?)")) {
                for (int i = 0; i < count; i++) {
                    p.setString(1, slug);
                    p.setString(2, at.toString());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
