package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class ArticleStoreTest {

    @TempDir
    Path dir;

    private ArticleSet load(ScratchKnowledgeBase kb) throws IOException {
        Categories categories = Categories.load(kb.config());
        return new ArticleStore(kb.articles(), new ArticleParser(categories, "https://pasokh.tamin.ir")).load();
    }

    @Test
    void aBrokenFileIsSkippedAndTheRestLoad() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "pension-calculation", "محاسبه مستمری", "خلاصه", ArticleText.questions("محاسبه"),
                "متن");
        kb.write("retirement", "broken", "---\ntitle: [\n---\nمتن");
        ArticleSet set = load(kb);
        assertEquals(List.of("pension-calculation"), set.all().stream().map(Article::slug).toList());
        assertTrue(set.problems().stream().anyMatch(p -> p.path().toString().endsWith("broken.md") && p.isError()));
    }

    @Test
    void duplicateSlugInTwoFoldersIsAnError() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "same", "یک", "خلاصه", ArticleText.questions("یک"), "متن");
        kb.article("insured", "same", "دو", "خلاصه", ArticleText.questions("دو"), "متن");
        ArticleSet set = load(kb);
        assertEquals(1, set.all().size());
        assertTrue(set.problems().stream().anyMatch(p -> p.isError() && p.message().contains("duplicate slug 'same'")),
                set.problems()::toString);
    }

    @Test
    void aQuestionMayBelongToOneArticleOnly() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "first", "یک", "خلاصه", ArticleText.questions("سن بازنشستگی"), "متن");
        kb.article("insured", "second", "دو", "خلاصه", ArticleText.questions("سن بازنشستگی"), "متن");
        ArticleSet set = load(kb);
        assertEquals(2, set.all().size(), "editorial problems keep both served");
        assertTrue(set.problems().stream().anyMatch(p -> p.message().contains("is also in")), set.problems()::toString);
    }

    @Test
    void internalLinksMustLeadSomewhere() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "first", "یک", "خلاصه", ArticleText.questions("یک"),
                "متن\n\n[دو](/articles/second) و [گمشده](/articles/missing-page)");
        kb.article("insured", "second", "دو", "خلاصه", ArticleText.questions("دو"), "متن");
        ArticleSet set = load(kb);
        List<Problem> dead = set.problems().stream().filter(p -> p.message().contains("leads nowhere")).toList();
        assertEquals(1, dead.size(), set.problems()::toString);
        assertTrue(dead.getFirst().message().contains("missing-page"));
        assertEquals(25, dead.getFirst().line(), "the line of the link in the file");
    }

    @Test
    void twoArticlesWithOneNumberAreEditorialNamingTheOtherFile() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.write("retirement", "first", ArticleText.valid("retirement", "یک", "خلاصه", ArticleText.questions("یک"),
                "متن").replaceFirst("(?m)^number: .*$", "number: 234"));
        kb.write("insured", "second", ArticleText.valid("insured", "دو", "خلاصه", ArticleText.questions("دو"),
                "متن").replaceFirst("(?m)^number: .*$", "number: ۲۳۴"));
        ArticleSet set = load(kb);
        assertEquals(2, set.published().size(), "both are still served");
        List<Problem> shared = set.problems().stream().filter(p -> p.message().startsWith("number 234")).toList();
        assertEquals(1, shared.size(), set.problems()::toString);
        Problem p = shared.getFirst();
        assertFalse(p.isError());
        // folder order: insured/second comes first, so retirement/first is the one told
        assertTrue(p.path().endsWith(Path.of("retirement", "first.md")), p::toString);
        assertTrue(p.message().contains(Path.of("insured", "second.md").toString()), p::toString);
        assertEquals(21, p.line(), "the number's line: " + p);
    }

    @Test
    void aBackslashAmongLeadingSlashesIsNotAnInternalLink() throws IOException {
        // a browser opens the host «articles» for /\articles/...: it must not count as a link to one of ours
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "first", "یک", "خلاصه", ArticleText.questions("یک"),
                "متن\n\n[الف](/\\articles/missing) [ب](\\\\\\\\articles/missing) [ج](//evil.example/articles/missing)");
        ArticleSet set = load(kb);
        List<String> messages = set.problems().stream().map(Problem::message).toList();
        assertTrue(messages.stream().noneMatch(m -> m.contains("leads nowhere")), messages::toString);
        assertEquals(2, messages.stream().filter(m -> m.contains("browsers read")).count(), messages::toString);
    }

    @Test
    void aSymbolicLinkLeadingOutsideTheFolderIsRefusedAndTheRestLoad() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "pension-calculation", "محاسبه", "خلاصه", ArticleText.questions("محاسبه"), "متن");
        Path outside = Files.createDirectories(dir.resolve("elsewhere/insured"));
        Path secret = Files.writeString(outside.resolve("secret.md"),
                ArticleText.valid("retirement", "بیرونی", "خلاصه", ArticleText.questions("بیرونی"), "متن"));
        Files.createSymbolicLink(kb.articles().resolve("retirement/linked.md"), secret);
        Files.createSymbolicLink(kb.articles().resolve("insured"), outside);
        Files.createSymbolicLink(kb.articles().resolve("retirement/gone.md"), dir.resolve("deleted.md"));
        ArticleSet set = load(kb);
        assertEquals(List.of("pension-calculation"), set.all().stream().map(Article::slug).toList());
        List<String> errors = set.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        assertEquals(3, errors.size(), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains("linked.md:1: this file is a symbolic link to " + secret
                + ", outside the articles folder")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains("insured:1: this folder is a symbolic link to " + outside)),
                errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains("gone.md:1: this file is a symbolic link to "
                + dir.resolve("deleted.md") + ", which does not exist")), errors::toString);
    }

    @Test
    void aSymbolicLinkThatStaysInsideIsReadLikeAFile() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        Path text = kb.write("retirement", "pension-calculation",
                ArticleText.valid("retirement", "محاسبه مستمری", "خلاصه", ArticleText.questions("محاسبه"), "متن"));
        Path kept = Files.move(text, text.resolveSibling("pension-calculation.txt"));
        Files.createSymbolicLink(text, Path.of("pension-calculation.txt"));
        ArticleSet set = load(kb);
        assertEquals(List.of("pension-calculation"), set.all().stream().map(Article::slug).toList(),
                set.problems()::toString);
        assertTrue(Files.exists(kept));
    }

    @Test
    void nonUtf8AndMisplacedFilesAreReported() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        Path latin1 = kb.articles().resolve("retirement/latin.md");
        Files.createDirectories(latin1.getParent());
        Files.write(latin1, new byte[] {'-', '-', '-', '\n', (byte) 0xE9, (byte) 0xFF, '\n'});
        Files.writeString(kb.articles().resolve("loose.md"), "---\ntitle: x\n---\n");
        ArticleSet set = load(kb);
        assertTrue(set.problems().stream().anyMatch(p -> p.message().contains("not valid UTF-8")),
                set.problems()::toString);
        assertTrue(set.problems().stream().anyMatch(p -> p.message().contains("category folder")),
                set.problems()::toString);
    }

    @Test
    void everyRequiredTopicNeedsItsArticleInItsCategory() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "pension-calculation", "محاسبه", "خلاصه", ArticleText.questions("محاسبه"), "متن");
        kb.article("insured", "survivors-pension", "بازماندگان", "خلاصه", ArticleText.questions("بازماندگان"), "متن");
        Files.writeString(kb.config().resolve(RequiredTopics.FILE_NAME),
                "# topics\nretirement pension-calculation\nretirement survivors-pension\n"
                        + "unemployment unemployment-eligibility\n");
        Categories categories = Categories.load(kb.config());
        ArticleSet set = new ArticleStore(kb.articles(), new ArticleParser(categories, "https://pasokh.tamin.ir"),
                RequiredTopics.load(kb.config())).load();
        List<String> messages = set.problems().stream().map(Problem::toString).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains(
                "required-topics.txt:4: topic 'unemployment-eligibility' has no article")),
                messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.contains(
                "survivors-pension.md:1: topic 'survivors-pension' belongs in category 'retirement'")),
                messages::toString);
        assertEquals(2, set.published().size(), "both articles are still served");
    }

    @Test
    void draftsAreReadButNotPublished() throws IOException {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.write("retirement", "draft-one",
                ArticleText.valid("retirement", "پیش‌نویس", "خلاصه", ArticleText.questions("پیش"), "متن")
                        .replace("status: published", "status: draft"));
        ArticleSet set = load(kb);
        assertEquals(1, set.all().size());
        assertEquals(0, set.published().size());
        assertTrue(set.findPublished("draft-one").isEmpty());
    }
}
