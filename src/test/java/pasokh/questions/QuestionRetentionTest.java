package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.store.Database;
import pasokh.store.QuestionRepository;
import pasokh.testing.TestClock;

class QuestionRetentionTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

    @TempDir
    Path dir;

    private static QuestionRepository.NewQuestion row(byte key, ZonedDateTime at, String text) {
        byte[] k = new byte[16];
        k[0] = key;
        return new QuestionRepository.NewQuestion(k, at.toInstant().toEpochMilli(), at.toLocalDate().toEpochDay(),
                "1420", "test", "", "", "", "", "بیمه بیکار", MinHash.toBytes(MinHash.of(List.of("بیمه", "بیکار"))), text);
    }

    @Test
    void textsOlderThanTheRetentionAreDeletedAndTheirCountsStay() throws Exception {
        Database db = Database.open(dir.resolve("data"));
        QuestionRepository repo = new QuestionRepository(db);
        ZonedDateTime now = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, TEHRAN);
        repo.addAll(List.of(row((byte) 1, now.minusMonths(14), "پرسش قدیمی درباره بیمه بیکاری"),
                row((byte) 2, now.minusMonths(2), "پرسش تازه درباره بیمه بیکاری")));

        int deleted = new QuestionRetention(13).apply(repo, new TestClock(now));

        assertEquals(1, deleted);
        assertEquals(2, repo.count(), "both rows are still counted");
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT text FROM questions ORDER BY at")) {
            rs.next();
            assertEquals(null, rs.getString(1));
            rs.next();
            assertEquals("پرسش تازه درباره بیمه بیکاری", rs.getString(1));
        }
        assertEquals(List.of("پرسش تازه درباره بیمه بیکاری"), repo.wordings(1, 10));
    }

    @Test
    void theRetentionIsReadFromGapsPropertiesAndABadValueNamesTheFileAndKey() throws Exception {
        Files.writeString(dir.resolve("gaps.properties"), "questions.keep-text-months=6\n");
        assertEquals(6, QuestionRetention.load(dir).months());
        Files.writeString(dir.resolve("gaps.properties"), "questions.keep-text-months=forever\n");
        IOException e = assertThrows(IOException.class, () -> QuestionRetention.load(dir));
        assertEquals(true, e.getMessage().contains("gaps.properties") && e.getMessage().contains("keep-text-months"));
        Files.delete(dir.resolve("gaps.properties"));
        assertEquals(13, QuestionRetention.load(dir).months());
    }
}
