package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.article.MarkdownRenderer;
import pasokh.article.PersianDigits;
import pasokh.knowledge.KnowledgeBase;
import pasokh.questions.ImportSummary;
import pasokh.questions.QuestionImporter;
import pasokh.store.Database;
import pasokh.store.QuestionRepository;

/** 2,000 lines from the shipped articles and labelled questions, imported by the real importer. */
class SyntheticQuestionLogTest {

    static final Path ARTICLES = Path.of("articles");
    static final Path LABELLED = Path.of("eval/gaps/labelled.tsv");
    static final int LINES = 2000;

    @TempDir
    static Path dir;

    static SyntheticQuestionLog.Report log;
    static ImportSummary first;
    static ImportSummary again;
    static Path data;

    @BeforeAll
    static void generateAndImport() throws IOException {
        log = SyntheticQuestionLog.generate(plan(7, dir.resolve("logs")));
        data = dir.resolve("data");
        try (KnowledgeBase kb = KnowledgeBase.open(new PortalPaths(ARTICLES, Path.of("index-config"), data),
                new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY)) {
            QuestionRepository repository = new QuestionRepository(Database.open(data));
            first = importer(repository, kb).importFiles(log.paths(), QuestionImporter.Options.DETECT,
                    QuestionImporter.Progress.NONE, p -> {});
            again = importer(repository, kb).importFiles(log.paths(), QuestionImporter.Options.DETECT,
                    QuestionImporter.Progress.NONE, p -> {});
        }
    }

    private static SyntheticQuestionLog.Plan plan(long seed, Path target) {
        return new SyntheticQuestionLog.Plan(LINES, seed, ARTICLES, LABELLED, target);
    }

    private static QuestionImporter importer(QuestionRepository repository, KnowledgeBase kb) {
        return new QuestionImporter(repository, () -> kb.current().analysis(), Portal.READERS_ZONE);
    }

    @Test
    void everyLineIsInOneOfFourFilesOfFourFormats() {
        assertEquals(LINES, log.rows());
        assertEquals(List.of("UTF8_CSV", "CP1256_CSV", "UTF16_TSV", "JSON_LINES"),
                log.files().stream().map(SyntheticQuestionLog.LogFile::format).toList());
        for (SyntheticQuestionLog.LogFile f : log.files()) assertTrue(f.rows() > 100, f.toString());
        assertTrue(log.nextDay().rows() > 0 && log.nextDay().rows() < LINES / 50, log.nextDay().toString());
        assertEquals(SyntheticQuestionLog.FIRST_DAY.plusDays(SyntheticQuestionLog.DAYS - 1), log.lastDay());
    }

