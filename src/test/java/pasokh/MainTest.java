package pasokh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class MainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkPassesOnCleanArticles() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "one", "یک", "خلاصه", ArticleText.questions("یک"), "متن");
        Run r = run("check", "--articles", kb.articles().toString(), "--config", kb.config().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("All 1 articles are valid"));
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
    }

    @Test
    void usageErrorsExplainThemselves() {
        assertEquals(2, run().code());
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Unknown command 'frobnicate'"));
        Run badFlag = run("check", "--artcles", "x");
        assertEquals(2, badFlag.code());
        assertTrue(badFlag.err().contains("unknown option --artcles"));
        Run missingFolder = run("check", "--articles", dir.resolve("nowhere").toString());
        assertEquals(1, missingFolder.code(), "a check that cannot read the articles fails");
        assertTrue(missingFolder.err().contains("articles folder not found"));
        Run help = run("serve", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--port"));
    }
}
