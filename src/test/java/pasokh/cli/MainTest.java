package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class MainTest {

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
    void checkPassesOnCleanArticles() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "یک", "خلاصه", ArticleText.questions("یک"), "متن");
        Run r = run("check", "--articles", kb.articles().toString(), "--config", kb.config().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("All 1 articles are valid"), r.err());
    }

    @Test
    void checkReportsAReviewDateThatHasPassedWithItsLineAndOwner() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.write("retirement", "stale", ArticleText.valid("retirement", "قدیمی", "خلاصه",
                ArticleText.questions("قدیمی"), "متن").replace("review_by: 1420-05-12", "review_by: 1404-01-15\nowner: Sara"));
        Run r = run("check", "--articles", kb.articles().toString(), "--config", kb.config().toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().matches("(?s).*stale\\.md:\\d+: review_by 1404-01-15 has passed.*\\(owner: sara\\).*"), r.out());
    }

    @Test
    void checkListsEveryProblemAsPathLineMessageAndFails() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "یک", "خلاصه", ArticleText.questions("یک"), "متن");
        kb.write("retirement", "two", ArticleText.valid("pets", "دو", "خلاصه", ArticleText.questions("دو"), "متن"));
        kb.write("insured", "three", "---\ntitle: سه\n---\n");
        Run r = run("check", "--articles", kb.articles().toString(), "--config", kb.config().toString());
        assertEquals(1, r.code());
        String[] lines = r.out().split("\n");
        assertTrue(lines.length >= 3, r.out());
        for (String line : lines) {
            assertTrue(line.matches(".+\\.md:\\d+: .+"), "path:line: message, got: " + line);
        }
        assertTrue(r.out().contains("two.md:3: unknown category 'pets'"), r.out());
        assertTrue(r.out().contains("three.md:1: missing required field 'summary'"), r.out());
        assertTrue(r.out().contains("three.md:4: the article has no body"), r.out());
        assertTrue(r.err().contains("problem(s) in 2 file(s)"), r.err());
    }

    @Test
    void noArgumentsPrintTheCommandsAndExit2() {
        Run r = run();
        assertEquals(2, r.code());
        for (String command : List.of("serve", "check", "eval", "bench")) {
            assertTrue(r.err().contains("\n  " + command + " "), command + " listed in: " + r.err());
        }
    }

    @Test
    void topLevelHelpListsTheCommandsAndTheExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code(), r.err());
        for (String command : List.of("serve", "check", "eval", "bench")) {
            assertTrue(r.out().contains("\n  " + command + " "), command + " listed in: " + r.out());
        }
        assertExitCodesListed(r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "serve --host --port --articles --config --data",
        "check --articles --config --data",
        "eval --judgments --misses --articles --config --data",
        "bench --connections --warmup-seconds --seconds --queries --url --articles --config --data"})
    void everyCommandsHelpListsItsOptionsAndTheExitCodes(String commandAndOptions) {
        List<String> words = List.of(commandAndOptions.split(" "));
        Run r = run(words.getFirst(), "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: pasokh " + words.getFirst()), r.out());
        for (String option : words.subList(1, words.size())) {
            // a line of the option list: indented, the option, then its value or its description
            Pattern listed = Pattern.compile("(?m)^ {6}" + option + "[= ]");
            assertTrue(listed.matcher(r.out()).find(), option + " in: " + r.out());
        }
        assertExitCodesListed(r.out());
    }

    private static void assertExitCodesListed(String help) {
        assertTrue(help.contains("Exit codes:"), help);
        for (String code : List.of("0", "1", "2")) {
            assertTrue(help.contains("\n  " + code + "   "), "exit code " + code + " in: " + help);
        }
    }

    @Test
    void anUnknownCommandIsNamedAndExits2() {
        Run r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown command 'frobnicate'"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aMisspelledCommandGetsTheClosestSuggested() {
        Run r = run("chek");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Did you mean: pasokh check"), r.err());
    }

    @Test
    void anUnknownOptionIsNamedWithTheClosestOneAndNothingRuns() {
        Run r = run("check", "--artcles", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
        assertTrue(r.err().contains("'--artcles'"), r.err());
        assertTrue(r.err().contains("Possible solutions: --articles"), r.err());
        assertTrue(r.err().contains("Usage: pasokh check"), r.err());
        assertFalse(r.err().contains("articles are valid"), "check must not run: " + r.err());
    }

    @Test
    void aPortThatIsNotANumberIsNamedAndExits2() {
        Run r = run("serve", "--port", "abc");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'--port'") && r.err().contains("'abc'"), r.err());
        assertEquals("", r.out(), "nothing is served");
    }

    @Test
    void aPortOutOfRangeExits2BeforeAnythingStarts() {
        Run r = run("serve", "--port", "70000", "--data", dir.resolve("data").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--port must be between 0 and 65535, not 70000"), r.err());
        assertFalse(Files.exists(dir.resolve("data")), "no database or index is created");
    }

    @Test
    void aHostThatDoesNotResolveIsNamedAndExits2() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "یک", "خلاصه", ArticleText.questions("یک"), "متن");
        Run r = run("serve", "--host", "no.such.host.invalid", "--port", "0", "--articles", kb.articles().toString(),
                "--config", kb.config().toString(), "--data", kb.data().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot listen on http://no.such.host.invalid:0/: unknown host"), r.err());
        assertEquals("", r.out(), "nothing is served");
    }

    @Test
    void benchScaleHelpListsItsOptionsAndTheExitCodes() {
        Run r = run("bench", "scale", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Usage: pasokh bench scale"), r.out());
        for (String option : List.of("--counts", "--rounds", "--seed", "--work", "--queries", "--articles", "--config",
                "--data")) {
            Pattern listed = Pattern.compile("(?m)^ {6}" + option + "[= ]");
            assertTrue(listed.matcher(r.out()).find(), option + " in: " + r.out());
        }
        assertExitCodesListed(r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench", "bench scale"})
    void theBenchmarksHelpSaysTheQueriesAreDistinctAndNothingIsCached(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        String help = run(args.toArray(String[]::new)).out().replaceAll("\\s+", " ");
        assertTrue(help.contains("distinct query"), help);
        assertTrue(help.contains("caches results") || help.contains("cache of results"), help);
    }

    @Test
    void benchListsScaleAsItsCommand() {
        Run r = run("bench", "--help");
        assertTrue(r.out().contains("Commands:\n  scale "), r.out());
    }

    @Test
    void countsThatAreNotNumbersExit2() {
        Run r = run("bench", "scale", "--counts", "abc", "--work", dir.resolve("work").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("'abc'") && r.err().contains("--counts"), r.err());
        assertFalse(Files.exists(dir.resolve("work")), "nothing is generated");
    }

    @Test
    void fewerArticlesThanTheSourceHasExit2BeforeAnythingIsMeasured() {
        Run r = run("bench", "scale", "--counts", "10", "--work", dir.resolve("work").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--counts: cannot make 10 articles from 68 shipped ones"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBenchWithNoConnectionsExits2() {
        Run r = run("bench", "--connections", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--connections must be between 1 and 1024, not 0"), r.err());
    }

    @Test
    void aBenchOfNoSecondsExits2() {
        Run r = run("bench", "--seconds", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--seconds must be between 0.1 and 3600, not 0"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:7070", "127.0.0.1:7070", "http://127.0.0.1:7070/api/search", "a b"})
    void aBenchUrlThatIsNotHttpHostPortExits2(String url) {
        Run r = run("bench", "--url", url);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--url must be http://host:port, not '" + url + "'"), r.err());
    }

    @Test
    void aBenchUrlWithNothingListeningExits2AndSaysSo() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Run r = run("bench", "--url", "http://127.0.0.1:" + closed);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot reach http://127.0.0.1:" + closed), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aShortBenchPrintsTheContextThenOneFigureALine() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "بازنشستگی", "خلاصه بازنشستگی", ArticleText.questions("بازنشستگی"), "متن");
        Path queries = Files.writeString(dir.resolve("q.tsv"), "query\trelevant\tclass\nبازنشستگی\tone\tformal\n"
                + "بازنشستگی\tone\tcolloquial\nشرایط بازنشستگی\tone\tformal\n");
        Run r = run("bench", "--seconds", "0.5", "--warmup-seconds", "0", "--connections", "2",
                "--queries", queries.toString(), "--articles", kb.articles().toString(),
                "--config", kb.config().toString(), "--data", kb.data().toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.getFirst().matches("context: 1 articles, \\d+ CPUs, JDK .+, load average .+,"
                + " 2 distinct queries, server this JVM"), lines.getFirst());
        assertTrue(lines.contains("single connection: 1 connection, 0 s warm-up, 0.5 s measured"), r.out());
        assertTrue(lines.contains("concurrent: 2 connections, 0 s warm-up, 0.5 s measured"), r.out());
        assertTrue(lines.contains("suggestions, single connection: 1 connection, 0 s warm-up, 0.5 s measured"),
                r.out());
        for (String figure : List.of("server time median", "server time p99", "client latency median",
                "client latency p99")) {
            assertTrue(r.out().matches("(?s).*\n  " + figure + " +\\d+\\.\\d{3} ms\n.*"), figure + " in " + r.out());
        }
        assertTrue(r.out().matches("(?s).*\n  throughput +\\d+\\.\\d requests/s\n.*"), r.out());
        assertEquals(3, lines.stream().filter(l -> l.matches("  failed requests +0")).count(), r.out());
        assertEquals(3, lines.stream().filter(l -> l.matches("  non-2xx answers +0")).count(), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "eval", "serve", "bench"})
    void aMissingArticlesFolderExits2AndSaysWhichOption(String command) {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        Run r = run(command, "--articles", dir.resolve("nowhere").toString(), "--config", kb.config().toString(),
                "--data", kb.data().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("nowhere: articles folder not found (use --articles DIR)"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void benchScaleWithAMissingArticlesFolderExits2BeforeWritingAnything() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        Run r = run("bench", "scale", "--articles", dir.resolve("nowhere").toString(),
                "--config", kb.config().toString(), "--data", kb.data().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("nowhere: articles folder not found (use --articles DIR)"), r.err());
        assertFalse(Files.exists(kb.data().resolve("bench-scale")));
    }

    @Test
    void aMissingConfigFolderExits2AndSaysWhichOption() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        Run r = run("check", "--articles", kb.articles().toString(), "--config", dir.resolve("nowhere").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("category list not found (is --config pointing at index-config/?)"), r.err());
    }

    @Test
    void aBrokenConfigFileExits2AndNamesTheFile() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "یک", "خلاصه", ArticleText.questions("یک"), "متن");
        Files.writeString(kb.config().resolve("site.properties"), "public-url=ftp://example.org\n");
        Run r = run("check", "--articles", kb.articles().toString(), "--config", kb.config().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("site.properties: public-url must be an http(s) address"), r.err());
    }

    @Test
    void aMissingJudgmentsFileExits2AndNamesIt() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "یک", "خلاصه", ArticleText.questions("یک"), "متن");
        Path missing = dir.resolve("missing.tsv");
        Run r = run("eval", "--judgments", missing.toString(),
                "--articles", kb.articles().toString(), "--config", kb.config().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(missing + ": file not found"), r.err());
    }
}
