package pasokh.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;

/** Imported questions (already scrubbed) and their distinct analysed texts. */
public final class QuestionRepository {

    /**
     * One question to store; {@code normal} is its analysed form, shared by every wording that analyses alike.
     *
     * @param articleVersion the version of {@code article}'s published revision the agent had open (0: the article
     *                       was never taken into revisions); null for imported and site rows
     */
    public record NewQuestion(byte[] key, long at, long day, String channel, String source, String province,
                              String category, String outcome, String article, String normal, byte[] signature,
                              String text, Long articleVersion) {

        /** A question no agent recorded: no revision of its article is known. */
        public NewQuestion(byte[] key, long at, long day, String channel, String source, String province,
                           String category, String outcome, String article, String normal, byte[] signature,
                           String text) {
            this(key, at, day, channel, source, province, category, outcome, article, normal, signature, text, null);
        }
    }

    /** The source of the questions agents record during a call ({@code RecordedQuestions}). */
    public static final String RECORDED_SOURCE = "agent";

    /** A distinct analysed text with its MinHash signature. */
    public record TextRow(long id, String normal, byte[] signature, String sample) {}

    /** How often one text was asked on one day through one channel, in one province. */
    public record DemandRow(long textId, long day, String channel, String province, String article, long count) {}

    private final Database db;

    public QuestionRepository(Database db) {
        this.db = db;
    }

    /** For an import: every batch on one connection. Close it when the import ends. */
    public QuestionWriter writer() {
        try {
            return new QuestionWriter(db);
        } catch (SQLException e) {
            throw StoreException.of("cannot open " + db.file() + " to import questions", e);
        }
    }

    /**
     * Stores one batch in one transaction. A row whose key is already stored is left alone.
     *
     * @return how many rows were new
     */
    public int addAll(List<NewQuestion> batch) {
        try (QuestionWriter writer = writer()) {
            int added = writer.addAll(batch);
            writer.commit();
            return added;
        }
    }

