package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes of one import, batch after batch on one connection. A connection per batch would start each
 * batch with SQLite's page cache cold, and the unique key's index is read at random: at a million rows
 * that was most of the import's time.
 *
 * <p>Not thread-safe: one writer, as SQLite wants.
 */
public final class QuestionWriter implements AutoCloseable {

    /** 64 MiB of SQLite's own memory, not the Java heap: the row-key index of a few million rows fits. */
    private static final int CACHE_KIBIBYTES = 64 * 1024;
    /** Ids of texts already stored, so a text asked again costs a map look-up, not an upsert. */
    private static final int MAX_REMEMBERED = 400_000;

    private record Known(long id, long lastSeen) {}

    private final Database db;
    private final Connection connection;
    private final PreparedStatement text;
    private final PreparedStatement seen;
    private final PreparedStatement question;
    private final Map<String, Known> texts = new HashMap<>();

    QuestionWriter(Database db) throws SQLException {
        this.db = db;
        this.connection = db.connect();
        try {
            try (Statement s = connection.createStatement()) {
                // WAL without a sync per commit stays consistent after a crash; what the crash loses is the
                // last batches, and importing the file again adds exactly those
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA cache_size=-" + CACHE_KIBIBYTES);
            }
            connection.setAutoCommit(false);
            text = connection.prepareStatement("""
                    INSERT INTO question_texts (normal, signature, sample, last_seen) VALUES (?, ?, ?, ?)
                    ON CONFLICT (normal) DO UPDATE SET last_seen = MAX(last_seen, excluded.last_seen),
                      sample = COALESCE(sample, excluded.sample)
                    RETURNING id, last_seen""");
            seen = connection.prepareStatement("UPDATE question_texts SET last_seen = MAX(last_seen, ?) WHERE id = ?");
            question = connection.prepareStatement("""
                    INSERT INTO questions (row_key, at, day, channel, source, province, category, outcome, article,
                      text_id, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (row_key) DO NOTHING""");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Stores a batch in one transaction. A row whose key is already stored is left alone.
     *
     * @return how many rows were new
     */
    public int addAll(List<QuestionRepository.NewQuestion> batch) {
        // the map learns from a batch only once it is committed: a batch rolled back teaches it nothing
        Map<String, Known> learnt = new HashMap<>();
        Map<String, Known> later = new HashMap<>();
        try {
            int added = 0;
            for (QuestionRepository.NewQuestion q : batch) {
                Known known = texts.get(q.normal());
                if (known == null) known = learnt.get(q.normal());
                if (known == null) {
                    known = upsert(q);
                    learnt.put(q.normal(), known);
                } else if (q.at() > known.lastSeen()) {
                    later.merge(q.normal(), new Known(known.id(), q.at()),
                            (a, b) -> a.lastSeen() >= b.lastSeen() ? a : b);
                }
                question.setBytes(1, q.key());
                question.setLong(2, q.at());
                question.setLong(3, q.day());
                question.setString(4, q.channel());
                question.setString(5, q.source());
                question.setString(6, q.province());
                question.setString(7, q.category());
                question.setString(8, q.outcome());
                question.setString(9, q.article());
                question.setLong(10, known.id());
                question.setString(11, q.text());
                added += question.executeUpdate();
            }
            // one update per text and batch, however often the batch asked it
            for (Known k : later.values()) {
                seen.setLong(1, k.lastSeen());
                seen.setLong(2, k.id());
                seen.executeUpdate();
            }
            connection.commit();
            if (texts.size() + learnt.size() > MAX_REMEMBERED) texts.clear();
            texts.putAll(learnt);
            texts.putAll(later);
            return added;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException again) {
                e.addSuppressed(again);
            }
            if (e instanceof SQLException sql) throw StoreException.of("cannot store imported questions in " + db.file(), sql);
            throw (RuntimeException) e;
        }
    }

    /** A text new to this import: stored, or found stored by an earlier one and its last sighting moved on. */
    private Known upsert(QuestionRepository.NewQuestion q) throws SQLException {
        text.setString(1, q.normal());
        text.setBytes(2, q.signature());
        text.setString(3, q.text());
        text.setLong(4, q.at());
        try (ResultSet rs = text.executeQuery()) {
            rs.next();
            return new Known(rs.getLong(1), rs.getLong(2));
        }
    }

    @Override
    public void close() {
        try (connection) {
            text.close();
            seen.close();
            question.close();
        } catch (SQLException e) {
            throw StoreException.of("cannot close the import's connection to " + db.file(), e);
        }
    }
}
