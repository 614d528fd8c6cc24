package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LogFileReaderTest {

    static final List<String> HEADER = List.of("time", "channel", "text", "province");
    /** A comma, a quote and a line end in the texts: each format must keep them inside one field. */
    static final List<List<String>> ROWS = List.of(
            List.of("2026-11-22T10:30", "1420", "سلام, شرایط بیمه بیکاری چیه؟ کارفرما اخراجم کرد", "تهران"),
            List.of("1405/09/02 11:00", "پیامک", "مستمری بازنشستگی کی واریز میشه \"فوری\"", "اصفهان"),
            List.of("2026-11-23", "portal", "کمک هزینه ازدواج چقدره\nهر دو نفرمون بیمه ایم", "فارس"));

    @TempDir
    Path dir;

    record Read(List<LogRow> rows, List<ImportProblem> problems) {

        List<String> texts() {
            return rows.stream().map(r -> LogFiles.persianLetters(r.get(Column.TEXT))).toList();
        }

        List<Long> lines() {
            return rows.stream().map(LogRow::line).toList();
        }

        List<String> problemLines() {
            return problems.stream().map(p -> p.file() + ":" + p.line()).toList();
        }
    }

    static Read read(Path file, LogFileReader.Options options) throws IOException {
        List<LogRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        new LogFileReader(options).read(file, rows::add, problems::add, bytes -> {});
        return new Read(rows, problems);
    }

    static Read read(Path file) throws IOException {
        return read(file, LogFileReader.Options.DETECT);
    }

    @ParameterizedTest
    @EnumSource(LogFiles.Format.class)
    void everyExportFormatReadsTheSameFields(LogFiles.Format format) throws IOException {
        Path file = format.write(dir, HEADER, ROWS);
        Read r = read(file);
        assertEquals(List.of(), r.problems());
        assertEquals(ROWS.size(), r.rows().size());
        for (int i = 0; i < ROWS.size(); i++) {
            LogRow row = r.rows().get(i);
            List<String> expected = ROWS.get(i);
            assertEquals(expected.get(0), row.get(Column.TIME), format + " time of row " + i);
            assertEquals(expected.get(1), LogFiles.persianLetters(row.get(Column.CHANNEL)), format + " channel");
            assertEquals(expected.get(2), LogFiles.persianLetters(row.get(Column.TEXT)), format + " text");
            assertEquals(expected.get(3), row.get(Column.PROVINCE), format + " province");
        }
        // the header is line 1 of a CSV, and the third row starts after the second row's line
        List<Long> expectedLines = format == LogFiles.Format.JSON_LINES ? List.of(1L, 2L, 3L) : List.of(2L, 3L, 4L);
        assertEquals(expectedLines, r.lines(), format.toString());
    }

    @Test
    void persianHeaderNamesAreRead() throws IOException {
        Path file = dir.resolve("fa.csv");
        LogFiles.writeUtf8(file, LogFiles.csv(',', List.of(List.of("زمان", "کانال", "متن", "استان"),
                List.of("1403/05/12 10:30", "حضوری", "بیمه بیکاری", "قم"))));
        Read r = read(file);
        assertEquals(List.of(), r.problems());
        LogRow row = r.rows().getFirst();
        assertEquals("1403/05/12 10:30", row.get(Column.TIME));
        assertEquals("حضوری", row.get(Column.CHANNEL));
        assertEquals("بیمه بیکاری", row.get(Column.TEXT));
        assertEquals("قم", row.get(Column.PROVINCE));
    }

    @Test
    void persianHeaderNamesWithArabicLettersAreReadFromWindows1256() throws IOException {
        // «کانال» and «استان» as a Windows-1256 export writes them: ك for ک
        Path file = LogFiles.Format.WINDOWS_1256_COMMA.write(dir, List.of("زمان", "کانال", "متن", "استان"), ROWS);
        Read r = read(file);
        assertEquals(List.of(), r.problems());
        assertEquals(ROWS.stream().map(row -> row.get(2)).toList(), r.texts());
        assertEquals("تهران", r.rows().getFirst().get(Column.PROVINCE));
    }

    @Test
    void aForcedEncodingReadsWhatDetectionCannot() throws IOException {
        // UTF-16 without a BOM: nothing tells it from UTF-8 (its zero bytes are valid UTF-8)
        Path file = dir.resolve("nobom.txt");
        LogFiles.write(file, LogFiles.csv('\t', withHeader(ROWS)), StandardCharsets.UTF_16LE, false);
        assertThrows(IOException.class, () -> read(file));
        Read r = read(file, new LogFileReader.Options(StandardCharsets.UTF_16LE, null));
        assertEquals(List.of(), r.problems());
        assertEquals(ROWS.stream().map(row -> row.get(2)).toList(), r.texts());
    }

    @Test
    void aForcedEncodingStillSkipsItsByteOrderMark() throws IOException {
        Path file = LogFiles.Format.UTF8_BOM_COMMA.write(dir, HEADER, ROWS);
        Read r = read(file, new LogFileReader.Options(StandardCharsets.UTF_8, null));
        assertEquals(List.of(), r.problems());
        assertEquals(ROWS.size(), r.rows().size());
        assertEquals(ROWS.getFirst().get(0), r.rows().getFirst().get(Column.TIME));
    }

    @Test
    void aForcedDelimiterReadsWhatDetectionCannot() throws IOException {
        Path file = dir.resolve("pipes.csv");
        LogFiles.writeUtf8(file, LogFiles.csv('|', withHeader(ROWS)));
        IOException e = assertThrows(IOException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":1:"), e.getMessage());
        Read r = read(file, new LogFileReader.Options(null, '|'));
        assertEquals(List.of(), r.problems());
        assertEquals(ROWS.stream().map(row -> row.get(2)).toList(), r.texts());
    }

    @Test
    void quotedFieldsKeepTheirCommasAndLineEndsAndLaterLinesAreNumberedRight() throws IOException {
        Path file = dir.resolve("quoted.csv");
        LogFiles.writeUtf8(file, String.join("\n",
                "time,channel,text",
                "2026-11-22,1420,\"اول، دوم, سوم",                 // line 2, field continues
                "چهارم\"",                                         // line 3
                "2026-11-22,sms,\"یک \"\"نقل\"\" قول\"",           // line 4
                "2026-11-22,sms,\"سه",                              // line 5
                "خط",                                               // line 6
                "دارد\"",                                           // line 7
                "2026-11-22,sms,ساده")                              // line 8
                + "\n");
        Read r = read(file);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("اول، دوم, سوم\nچهارم", "یک \"نقل\" قول", "سه\nخط\nدارد", "ساده"), r.texts());
        assertEquals(List.of(2L, 4L, 5L, 8L), r.lines());
    }

    @Test
    void blankLinesDoNotShiftTheLineNumbers() throws IOException {
        Path file = dir.resolve("blank.csv");
        LogFiles.writeUtf8(file, "time,channel,text\r\n2026-11-22,1420,یک\r\n\r\n   \r\n2026-11-22,sms,دو\r\n"
                + "2026-11-22,sms\r\n");
        Read r = read(file);
        assertEquals(List.of("یک", "دو"), r.texts());
        assertEquals(List.of(2L, 5L), r.lines());
        assertEquals(List.of(file + ":6"), r.problemLines());
    }

    @Test
    void aShortRowIsAProblemAtItsLineAndTheNextRowsAreRead() throws IOException {
        Path file = dir.resolve("short.csv");
        LogFiles.writeUtf8(file, String.join("\n",
                "time,channel,text,province",
                "2026-11-22,1420,یک,تهران",
                "2026-11-22,1420",
                "2026-11-22,sms,دو,قم") + "\n");
        Read r = read(file);
        assertEquals(List.of("یک", "دو"), r.texts());
        assertEquals(List.of(2L, 4L), r.lines());
        assertEquals(1, r.problems().size());
        ImportProblem p = r.problems().getFirst();
        assertEquals(file + ":3: the row has 2 field(s); the header has 4", p.toString());
    }

    @Test
    void anUnclosedQuoteSkipsItsRowAndTheRestOfTheFileIsRead() throws IOException {
        Path file = dir.resolve("unclosed.csv");
        LogFiles.writeUtf8(file, String.join("\n",
                "time,channel,text",
                "2026-11-22,1420,یک",
                "2026-11-22,1420,\"دو بدون پایان",
                "2026-11-22,sms,سه",
                "2026-11-22,sms,\"چهار\"",
                "2026-11-22,sms,پنج") + "\n");
        Read r = read(file);
        assertEquals(List.of(file + ":3"), r.problemLines());
        assertEquals(List.of("یک", "سه", "چهار", "پنج"), r.texts());
        assertEquals(List.of(2L, 4L, 5L, 6L), r.lines());
    }

    @Test
    void anUnclosedQuoteWithNoQuoteAfterItCostsOnlyItsRow() throws IOException {
        Path file = dir.resolve("unclosed-last.csv");
        LogFiles.writeUtf8(file, String.join("\r\n",
                "time,channel,text",
                "2026-11-22,1420,\"یک",
                "2026-11-22,sms,دو",
                "2026-11-22,sms,سه") + "\r\n");
        Read r = read(file);
        assertEquals(List.of(file + ":2"), r.problemLines());
        assertEquals(List.of("دو", "سه"), r.texts());
        assertEquals(List.of(3L, 4L), r.lines());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
        Path file = dir.resolve("inner.csv");
        LogFiles.writeUtf8(file, "time,channel,text\n2026-11-22,1420,گفتن \"سلام\" کافیه\n2026-11-22,sms,\"دو\" سه\n");
        Read r = read(file);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("گفتن \"سلام\" کافیه", "دو سه"), r.texts());
    }

    @Test
    void aBrokenJsonLineIsAProblemAtItsLineAndTheNextLinesAreRead() throws IOException {
        Path file = dir.resolve("log.jsonl");
        LogFiles.writeUtf8(file, String.join("\n",
                "{\"time\": \"2026-11-22\", \"channel\": \"1420\", \"text\": \"یک\"}",
                "{\"time\": \"2026-11-22\", \"channel\": \"1420\", \"text\": \"دو",
                "[1, 2, 3]",
                "",
                "{\"زمان\": \"1405/09/01\", \"کانال\": \"پیامک\", \"متن\": \"سه\", \"استان\": \"قم\"}") + "\n");
        Read r = read(file);
        assertEquals(List.of("یک", "سه"), r.texts());
        assertEquals(List.of(1L, 5L), r.lines());
        assertEquals(List.of(file + ":2: not valid JSON", file + ":3: not a JSON object"),
                r.problems().stream().map(ImportProblem::toString).toList());
        assertEquals("قم", r.rows().getLast().get(Column.PROVINCE));
    }

    @Test
    void aFileWithNoTextColumnIsAnErrorNamingTheFileAndItsColumns() throws IOException {
        Path file = dir.resolve("notext.csv");
        LogFiles.writeUtf8(file, "time,channel,caller\n2026-11-22,1420,0912\n");
        IOException e = assertThrows(IOException.class, () -> read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: the header has no 'text' column"), e.getMessage());
        assertTrue(e.getMessage().contains("'time', 'channel', 'caller'"), e.getMessage());
    }

    static List<List<String>> withHeader(List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return all;
    }
}
