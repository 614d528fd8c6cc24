package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class GapsCommandTest {

    @TempDir
    Path dir;

    ScratchKnowledgeBase kb;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void knowledgeBase() {
        kb = new ScratchKnowledgeBase(dir.resolve("kb"));
        kb.article("unemployment", "unemployment-insurance", "بیمه بیکاری", "شرایط و ثبت نام بیمه بیکاری",
                ArticleText.questions("بیمه بیکاری"),
                "برای ثبت نام بیمه بیکاری به سامانه بروید. شرایط دریافت بیمه بیکاری: بیکاری غیرارادی و سابقه پرداخت.");
        kb.article("retirement", "pension-payment", "واریز مستمری", "زمان واریز مستمری بازنشستگی",
                ArticleText.questions("واریز مستمری"), "مستمری بازنشستگی در پایان هر ماه واریز میشود.");
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--articles", kb.articles().toString(), "--config", kb.config().toString(),
                "--data", kb.data().toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    void importLog() throws IOException {
        StringBuilder log = new StringBuilder("time,channel,text\n");
        for (int i = 0; i < 6; i++) log.append("2026-11-").append(20 + i).append(" 10:00,1420,شرایط دریافت بیمه بیکاری چیه\n");
        for (int i = 0; i < 3; i++) log.append("2026-11-").append(20 + i).append(" 11:00,sms,مستمری بازنشستگی کی واریز میشه\n");
        for (int i = 0; i < 2; i++) log.append("2026-11-").append(21 + i).append(" 12:00,portal,قیمت دلار امروز چنده\n");
        log.append("2026-10-01 12:00,portal,پاسپورتم گم شده\n");
        Path file = dir.resolve("log.csv");
        Files.writeString(file, log.toString(), StandardCharsets.UTF_8);
        Run r = run("import-questions", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Questions: read 12, imported 12, already present 0, skipped 0.\n", r.out());
    }

    @Test
    void theReportIsPrintedAndWrittenAsJsonAndCsv() throws IOException {
        importLog();
        Path json = dir.resolve("out/gaps.json");
        Files.createDirectories(json.getParent());
        Path csv = dir.resolve("out/gaps.csv");
        Instant before = Instant.now();
        Run r = run("gaps", "--json", json.toString(), "--csv", csv.toString(), "--since", "2026-11-01", "--until",
                "2026-11-30");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("11 questions, 3 distinct texts, 3 groups reported (1405-08-10 to 1405-09-09, Jalali)", lines.get(0));
        assertTrue(lines.get(1).startsWith("RANK  VERDICT"), lines.get(1));
        assertTrue(lines.get(2).matches(" +1  \\w+ +6 .*شرایط دریافت بیمه بیکاری چیه"), lines.get(2));
        assertTrue(lines.get(3).matches(" +2  \\w+ +3 .*"), lines.get(3));
        assertTrue(lines.get(4).matches(" +3  \\w+ +2 .*قیمت دلار امروز چنده"), lines.get(4));
        assertFalse(r.out().contains("پاسپورتم"), "before --since: " + r.out());

        JsonNode report = new ObjectMapper().readTree(Files.readString(json, StandardCharsets.UTF_8));
        Instant generated = Instant.parse(report.get("generatedAt").asText());
        assertFalse(generated.isBefore(before.minusSeconds(1)), generated.toString());
        assertEquals(3, report.get("groups").size());
        JsonNode first = report.get("groups").get(0);
        assertEquals(6, first.get("size").asInt());
        assertEquals("شرایط دریافت بیمه بیکاری چیه", first.get("representative").asText());
        assertEquals(6, first.get("channels").get("1420").asInt());
        assertEquals("2026-11-20", first.get("firstSeen").asText());
        assertEquals("2026-11-25", first.get("lastSeen").asText());
        JsonNode third = report.get("groups").get(2);
        assertTrue(List.of("missing", "weak").contains(third.get("verdict").asText()), third.toString());

        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "a UTF-8 BOM, for Excel");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(List.of("rank", "id", "verdict", "size", "trend", "best_article", "score", "coverage",
                    "channels", "first_seen", "last_seen", "representative", "questions", "articles_named"),
                    p.getHeaderNames(), "the articles the questions themselves name (agents, CRM) come last");
            records = p.getRecords();
        }
        assertEquals(3, records.size());
        assertEquals("1", records.get(0).get("rank"));
        assertEquals("6", records.get(0).get("size"));
        assertEquals(first.get("id").asText(), records.get(0).get("id"));
        assertEquals("شرایط دریافت بیمه بیکاری چیه", records.get(0).get("representative"));
        assertEquals("1420:6", records.get(0).get("channels"));
    }

    @ParameterizedTest
    @CsvSource({"1405-08-01, 1405-09-09", "1405/08/01, 1405/09/09", "۱۴۰۵-۰۸-۰۱, ۱۴۰۵-۰۹-۰۹"})
    void jalaliDatesAreReadForSinceAndUntil(String since, String until) throws IOException {
        importLog();
        // 1 Aban 1405 is 23 October 2026; 9 Azar 1405 is 30 November 2026
        Run r = run("gaps", "--since", since, "--until", until);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("11 questions, 3 distinct texts, 3 groups reported (1405-08-01 to 1405-09-09, Jalali)"),
                r.out());
    }

    @Test
    void sinceAfterUntilExits2() throws IOException {
        importLog();
        Run r = run("gaps", "--since", "2026-12-01", "--until", "2026-11-01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--until is before --since"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDateThatIsNoDateExits2() {
        Run r = run("gaps", "--since", "1405-13-01");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--since: '1405-13-01' is not a date"), r.err());
        Run until = run("gaps", "--until", "yesterday");
        assertEquals(2, until.code());
        assertTrue(until.err().contains("--until: 'yesterday' is not a date"), until.err());
    }

    @Test
    void groupsOutOfRangeExit2() {
        Run r = run("gaps", "--groups", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--groups must be between 1 and 100000, not 0"), r.err());
    }

    @Test
    void groupsLimitsTheReport() throws IOException {
        importLog();
        Run r = run("gaps", "--groups", "2", "--since", "2026-11-01", "--until", "2026-11-30");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("11 questions, 3 distinct texts, 2 groups reported"), r.out());
    }

    @Test
    void anEmptyDatabaseReportsNothing() {
        Run r = run("gaps");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("0 questions, 0 distinct texts, 0 groups reported"), r.out());
    }

    @Test
    void calibratePrintsTheFiguresAndTheBestThresholds() throws IOException {
        Path labelled = dir.resolve("labelled.tsv");
        Files.writeString(labelled, String.join("\n",
                "question\tlabel\tnote",
                "شرایط دریافت بیمه بیکاری چیه\tcovered\tunemployment-insurance",
                "ثبت نام بیمه بیکاری کجاست\tcovered\tunemployment-insurance",
                "مستمری بازنشستگی کی واریز میشه\tcovered\tpension-payment",
                "قیمت دلار امروز چنده\tmissing\tother organisation: central bank",
                "پاسپورتم گم شده چیکار کنم\tmissing\tother organisation: passports",
                "سلام\tmissing\tno question: greeting") + "\n", StandardCharsets.UTF_8);
        Run r = run("gaps", "--calibrate", labelled.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("6 labelled questions in " + labelled + ": 3 covered, 3 missing\n"), r.out());
        assertTrue(r.out().contains("current thresholds GapThresholds["), r.out());
        assertTrue(r.out().contains("best thresholds GapThresholds["), r.out());
        Matcher recall = Pattern.compile("unanswered flagged missing or weak: (\\d)/3 \\(recall ([0-9.]+)\\)")
                .matcher(r.out());
        assertTrue(recall.find(), r.out());
        assertEquals(Integer.parseInt(recall.group(1)) / 3.0, Double.parseDouble(recall.group(2)), 0.001);
        assertTrue(r.out().contains("answered called missing: "), r.out());
        assertTrue(Pattern.compile("gaps.properties:\n  missing.max-coverage=[0-9.]+\n  missing.max-score=[0-9.]+\n"
                + "  weak.max-coverage=[0-9.]+\n  weak.max-score=[0-9.]+\n").matcher(r.out()).find(), r.out());
    }

    @Test
    void aMissingCalibrationFileExits2NamingIt() {
        Path missing = dir.resolve("nowhere.tsv");
        Run r = run("gaps", "--calibrate", missing.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(missing.toString()), r.err());
    }
}
