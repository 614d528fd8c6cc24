package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class ImportQuestionsCommandTest {

    @TempDir
    Path dir;

    ScratchKnowledgeBase kb;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void knowledgeBase() {
        kb = new ScratchKnowledgeBase(dir.resolve("kb"));
        kb.article("unemployment", "unemployment-insurance", "بیمه بیکاری", "شرایط و ثبت نام بیمه بیکاری",
                ArticleText.questions("بیمه بیکاری"), "برای ثبت نام بیمه بیکاری به سامانه بروید.");
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

    static final String LOG = "time,channel,text\n"
            + "2026-11-22 10:00,1420,شرایط بیمه بیکاری چیه\n"
            + "1405/09/02 11:00,پیامک,ثبت نام بیمه بیکاری\n"
            + "2026-11-23,portal,مستمری کی واریز میشه\n";

    Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    @Test
    void importPrintsTheSummaryAndASecondImportAddsNothing() throws IOException {
        Path log = write("log.csv", LOG);
        Run first = run("import-questions", log.toString());
        assertEquals(0, first.code(), first.err());
        assertEquals("Questions: read 3, imported 3, already present 0, skipped 0.\n", first.out());
        assertEquals("", first.err());

        Run again = run("import-questions", log.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals("Questions: read 3, imported 0, already present 3, skipped 0.\n", again.out());
    }

    @Test
    void badRowsArePrintedAsFileLineReasonAndCounted() throws IOException {
        Path log = write("bad.csv", "time,channel,text\n"
                + "2026-11-22 10:00,1420,شرایط بیمه بیکاری چیه\n"
                + "فردا,1420,ثبت نام بیمه بیکاری\n"
                + "2026-11-22,fax,مستمری\n"
                + "2026-11-22,sms,\n"
                + "2026-11-22,sms,ثبت نام\n");
        Run r = run("import-questions", log.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Questions: read 5, imported 2, already present 0, skipped 3.\n", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.contains(log + ":3: the time 'فردا' is not a date (ISO 2024-08-02T10:30 or Jalali 1403/05/12 10:30)"),
                r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(log + ":4: the channel 'fax' is not one of")), r.err());
        assertTrue(lines.contains(log + ":5: the text is empty"), r.err());
        // not a terminal: no progress bar, no carriage returns in a log
        assertFalse(r.err().contains("\r"), r.err());
    }

    @Test
    void manyBadRowsAreCountedButNotAllPrinted() throws IOException {
        StringBuilder log = new StringBuilder("time,channel,text\n");
        for (int i = 0; i < 250; i++) log.append("2026-11-22,fax,پرسش ").append(i).append('\n');
        log.append("2026-11-22,sms,ثبت نام\n");
        Path file = write("many.csv", log.toString());
        Run r = run("import-questions", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Questions: read 251, imported 1, already present 0, skipped 250.\n", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(201, lines.size());
        assertEquals("50 more skipped row(s) not listed.", lines.getLast());
    }

    @Test
    void aForcedEncodingAndDelimiterAreUsed() throws IOException {
        Path cp1256 = write("cp1256.csv", LOG.replace('ی', 'ي').replace('ک', 'ك'), Charset.forName("windows-1256"));
        Run forced = run("import-questions", cp1256.toString(), "--encoding", "windows-1256");
        assertEquals(0, forced.code(), forced.err());
        assertEquals("Questions: read 3, imported 3, already present 0, skipped 0.\n", forced.out());

        // a pipe between fields is not detected
        Path pipes = write("pipes.csv", LOG.replace(',', '|'));
        Run detected = run("import-questions", pipes.toString());
        assertEquals(2, detected.code(), detected.out());
        Run piped = run("import-questions", pipes.toString(), "--delimiter", "|");
        assertEquals(0, piped.code(), piped.err());
        assertEquals("Questions: read 3, imported 0, already present 3, skipped 0.\n", piped.out());

        // nor is UTF-16 without a byte-order mark
        Path tabs = write("tabs.txt", LOG.replace(',', '\t').replace("ثبت نام", "ثبت‌نام"), StandardCharsets.UTF_16LE);
        assertEquals(2, run("import-questions", tabs.toString()).code());
        Run tab = run("import-questions", tabs.toString(), "--delimiter", "tab", "--encoding", "UTF-16LE");
        assertEquals(0, tab.code(), tab.err());
        assertEquals("Questions: read 3, imported 1, already present 2, skipped 0.\n", tab.out());
    }

    @Test
    void anUnknownEncodingExits2() throws IOException {
        Path log = write("log.csv", LOG);
        Run r = run("import-questions", log.toString(), "--encoding", "bogus");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--encoding: unknown encoding 'bogus'"), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(kb.data().resolve("pasokh.db")), "nothing was opened");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", ",,", "comma", ""})
    void anUnknownDelimiterExits2(String delimiter) throws IOException {
        Path log = write("log.csv", LOG);
        Run r = run("import-questions", log.toString(), "--delimiter", delimiter);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--delimiter: use ',', ';', '|' or 'tab', not '" + delimiter + "'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileExits2NamingItAndImportsNothing() throws IOException {
        Path log = write("log.csv", LOG);
        Path missing = dir.resolve("no-such-log.csv");
        Run r = run("import-questions", log.toString(), missing.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(missing + ": file not found"), r.err());
        assertEquals("", r.out());
        Run after = run("import-questions", log.toString());
        assertEquals("Questions: read 3, imported 3, already present 0, skipped 0.\n", after.out());
    }

    @Test
    void aFileWithoutATextColumnExits2NamingTheFileAndItsColumns() throws IOException {
        Path log = write("calls.csv", "time,channel,caller\n2026-11-22,1420,Ali\n");
        Run r = run("import-questions", log.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(log + ":1: the header has no 'text' column (it has: 'time', 'channel', 'caller')"),
                r.err());
    }

    @Test
    void noFileExits2() {
        Run r = run("import-questions");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("FILE"), r.err());
    }
}
