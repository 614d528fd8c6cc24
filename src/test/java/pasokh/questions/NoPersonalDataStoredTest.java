package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.cli.Main;
import pasokh.store.Database;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

/**
 * The promise of the import: no personal number a caller gave survives anywhere under the data folder (database,
 * write-ahead log, shared memory, anything else) or in anything the commands print or write, whichever column it
 * was in, however it was spelled, and whether its row was imported or refused.
 */
class NoPersonalDataStoredTest {

    /** A personal number: its digits (without a country code), and the ways people and CRMs write it. */
    record Secret(String kind, String digits, List<String> written) {}

    static final List<Secret> SECRETS = List.of(
            new Secret("national id", "4710839265", List.of("4710839265", "۴۷۱۰۸۳۹۲۶۵", "471-083926-5", "471 083 9265",
                    "٤٧١٠٨٣٩٢٦٥", "۴۷۱-۰۸۳۹۲۶-۵")),
            new Secret("national id", "0083627491", List.of("0083627491", "۰۰۸۳۶۲۷۴۹۱", "008 362 7491")),
            new Secret("mobile", "9357718246", List.of("09357718246", "۰۹۳۵۷۷۱۸۲۴۶", "0935 771 8246", "0935-771-8246",
                    "+98 935 771 8246", "+989357718246", "0098 935 771 8246", "00989357718246", "٠٩٣٥٧٧١٨٢٤٦",
                    "۰۹۳۵ ۷۷۱ ۸۲ ۴۶", "9357718246", "+۹۸۹۳۵۷۷۱۸۲۴۶", "0935  771  8246", "0935\n771\n8246")),
            new Secret("mobile", "9104462873", List.of("09104462873", "۰۹۱۰-۴۴۶-۲۸۷۳", "+98-910-446-2873")),
            new Secret("landline", "2166135792", List.of("02166135792", "021-66135792", "۰۲۱ ۶۶۱۳ ۵۷۹۲",
                    "+98 21 6613 5792", "(021) 6613 5792", "0098-21-66135792")),
            new Secret("landline", "3132485069", List.of("03132485069", "031-3248-5069")),
            new Secret("card", "6219861034529817", List.of("6219861034529817", "6219-8610-3452-9817",
                    "6219 8610 3452 9817", "۶۲۱۹۸۶۱۰۳۴۵۲۹۸۱۷", "۶۲۱۹ ۸۶۱۰ ۳۴۵۲ ۹۸۱۷")),
            new Secret("iban", "480120020000561239874137", List.of("IR480120020000561239874137",
                    "IR48 0120 0200 0056 1239 8741 37", "ir480120020000561239874137", "IR۴۸۰۱۲۰۰۲۰۰۰۰۵۶۱۲۳۹۸۷۴۱۳۷",
                    "480120020000561239874137", "IR-48-0120-0200-0056-1239-8741-37")),
            new Secret("insurance", "83920417", List.of("83920417", "۸۳۹۲۰۴۱۷", "8392 0417", "8392-0417")),
            new Secret("insurance", "756302918", List.of("756302918", "۷۵۶۳۰۲۹۱۸", "756 302 918")));

    /** E-mail addresses: their local parts must not survive, nor the whole address. */
    static final List<String> EMAILS = List.of("reza.karimi1362@example.ir", "Maryam_Ahmadi@mail.example.com",
            "z.hosseini @ example.org");

    static final List<String> COLUMNS = List.of("id", "time", "channel", "text", "province", "category", "outcome",
            "article");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> everyWriting() {
        List<String> all = new ArrayList<>();
        SECRETS.forEach(s -> all.addAll(s.written()));
        all.addAll(EMAILS);
        return all;
    }

    static final List<String> TOPICS = List.of("بیمه بیکاری چطوری ثبت نام کنم", "سابقه بیمه ام رو چطوری ببینم",
            "مستمری بازنشستگی کی واریز میشه", "کمک هزینه ازدواج چقدره", "حق اولاد بچه سوم", "غرامت دستمزد استعلاجی");