    /**
     * Stores one question and answers its id. Its key must be new: a question recorded by hand is never the
     * same row as another.
     */
    public long addOne(NewQuestion question) {
        if (addAll(List.of(question)) != 1) throw new StoreException("a question with this key is already stored", null);
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT id FROM questions WHERE row_key = ?")) {
            p.setBytes(1, question.key());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read a stored question from " + db.file(), e);
        }
    }

    /** How many questions agents recorded on days {@code fromDay} to {@code toDay}; reads their own index only. */
    public long countRecorded(long fromDay, long toDay) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM questions INDEXED BY questions_recorded_by_day"
                     + " WHERE source = '" + RECORDED_SOURCE + "' AND day BETWEEN ? AND ?")) {
            p.setLong(1, fromDay);
            p.setLong(2, toDay);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot count recorded questions in " + db.file(), e);
        }
    }

    public interface TextVisitor {
        void visit(TextRow row);
    }

    public void forEachText(TextVisitor visitor) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT id, normal, signature, sample FROM question_texts");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) visitor.visit(new TextRow(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4)));
        } catch (SQLException e) {
            throw StoreException.of("cannot read question texts from " + db.file(), e);
        }
    }

    public interface DemandVisitor {
        void visit(DemandRow row);
    }

    /** Counts per text, day, channel, province and named article, for days {@code fromDay} to {@code toDay}. */
    public void forEachDemand(long fromDay, long toDay, DemandVisitor visitor) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("""
                     SELECT text_id, day, channel, province, article, COUNT(*) FROM questions
                     WHERE day BETWEEN ? AND ? GROUP BY text_id, day, channel, province, article""")) {
            p.setLong(1, fromDay);
            p.setLong(2, toDay);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    visitor.visit(new DemandRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read question counts from " + db.file(), e);
        }
    }

    /**
     * How many questions each text had on days {@code fromDay} to {@code toDay}: the count of text id
     * {@code i} at index {@code i}. Reads the (day, text) index only, not the questions.
     */
    public long[] countsByText(long fromDay, long toDay) {
        try (Connection c = db.connect()) {
            long[] counts;
            try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM question_texts");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                counts = new long[Math.toIntExact(rs.getLong(1) + 1)];
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT text_id FROM questions INDEXED BY questions_by_day_text WHERE day BETWEEN ? AND ?")) {
                p.setLong(1, fromDay);
                p.setLong(2, toDay);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) counts[(int) rs.getLong(1)]++;
                }
            }
            return counts;
        } catch (SQLException e) {
            throw StoreException.of("cannot count questions in " + db.file(), e);
        }
    }

    public interface SignatureVisitor {
        /** @param blank the text analysed to no term at all (a greeting, «؟؟؟») */
        void visit(long id, byte[] signature, boolean blank);
    }

    /** Every text's signature, without its wordings: what grouping needs, and a tenth of the text's bytes. */
    public void forEachSignature(SignatureVisitor visitor) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT id, signature, normal = '' FROM question_texts");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) visitor.visit(rs.getLong(1), rs.getBytes(2), rs.getBoolean(3));
        } catch (SQLException e) {
            throw StoreException.of("cannot read question texts from " + db.file(), e);
        }
    }

    public Optional<TextRow> text(long id) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT id, normal, signature, sample FROM question_texts WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new TextRow(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read question texts from " + db.file(), e);
        }
    }

    /**
     * One question as the gap report reads it, valid during the visit only. A field is read when asked for:
     * most of a popular text's million wordings are never asked for.
     */
    public interface QuestionRow {
        long textId();

        long day();

        long at();

        String channel();

        String province();

        String article();

        /** Null once retention has removed it. */
        String text();

        /** The version of {@link #article()} an agent had open; null when no agent recorded the question. */
        Long articleVersion();
    }

    public interface QuestionVisitor {
        void visit(QuestionRow row);
    }

    /**
     * Every question of days {@code fromDay} to {@code toDay} whose text {@code wanted} accepts; the others
     * are skipped before their other fields are read. The questions are read in {@code parts.size()} slices
     * side by side, one visitor each, so that every core reads.
     */
    public void forEachQuestion(long fromDay, long toDay, LongPredicate wanted, List<QuestionVisitor> parts) {
        long last;
        boolean most;
        try (Connection c = db.connect()) {
            last = lastQuestionId(c);
            // a period of most of the table is read straight through: by the day's index, every question
            // would cost a look-up of its row elsewhere in the file
            most = count(c, fromDay, toDay) * 4 > last;
        } catch (SQLException e) {
            throw StoreException.of("cannot read questions from " + db.file(), e);
        }
        long slice = last / parts.size() + 1;
        IntStream.range(0, parts.size()).parallel().forEach(i -> forEachQuestion(fromDay, toDay, i * slice + 1,
                (i + 1) * slice, most, wanted, parts.get(i)));
    }

    private void forEachQuestion(long fromDay, long toDay, long fromId, long toId, boolean scan, LongPredicate wanted,
                                 QuestionVisitor visitor) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT text_id, day, at, channel, province, article, text,"
                     + " article_version"
                     + " FROM questions" + (scan ? " NOT INDEXED" : "") + " WHERE id BETWEEN ? AND ?"
                     + " AND day BETWEEN ? AND ?")) {
            p.setLong(1, fromId);
            p.setLong(2, toId);
            p.setLong(3, fromDay);
            p.setLong(4, toDay);
            try (ResultSet rs = p.executeQuery()) {
                Cursor cursor = new Cursor(rs);
                while (rs.next()) {
                    if (wanted.test(rs.getLong(1))) visitor.visit(cursor);
                }
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read questions from " + db.file(), e);
        }
    }

    private static long count(Connection c, long fromDay, long toDay) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM questions WHERE day BETWEEN ? AND ?")) {
            p.setLong(1, fromDay);
            p.setLong(2, toDay);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long lastQuestionId(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM questions");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Cursor(ResultSet rs) implements QuestionRow {
        @Override
        public long textId() {
            return get(() -> rs.getLong(1));
        }

        @Override
        public long day() {
            return get(() -> rs.getLong(2));
        }

        @Override
        public long at() {
            return get(() -> rs.getLong(3));
        }

        @Override
        public String channel() {
            return get(() -> rs.getString(4));
        }

        @Override
        public String province() {
            return get(() -> rs.getString(5));
        }

        @Override
        public String article() {
            return get(() -> rs.getString(6));
        }

        @Override
        public String text() {
            return get(() -> rs.getString(7));
        }

        @Override
        public Long articleVersion() {
            return get(() -> {
                long v = rs.getLong(8);
                return rs.wasNull() ? null : v;
            });
        }

        private interface Column<T> {
            T read() throws SQLException;
        }

        private static <T> T get(Column<T> column) {
            try {
                return column.read();
            } catch (SQLException e) {
                throw new StoreException("cannot read a question's field", e);
            }
        }
    }

    /**
     * Up to {@code limit} distinct kept wordings of one text id, newest first. Reads every question (no index
     * has the text first): for one text now and then, not for each group of a report.
     */
    public List<String> wordings(long textId, int limit) {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT text FROM questions WHERE text_id = ? AND text IS NOT NULL"
                     + " GROUP BY text ORDER BY MAX(at) DESC LIMIT ?")) {
            p.setLong(1, textId);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) out.add(rs.getString(1));
                return out;
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read questions from " + db.file(), e);
        }
    }

    /**
     * Retention: deletes the texts of questions asked before {@code before} (their counts stay), and the sample
     * wording of texts last seen before it.
     *
     * @return how many question texts were deleted
     */
    public int forgetTextsBefore(long before) {
        try (Connection c = db.connect()) {
            // overwrite the deleted text in the file's pages too, not only unlink it
            try (var s = c.createStatement()) {
                s.execute("PRAGMA secure_delete=ON");
            }
            c.setAutoCommit(false);
            int n;
            try (PreparedStatement q = c.prepareStatement("UPDATE questions SET text = NULL WHERE at < ? AND text IS NOT NULL");
                 PreparedStatement t = c.prepareStatement("UPDATE question_texts SET sample = NULL WHERE last_seen < ?")) {
                q.setLong(1, before);
                n = q.executeUpdate();
                t.setLong(1, before);
                t.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
            return n;
        } catch (SQLException e) {
            throw StoreException.of("cannot apply the retention period in " + db.file(), e);
        }
    }

    public long count() {
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM questions");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw StoreException.of("cannot count questions in " + db.file(), e);
        }
    }

    /**
     * One wording of one analysed text ({@code normal}), asked {@code count} times with {@code article} named as
     * its answer, last at {@code newest}; {@code text} is null for the questions whose wording retention deleted.
     */
    public record AnsweredRow(long textId, String normal, String article, String text, long count, long newest) {}

    public interface AnsweredVisitor {
        void visit(AnsweredRow row);
    }

    /**
     * Every question that names the article that answered it, counted by text, article and wording, for the texts
     * asked at least {@code minCount} times with that article, leaving out the channels given (ids) and texts that
     * analysed to nothing. One pass over the questions, grouped in SQLite (0.6 s for 1.5 million rows).
     */
    public void forEachAnswered(Set<String> leftOutChannels, long minCount, AnsweredVisitor visitor) {
        String placeholders = String.join(", ", Collections.nCopies(Math.max(1, leftOutChannels.size()), "?"));
        try (Connection c = db.connect();
             PreparedStatement p = c.prepareStatement("""
                     SELECT w.text_id, t.normal, w.article, w.text, w.n, w.newest FROM (
                       SELECT g.*, SUM(g.n) OVER (PARTITION BY g.text_id, g.article) AS total FROM (
                         SELECT text_id, article, text, COUNT(*) AS n, MAX(at) AS newest FROM questions
                         WHERE article <> '' AND channel NOT IN (%s) GROUP BY text_id, article, text) g) w
                     JOIN question_texts t ON t.id = w.text_id WHERE w.total >= ? AND t.normal <> ''"""
                     .formatted(placeholders))) {
            int i = 1;
            if (leftOutChannels.isEmpty()) p.setString(i++, "");
            for (String channel : leftOutChannels) p.setString(i++, channel);
            p.setLong(i, minCount);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    visitor.visit(new AnsweredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw StoreException.of("cannot read answered questions from " + db.file(), e);
        }
    }
}