    @Test
    void eachFileIsInItsEncoding() throws IOException {
        byte[] utf8 = bytes(0);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(utf8, 3));
        String cp1256 = new String(bytes(1), Charset.forName("windows-1256"));
        assertTrue(cp1256.startsWith("شماره پيگيري,"), cp1256.substring(0, 40));
        assertTrue(cp1256.contains("ي") && cp1256.contains("ك"), "Arabic yeh and kaf");
        assertFalse(cp1256.contains("ی") || cp1256.contains("ک"), "Persian yeh and keheh written the old way");
        assertTrue(Pattern.compile("\\n[^,]+,14\\d\\d[/-]\\d\\d[/-]\\d\\d \\d\\d:\\d\\d").matcher(cp1256).find(), "Jalali times");
        byte[] utf16 = bytes(2);
        assertEquals(0xFF, utf16[0] & 0xFF);
        assertEquals(0xFE, utf16[1] & 0xFF);
        assertTrue(new String(utf16, 2, utf16.length - 2, StandardCharsets.UTF_16LE).startsWith("ticket\tdate\t"));
        assertTrue(new String(bytes(3), StandardCharsets.UTF_8).startsWith("{\"id\":"));
    }

    @Test
    void aboutHalfAPercentOfRowsAreBrokenAndExactlyThoseAreSkipped() {
        assertTrue(log.faulty() >= 2 && log.faulty() <= 25, "broken rows: " + log.faulty());
        assertEquals(new ImportSummary(LINES, LINES - log.faulty(), 0, log.faulty()), first);
    }

    @Test
    void importingTheSameFilesAgainAddsNothing() {
        assertEquals(new ImportSummary(LINES, 0, LINES - log.faulty(), log.faulty()), again);
    }

    @Test
    void questionsRepeatWithAHeavyTail() throws Exception {
        List<Long> counts = new ArrayList<>();
        try (Connection c = Database.open(data).connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM questions GROUP BY text_id ORDER BY 1 DESC")) {
            while (rs.next()) counts.add(rs.getLong(1));
        }
        assertTrue(counts.getFirst() >= 20, "the most asked text: " + counts.getFirst());
        assertTrue(counts.size() > 300, "distinct texts: " + counts.size());
        assertTrue(counts.stream().filter(n -> n == 1).count() > counts.size() / 3, "a long tail asked once");
    }

    @Test
    void personalNumbersAreInTheFilesButNowhereUnderTheDataFolder() throws Exception {
        Set<String> numbers = new HashSet<>();
        Set<String> mails = new HashSet<>();
        for (int i = 0; i < log.files().size(); i++) {
            String text = PersianDigits.toLatin(decoded(i));
            Matcher m = Pattern.compile("(?<!\\d)\\d{10,}(?!\\d)").matcher(text);
            while (m.find()) numbers.add(m.group());
            Matcher mail = Pattern.compile("[a-z0-9._]+@[a-z]+\\.[a-z]+").matcher(text);
            while (mail.find()) mails.add(mail.group());
        }
        assertTrue(numbers.size() > 50, "national IDs, mobiles, cards in the files: " + numbers.size());
        assertTrue(mails.size() > 3, "e-mail addresses in the files: " + mails.size());
        List<Path> stored;
        try (Stream<Path> files = Files.walk(data)) {
            stored = files.filter(Files::isRegularFile).toList();
        }
        for (Path f : stored) {
            String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String n : numbers) assertFalse(raw.contains(n), n + " in " + f);
            for (String mail : mails) assertFalse(raw.contains(mail), mail + " in " + f);
        }
        try (Connection c = Database.open(data).connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM questions WHERE text LIKE '%‹موبایل›%'")) {
            rs.next();
            assertTrue(rs.getLong(1) > 10, "mobiles became placeholders");
        }
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
        SyntheticQuestionLog.Report same = SyntheticQuestionLog.generate(plan(7, dir.resolve("same")));
        SyntheticQuestionLog.Report other = SyntheticQuestionLog.generate(plan(8, dir.resolve("other")));
        for (int i = 0; i < log.files().size(); i++) {
            assertArrayEquals(Files.readAllBytes(log.files().get(i).path()), Files.readAllBytes(same.files().get(i).path()));
            assertNotEquals(Files.size(log.files().get(i).path()), Files.size(other.files().get(i).path()));
        }
    }

    @Test
    void aFolderItDidNotMakeIsRefused() throws IOException {
        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> SyntheticQuestionLog.generate(plan(1, foreign)));
        assertTrue(e.getMessage().contains("was not made by the log generator"), e.getMessage());
        assertTrue(Files.exists(foreign.resolve("notes.txt")));
    }

    private static byte[] bytes(int file) throws IOException {
        return Files.readAllBytes(log.files().get(file).path());
    }

    private static String decoded(int file) throws IOException {
        Charset charset = switch (log.files().get(file).format()) {
            case "CP1256_CSV" -> Charset.forName("windows-1256");
            case "UTF16_TSV" -> StandardCharsets.UTF_16LE;
            default -> StandardCharsets.UTF_8;
        };
        return new String(bytes(file), charset);
    }
}
