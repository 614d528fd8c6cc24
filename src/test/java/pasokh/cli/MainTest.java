package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        "bench --clients --requests --warmup --judgments --articles --config --data"})
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
    void aBenchWithNoClientsExits2() {
        Run r = run("bench", "--clients", "0");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--clients must be between 1 and 512"), r.err());
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
