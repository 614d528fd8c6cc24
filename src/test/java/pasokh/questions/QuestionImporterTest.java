package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuestionImporterTest {

    @TempDir
    static Path shared;

    static GapFixture fixture;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws IOException {
        fixture = GapFixture.shipped(shared);
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    static final List<String> HEADER = List.of("time", "channel", "text", "province");
    static final List<List<String>> ROWS = List.of(
            List.of("2026-11-22T10:30", "1420", "سلام, شرایط بیمه بیکاری چیه؟ کارفرما اخراجم کرد", "تهران"),
            List.of("1405/09/02 11:00", "پیامک", "مستمری بازنشستگی کی واریز میشه", "اصفهان"),
            List.of("2026-11-23 09:15", "portal", "کمک هزینه ازدواج چقدره\nهر دو نفرمون بیمه ایم", "فارس"));

    /** What was stored, as a user would see it in a report: day, channel, province and count per text. */
    static List<String> demand(GapFixture.Store store) {
        List<String> out = new ArrayList<>();
        store.repository.forEachDemand(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2, row -> out.add(
                LocalDate.ofEpochDay(row.day()) + " " + row.channel() + " " + row.province() + " " + row.count()));
        return out.stream().sorted().toList();
    }

    @ParameterizedTest
    @EnumSource(LogFiles.Format.class)
    void everyExportFormatImportsTheSameQuestions(LogFiles.Format format) throws IOException {
        GapFixture.Store reference = fixture.store(dir.resolve("reference"));
        GapFixture.Imported first = reference.importFiles(LogFiles.Format.UTF8_BOM_COMMA.write(dir.resolve("ref"), HEADER, ROWS));
        assertEquals(new ImportSummary(3, 3, 0, 0), first.summary());

        GapFixture.Store store = fixture.store(dir.resolve("data"));
        GapFixture.Imported imported = store.importFiles(format.write(dir, HEADER, ROWS));
        assertEquals(List.of(), imported.problems());
        assertEquals(new ImportSummary(3, 3, 0, 0), imported.summary());
        assertEquals(3, store.repository.count());
        assertEquals(reference.normals(), store.normals());
        assertEquals(List.of("2026-11-22 1420 تهران 1", "2026-11-23 portal فارس 1", "2026-11-23 sms اصفهان 1"),
                demand(store));
        assertEquals(demand(reference), demand(store));
    }

    @Test
    void persianHeaderNamesImport() throws IOException {
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        Path file = LogFiles.Format.UTF8_SEMICOLON.write(dir, List.of("زمان", "کانال", "متن", "استان"), ROWS);
        assertEquals(new ImportSummary(3, 3, 0, 0), store.importFiles(file).summary());
        assertEquals(List.of("2026-11-22 1420 تهران 1", "2026-11-23 portal فارس 1", "2026-11-23 sms اصفهان 1"),
                demand(store));
    }

    @Test
    void forcedEncodingAndDelimiterImportWhatDetectionCannot() throws IOException {
        Path file = dir.resolve("export.txt");
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(ROWS);
        // UTF-16 without a byte-order mark and a pipe between fields: neither can be detected
        LogFiles.write(file, LogFiles.csv('|', all), StandardCharsets.UTF_16LE, false);
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        assertThrows(IOException.class, () -> store.importFiles(file));
        assertThrows(IOException.class,
                () -> store.importFiles(new QuestionImporter.Options(StandardCharsets.UTF_16LE, null, null), file));
        GapFixture.Imported imported = store.importFiles(
                new QuestionImporter.Options(StandardCharsets.UTF_16LE, '|', null), file);
        assertEquals(new ImportSummary(3, 3, 0, 0), imported.summary());
        assertEquals(List.of(), imported.problems());
    }

    @Test
    void badRowsAreReportedAtTheirLinesAndSkippedWhileTheRestIsImported() throws IOException {
        Path file = dir.resolve("bad.csv");
        LogFiles.writeUtf8(file, String.join("\r\n",
                "time,channel,text,province",                          // 1
                "2026-11-22 10:00,1420,بیمه بیکاری چطوری,تهران",      // 2  imported
                "1403/13/01,1420,سن بازنشستگی,تهران",                 // 3  month 13
                "2026-11-22,fax,کمک هزینه ازدواج,قم",                 // 4  unknown channel
                "2026-11-22,sms,  ,قم",                               // 5  empty text
                "2026-11-22,sms",                                     // 6  short row
                "2026-11-22,portal,\"حق اولاد، بچه سوم",              // 7  imported, two lines
                "هم میدن؟\",کرج",                                      // 8
                "",                                                   // 9  blank
                "2026-11-22,sms,\"سابقه بیمه بدون پایان,قم",          // 10 unclosed quote
                "2024-02-30,sms,مرخصی زایمان,قم",                     // 11 30 February
                "2026-11-23,حضوری,غرامت دستمزد,یزد") + "\r\n");       // 12 imported
        Path json = dir.resolve("bad.jsonl");
        LogFiles.writeUtf8(json, String.join("\n",
                "{\"time\":\"2026-11-22\",\"channel\":\"sms\",\"text\":\"بیمه اختیاری\"}",   // 1 imported
                "{\"time\":\"2026-11-22\",\"channel\":\"sms\",\"text\":",                     // 2 broken
                "{\"time\":\"2026-11-22\",\"channel\":\"sms\"}",                              // 3 no text
                "{\"time\":\"دیروز\",\"channel\":\"sms\",\"text\":\"بیمه\"}",                 // 4 bad time
                "{\"time\":\"1405-09-02 08:00\",\"channel\":\"پست صوتی\",\"text\":\"مستمری\"}") + "\n"); // 5 imported
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        GapFixture.Imported imported = store.importFiles(file, json);

        List<ImportProblem> problems = new ArrayList<>(imported.problems());
        problems.sort(Comparator.comparing(ImportProblem::file).thenComparingLong(ImportProblem::line));
        List<String> where = problems.stream().map(p -> Path.of(p.file()).getFileName() + ":" + p.line()).toList();
        assertEquals(List.of("bad.csv:3", "bad.csv:4", "bad.csv:5", "bad.csv:6", "bad.csv:10", "bad.csv:11",
                "bad.jsonl:2", "bad.jsonl:3", "bad.jsonl:4"), where);
        for (ImportProblem p : problems) {
            assertTrue(p.toString().startsWith(p.file() + ":" + p.line() + ": "), p.toString());
        }
        assertTrue(problems.get(0).reason().contains("'1403/13/01' is not a date"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("'fax' is not one of"), problems.get(1).reason());
        assertEquals("the text is empty", problems.get(2).reason());
        assertTrue(problems.get(4).reason().contains("quote"), problems.get(4).reason());
        assertTrue(problems.get(5).reason().contains("'2024-02-30' is not a date"), problems.get(5).reason());
        assertEquals("the text is empty", problems.get(7).reason());

        ImportSummary s = imported.summary();
        assertEquals(new ImportSummary(14, 5, 0, 9), s);
        assertEquals(s.read(), s.imported() + s.alreadyPresent() + s.skipped());
        assertEquals(5, store.repository.count());
        assertTrue(store.samples().contains("حق اولاد، بچه سوم هم میدن؟"), store.samples().toString());
    }

    @Test
    void importingTheSameRowsAgainAddsNothing() throws IOException {
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        Path csv = LogFiles.Format.UTF8_BOM_COMMA.write(dir, HEADER, ROWS);
        assertEquals(new ImportSummary(3, 3, 0, 0), store.importFiles(csv).summary());
        List<String> before = demand(store);

        assertEquals(new ImportSummary(3, 0, 3, 0), store.importFiles(csv).summary());
        // the same rows exported again in other formats, under another name and source
        for (LogFiles.Format format : LogFiles.Format.values()) {
            Path again = format.write(dir.resolve("again"), HEADER, ROWS);
            ImportSummary s = store.importFiles(new QuestionImporter.Options(null, null, "crm-2"), again).summary();
            assertEquals(new ImportSummary(3, 0, 3, 0), s, format.toString());
        }
        assertEquals(3, store.repository.count());
        assertEquals(before, demand(store));
    }

    @Test
    void rowsWithTheSameIdAreOneRowAndWithoutAnIdTheirContentTellsThemApart() throws IOException {
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        Path a = dir.resolve("a.csv");
        LogFiles.writeUtf8(a, "id,time,channel,text\nT-1,2026-11-22,1420,بیمه بیکاری\n,2026-11-22,1420,بیمه بیکاری\n"
                + ",2026-11-22 10:00,1420,بیمه بیکاری\n");
        assertEquals(new ImportSummary(3, 3, 0, 0), store.importFiles(a).summary());
        Path b = dir.resolve("b.csv");
        // T-1 again, reworded and retimed by the CRM: still the same ticket
        LogFiles.writeUtf8(b, "id,time,channel,text\nT-1,2026-11-23,1420,شرایط بیمه بیکاری\nT-2,2026-11-23,1420,بیمه بیکاری\n");
        assertEquals(new ImportSummary(2, 1, 1, 0), store.importFiles(b).summary());
        assertEquals(4, store.repository.count());
    }

    @Test
    void aFileWithNoTextColumnIsAnErrorNamingItsColumnsAndEarlierFilesStayImported() throws IOException {
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        Path good = LogFiles.Format.UTF8_BOM_COMMA.write(dir, HEADER, ROWS);
        Path bad = dir.resolve("calls.csv");
        LogFiles.writeUtf8(bad, "time,channel,caller,duration\n2026-11-22,1420,Ali,30\n");
        IOException e = assertThrows(IOException.class, () -> store.importFiles(good, bad));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("'time', 'channel', 'caller', 'duration'"), e.getMessage());
        assertTrue(e.getMessage().contains("'text'"), e.getMessage());
        assertEquals(3, store.repository.count());
    }

    @Test
    void aMissingFileIsAnErrorBeforeAnythingIsImported() throws IOException {
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        Path good = LogFiles.Format.UTF8_BOM_COMMA.write(dir, HEADER, ROWS);
        Path missing = dir.resolve("nowhere.csv");
        IOException e = assertThrows(IOException.class, () -> store.importFiles(good, missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertEquals(0, store.repository.count());
        assertTrue(Files.exists(good));
    }

    @Test
    void spellingVariantsOfOneQuestionShareOneAnalysedText() throws IOException {
        GapFixture.Store store = fixture.store(dir.resolve("data"));
        Path file = dir.resolve("variants.csv");
        LogFiles.writeUtf8(file, "time,channel,text\n"
                + "2026-11-22 10:00,1420,شرایط بیمه بیکاری\n"
                + "2026-11-22 10:01,sms,شرايط بيمه بيكاري\n"
                + "2026-11-22 10:02,sms,حق اولاد\n");
        assertEquals(new ImportSummary(3, 3, 0, 0), store.importFiles(file).summary());
        List<String> normals = store.normals();
        assertEquals(2, normals.size(), normals.toString());
        assertNotEquals(normals.get(0), normals.get(1));
    }
}
