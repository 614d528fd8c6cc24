package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Read counts per article. */
public final class ArticleReadRepository {

    private final Database db;

    public ArticleReadRepository(Database db) {
        this.db = db;
    }

    public Map<String, Long> all() {
        Map<String, Long> reads = new HashMap<>();
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT slug, reads FROM article_reads");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) reads.put(rs.getString(1), rs.getLong(2));
        } catch (SQLException e) {
            throw StoreException.of("cannot read article read counts in " + db.file(), e);
        }
        return reads;
    }

    /** Adds the given increments in one transaction. */
    public void addAll(Map<String, Long> increments) {
        if (increments.isEmpty()) return;
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO article_reads (slug, reads) VALUES (?, ?)"
                            + " ON CONFLICT(slug) DO UPDATE SET reads = reads + excluded.reads")) {
                for (var e : increments.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setLong(2, e.getValue());
                    p.addBatch();
                }
                p.executeBatch();
                c.commit();
            } catch (SQLException e) {
                // after SQLITE_FULL SQLite may have rolled back already; a failing rollback must not hide why
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot save article read counts in " + db.file(), e);
        }
    }
}
