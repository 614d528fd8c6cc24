package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes of one import, batch after batch on one connection. A connection per batch would start each
 * batch with SQLite's page cache cold, and the unique key's index is read at random: at a million rows
 * that was most of the import's time.
 *
 * <p>Not thread-safe: one writer, as SQLite wants. Close it after {@link #commit()}: closing rolls back.
 */
public final class QuestionWriter implements AutoCloseable {

    /** 64 MiB of SQLite's own memory, not the Java heap: the row-key index of a few million rows fits. */
    private static final int CACHE_KIBIBYTES = 64 * 1024;
    private static final int COMMIT_ROWS = 200_000;
    /** Ids of texts already stored, so a text asked again costs a map look-up, not an upsert. */
    private static final int MAX_REMEMBERED = 400_000;

    private record Known(long id, long lastSeen) {}

    private final Database db;
    private final Connection connection;
    private final PreparedStatement text;
    private final PreparedStatement seen;
    private final PreparedStatement question;
    private final Map<String, Known> texts = new HashMap<>();
    /** Texts stored, and texts seen later than stored, since the last commit. */
    private final Map<String, Known> learnt = new HashMap<>();
    private final Map<String, Known> later = new HashMap<>();
    private long uncommitted;

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
                      text_id, text, article_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (row_key) DO NOTHING""");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Stores a batch. A row whose key is already stored is left alone. A batch in the order of its keys
     * changes the unique key's index page after page rather than all over it. Batches are committed together,
     * every {@value #COMMIT_ROWS} rows and by {@link #commit()}: each commit writes every page it changed to
     * the log once more, and the row-key index is changed all over at every batch.
     *
     * @return how many rows were new
     */
    public int addAll(List<QuestionRepository.NewQuestion> batch) {
        try {
            long[] textIds = new long[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                QuestionRepository.NewQuestion q = batch.get(i);
                Known known = texts.get(q.normal());
                if (known == null) known = learnt.get(q.normal());
                if (known == null) {
                    known = upsert(q);
                    learnt.put(q.normal(), known);
                } else if (q.at() > known.lastSeen()) {
                    later.merge(q.normal(), new Known(known.id(), q.at()),
                            (a, b) -> a.lastSeen() >= b.lastSeen() ? a : b);
                }
                textIds[i] = known.id();
            }
            int added = 0;
            for (int i = 0; i < batch.size(); i++) {
                QuestionRepository.NewQuestion q = batch.get(i);
                question.setBytes(1, q.key());
                question.setLong(2, q.at());
                question.setLong(3, q.day());
                question.setString(4, q.channel());
                question.setString(5, q.source());
                question.setString(6, q.province());
                question.setString(7, q.category());
                question.setString(8, q.outcome());
                question.setString(9, q.article());
                question.setLong(10, textIds[i]);
                question.setString(11, q.text());
                if (q.articleVersion() == null) question.setNull(12, Types.INTEGER);
                else question.setLong(12, q.articleVersion());
                added += question.executeUpdate();
            }
            uncommitted += batch.size();
            if (uncommitted >= COMMIT_ROWS) commit();
            return added;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof SQLException sql) throw StoreException.of("cannot store imported questions in " + db.file(), sql);
            throw (RuntimeException) e;
        }
    }

    /** Makes every batch added so far durable; what {@link #close()} does not do. */
    public void commit() {
        try {
            // one update per text since the last commit, however often it was asked
            for (Known k : later.values()) {
                seen.setLong(1, k.lastSeen());
                seen.setLong(2, k.id());
                seen.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            throw StoreException.of("cannot store imported questions in " + db.file(), e);
        }
        // the map learns only from what is committed: a transaction rolled back teaches it nothing
        if (texts.size() + learnt.size() > MAX_REMEMBERED) texts.clear();
        texts.putAll(learnt);
        texts.putAll(later);
        learnt.clear();
        later.clear();
        uncommitted = 0;
    }

    private void rollback(Exception cause) {
        learnt.clear();
        later.clear();
        uncommitted = 0;
        try {
            connection.rollback();
        } catch (SQLException again) {
            cause.addSuppressed(again);
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

    /** Rolls back what was not committed. */
    @Override
    public void close() {
        try (connection) {
            if (uncommitted > 0 || !learnt.isEmpty() || !later.isEmpty()) connection.rollback();
            text.close();
            seen.close();
            question.close();
        } catch (SQLException e) {
            throw StoreException.of("cannot close the import's connection to " + db.file(), e);
        }
    }
}
