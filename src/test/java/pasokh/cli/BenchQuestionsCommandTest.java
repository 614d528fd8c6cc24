package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench questions` on 2,000 lines of the shipped articles' questions. */
class BenchQuestionsCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSmallLogIsImportedReportedAndADayAdded() {
        Run r = run("bench", "questions", "--lines=2000", "--seed=3", "--work=" + dir.resolve("work"));
        assertEquals(0, r.code(), r.err());
        for (String figure : List.of(
                "(?m)^context: \\d+ CPUs, JDK .+, heap at most \\d+ MB \\(-Xmx\\), load average ",
                "(?m)^log: 2,000 lines in 4 files, .+ broken on purpose, .+ with a personal number",
                "(?m)^import +[\\d.]+ s +[\\d,]+ lines/s  read 2000, imported \\d+, already present 0, skipped \\d+$",
                "(?m)^gap report +[\\d.]+ s  [\\d,]+ questions, [\\d,]+ distinct texts, [\\d,]+ groups, \\d+ matched",
                "(?m)^import \\+ report +[\\d.]+ s .+ target under 60 s: (met|NOT met)$",
                "(?m)^one more day +[\\d.]+ s .+ already present 0, skipped \\d+; [\\d.]+% of the first import's time$",
                "(?m)^heap during import and report: at most \\d+ MB in use \\(garbage included\\), \\d+ MB committed, of \\d+ MB",
                "(?m)^load average after: ")) {
            assertTrue(Pattern.compile(figure).matcher(r.out()).find(), figure + " in:\n" + r.out());
        }
        assertTrue(r.err().contains("generating 2000 lines"), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("work/logs/crm-1420.csv")));
    }

    @Test
    void aDataFolderItDidNotMakeIsLeftAlone() throws IOException {
        Path data = Files.createDirectories(dir.resolve("work/data"));
        Files.writeString(data.resolve("pasokh.db"), "someone's database");
        Run r = run("bench", "questions", "--lines=100", "--work=" + dir.resolve("work"));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("was not made by the benchmark"), r.err());
        assertEquals("someone's database", Files.readString(data.resolve("pasokh.db")));
    }

    @Test
    void helpListsItsOptions() {
        Run r = run("bench", "questions", "--help");
        assertEquals(0, r.code(), r.err());
        for (String option : List.of("--lines", "--seed", "--work", "--labelled", "--groups", "--articles", "--config",
                "--data")) {
            assertTrue(Pattern.compile("(?m)^ {6}" + option + "[= ]").matcher(r.out()).find(), option + " in: " + r.out());
        }
        assertTrue(run("bench", "--help").out().contains("  questions "), "listed under bench");
    }
}