    /** Rows with every writing of every number in every column that is kept, some of them refused on purpose. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        List<String> writings = everyWriting();
        int n = 0;
        for (String w : writings) {
            String time = String.format("2026-11-%02d %02d:%02d", 10 + n % 18, 8 + n % 10, 10 + n % 50);
            String topic = TOPICS.get(n % TOPICS.size());
            // in the text, then in each of the other columns kept with a row
            rows.add(List.of("", time, "1420", "سلام شماره من " + w + " هست، " + topic, "تهران", "", "", ""));
            rows.add(List.of(w, time, "sms", topic + " " + n, "", "", "", ""));
            rows.add(List.of("T" + n, time, "portal", topic + " لطفا", "استان " + w, "دسته " + w, "نتیجه " + w, w));
            // refused rows that quote their time or channel in the message
            rows.add(List.of("", w, "1420", topic, "", "", "", ""));
            rows.add(List.of("", time, w, topic, "", "", "", ""));
            rows.add(List.of("", "ساعت " + w, "کانال " + w, topic, "", "", "", ""));
            n++;
        }
        return rows;
    }

    @Test
    void noPersonalNumberSurvivesUnderTheDataFolderOrInWhatIsPrintedOrWritten() throws Exception {
        Path data = dir.resolve("data");
        // a connection held open, as a running server holds one: the write-ahead log and its index stay on disk
        try (Connection held = Database.open(data).connect()) {
            held.createStatement().executeQuery("SELECT COUNT(*) FROM questions").close();
            importReportAndScan(data);
        }
    }

    private void importReportAndScan(Path data) throws IOException {
        List<String> printed = new ArrayList<>();
        // a small knowledge base: the commands run seven times, and what is matched does not matter here
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir.resolve("kb"));
        kb.article("unemployment", "unemployment-insurance", "بیمه بیکاری", "شرایط و ثبت نام بیمه بیکاری",
                ArticleText.questions("بیمه بیکاری"), "برای ثبت نام بیمه بیکاری به سامانه بروید.");
        kb.article("retirement", "pension-payment", "واریز مستمری", "زمان واریز مستمری بازنشستگی",
                ArticleText.questions("واریز مستمری"), "مستمری بازنشستگی در پایان هر ماه واریز میشود.");
        String[] folders = {"--articles", kb.articles().toString(), "--config", kb.config().toString(), "--data",
            data.toString()};

        List<List<String>> rows = rows();
        Path csv = LogFiles.Format.UTF8_BOM_COMMA.write(dir, COLUMNS, rows);
        Path jsonl = LogFiles.Format.JSON_LINES.write(dir, COLUMNS, rows);
        Path tabs = LogFiles.Format.UTF16LE_BOM_TAB.write(dir, COLUMNS, rows);
        // Windows-1256 has Latin digits only: the rows whose numbers it can hold
        List<List<String>> latin = rows.stream().filter(r -> r.stream().allMatch(LogFiles::latinDigitsOnly)).toList();
        assertTrue(latin.size() > rows.size() / 3, "enough rows for the Windows-1256 file");
        Path cp1256 = LogFiles.Format.WINDOWS_1256_COMMA.write(dir, COLUMNS, latin);
        // rows the reader refuses whole: a broken JSON line, a short row, a quote left open
        Path broken = dir.resolve("broken.jsonl");
        LogFiles.writeUtf8(broken, "{\"time\": \"2026-11-20\", \"channel\": \"1420\", \"text\": \"کد ملی 4710839265\n"
                + "{\"time\": \"2026-11-20\", \"channel\": \"1420\", \"text\": \"کارت 6219-8610-3452-9817\"}\n");
        Path shortRows = dir.resolve("short.csv");
        LogFiles.writeUtf8(shortRows, "time,channel,text,province\n2026-11-20,09357718246\n"
                + "2026-11-20,1420,\"موبایل 0935 771 8246\n2026-11-20,sms,سلام,تهران\n");

        int imported = 0;
        // one file a run: each run prints at most 200 refused rows, and every message is to be read
        for (Path file : List.of(csv, jsonl, tabs, cp1256, broken, shortRows)) {
            Run r = run(concat(new String[] {"import-questions", file.toString(), "--source", "crm 0935 771 8246"},
                    folders));
            assertEquals(0, r.code(), r.err());
            assertFalse(r.err().contains("more skipped row(s) not listed"), r.err());
            printed.add(r.out());
            printed.add(r.err());
            Matcher summary = Pattern.compile("imported (\\d+)").matcher(r.out());
            assertTrue(summary.find(), r.out());
            imported += Integer.parseInt(summary.group(1));
            if (file == csv) {
                // refused rows were reported, quoting (scrubbed) values: the scan below reads those messages
                assertTrue(r.err().contains("is not a date"), r.err());
                assertTrue(r.err().contains("is not one of"), r.err());
            }
        }
        assertTrue(imported >= 3 * everyWriting().size(), "imported " + imported);

        // a header naming a number: the error quotes the header
        Path header = dir.resolve("header.csv");
        LogFiles.writeUtf8(header, "time,channel,0935-771-8246\n2026-11-20,1420,x\n");
        Run refused = run(concat(new String[] {"import-questions", header.toString()}, folders));
        assertEquals(2, refused.code(), refused.err());
        printed.add(refused.out());
        printed.add(refused.err());

        Path json = dir.resolve("gaps.json");
        Path csvReport = dir.resolve("gaps.csv");
        Run gaps = run(concat(new String[] {"gaps", "--json", json.toString(), "--csv", csvReport.toString(),
            "--since", "2026-11-01", "--until", "2026-12-31"}, folders));
        assertEquals(0, gaps.code(), gaps.err());
        printed.add(gaps.out());
        printed.add(gaps.err());
        String report = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(report.contains("‹موبایل›") && report.contains("‹کد ملی›"), "placeholders are shown: " + report);

        List<String> leaks = new ArrayList<>();
        for (String text : printed) leaks.addAll(leaks(text.getBytes(StandardCharsets.UTF_8), "printed"));
        leaks.addAll(leaks(Files.readAllBytes(json), json.getFileName().toString()));
        leaks.addAll(leaks(Files.readAllBytes(csvReport), csvReport.getFileName().toString()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (String name : List.of("pasokh.db", "pasokh.db-wal", "pasokh.db-shm")) {
            assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals(name)), name + " in " + files);
        }
        for (Path f : files) leaks.addAll(leaks(Files.readAllBytes(f), data.relativize(f).toString()));
        assertEquals(List.of(), leaks);
    }

    @Test
    void theScanFindsANumberThatIsThere() {
        // the scan itself must see every writing it is asked about, or the test above proves nothing
        for (String w : everyWriting()) {
            assertFalse(leaks(("متن " + w + " متن").getBytes(StandardCharsets.UTF_8), "probe").isEmpty(), w);
        }
        assertEquals(List.of(), leaks("سال ۱۴۰۳، ۲۴ ماه سابقه، 2026-11-22".getBytes(StandardCharsets.UTF_8), "probe"));
    }

    /**
     * Where in {@code bytes} a secret survives: any seven digits in a row of one of its numbers, in Latin,
     * Persian or Arabic-Indic digits, with or without spaces, dashes, dots, brackets, half-spaces or line ends
     * between them; or an e-mail's local part.
     */
    static List<String> leaks(byte[] bytes, String where) {
        String digits = digitView(bytes);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        Set<String> found = new LinkedHashSet<>();
        for (Secret s : SECRETS) {
            for (int i = 0; i + 7 <= s.digits().length(); i++) {
                String window = s.digits().substring(i, i + 7);
                if (digits.contains(window)) found.add(where + ": " + s.kind() + " " + s.digits() + " (" + window + ")");
            }
        }
        for (String e : EMAILS) {
            String local = e.substring(0, e.indexOf('@')).strip();
            if (raw.toLowerCase().contains(local.toLowerCase())) found.add(where + ": e-mail " + e);
        }
        return List.copyOf(found);
    }

    private static final Pattern BETWEEN_DIGITS = Pattern.compile("(?<=[0-9])[ \\t\\r\\n\\-().+/]{1,3}(?=[0-9])");

    /**
     * The bytes with every digit as an ASCII digit and the separators between digits dropped. UTF-8 Persian
     * digits are DB B0-B9, Arabic-Indic D9 A0-A9; ZWNJ E2 80 8C and no-break space C2 A0 count as spaces.
     */
    static String digitView(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : -1;
            if (c == 0xDB && next >= 0xB0 && next <= 0xB9) {
                b.append((char) ('0' + next - 0xB0));
                i++;
            } else if (c == 0xD9 && next >= 0xA0 && next <= 0xA9) {
                b.append((char) ('0' + next - 0xA0));
                i++;
            } else if (c == 0xE2 && next == 0x80 && i + 2 < bytes.length && (bytes[i + 2] & 0xFF) == 0x8C) {
                b.append(' ');
                i += 2;
            } else if (c == 0xC2 && next == 0xA0) {
                b.append(' ');
                i++;
            } else {
                b.append((char) c);
            }
        }
        return BETWEEN_DIGITS.matcher(b).replaceAll("");
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
