package pasokh.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.LoadedArticles;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.AuditLog;
import pasokh.article.MarkdownRenderer;
import pasokh.article.PersianDigits;
import pasokh.article.Problem;
import pasokh.knowledge.KnowledgeBase;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.RevisionRepository;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;
import pasokh.testing.TestClock;

/**
 * The editor below HTTP, over a scratch articles folder and a real SQLite database: concurrent edits,
 * publishing into another category, what publish refuses, and versions that only grow.
 */
class EditorServiceTest {

    private static final Actor ALICE = new Actor("alice", "10.0.0.1");
    private static final Actor BOB = new Actor("bob", "10.0.0.2");
    private static final Actor PUBLISHER = new Actor("parisa", "10.0.0.3");

    @TempDir
    Path dir;

    private ScratchKnowledgeBase kb;
    private KnowledgeBase knowledge;
    private RevisionRepository revisions;
    private AuditLog audit;
    private EditorService editor;
    private TestClock clock;

    @BeforeEach
    void open() throws Exception {
        kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "pension-calculation", "نحوه محاسبه مستمری بازنشستگی",
                "مستمری از میانگین دستمزد دو سال آخر حساب می‌شود.", ArticleText.questions("محاسبه مستمری"),
                "## فرمول\n\nمستمری برابر است با سنوات ضربدر میانگین دستمزد.");
        clock = new TestClock(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE));
        knowledge = KnowledgeBase.open(kb.paths(), new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY);
        Database db = Database.open(kb.data());
        revisions = new RevisionRepository(db);
        audit = new AuditLog(new AuditRepository(db), clock);
        editor = new EditorService(revisions, knowledge, audit, clock);
    }

    @AfterEach
    void close() throws Exception {
        knowledge.close();
    }

    // ------------------------------------------------------------------ two editors

    @Test
    void twoEditorsOnTheSameBaseTheSecondIsAConflictWithADiffAndBothTextsAreKept() {
        String slug = "marriage-allowance";
        String v1 = text("allowances", "کمک‌هزینه ازدواج", "کمک هزینه ازدواج", "مبلغ یک بار پرداخت می‌شود.");
        String alices = v1.replace("مبلغ یک بار پرداخت می‌شود.", "مبلغ یک بار و تا دو سال پس از ازدواج پرداخت می‌شود.");
        String bobs = v1.replace("مبلغ یک بار پرداخت می‌شود.", "مبلغ برای ازدواج دوم هم پرداخت می‌شود.");
        assertEquals(new SaveOutcome.Saved(1, ArticleState.DRAFT), editor.save(slug, v1, 0, ALICE));

        SaveOutcome first = editor.save(slug, alices, 1, ALICE);
        SaveOutcome second = editor.save(slug, bobs, 1, BOB);

        assertEquals(new SaveOutcome.Saved(2, ArticleState.DRAFT), first);
        SaveOutcome.Conflict conflict = assertInstanceOf(SaveOutcome.Conflict.class, second);
        assertEquals(2, conflict.current().version());
        assertEquals(alices, conflict.current().source(), "bob is shown what alice saved");
        assertEquals("alice", conflict.current().author());
        List<String> diff = conflict.diff().lines().toList();
        assertTrue(diff.contains("-مبلغ یک بار و تا دو سال پس از ازدواج پرداخت می‌شود."), conflict.diff());
        assertTrue(diff.contains("+مبلغ برای ازدواج دوم هم پرداخت می‌شود."), conflict.diff());
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("@@ ")), conflict.diff());

        assertEquals(alices, editor.current(slug).orElseThrow().source(), "alice's text is the latest");
        assertEquals(2, editor.current(slug).orElseThrow().version());
        List<RevisionRepository.RevisionRow> rows = revisions.all(slug);
        assertTrue(rows.stream().anyMatch(r -> !r.refused() && r.source().equals(alices)), "alice's text kept");
        RevisionRepository.RevisionRow refused = rows.stream().filter(RevisionRepository.RevisionRow::refused)
                .findFirst().orElseThrow(() -> new AssertionError("bob's text was not kept"));
        assertEquals(bobs, refused.source());
        assertEquals("bob", refused.author());
        assertEquals(1L, refused.baseVersion(), "and what it was based on");
    }

    @Test
    void twoEditorsSavingAtTheSameMomentGetOneVersionAndOneConflictNeverTheSameVersion() throws Exception {
        String slug = "concurrent-edit";
        String v1 = text("employers", "کد کارگاه", "کد کارگاه", "متن اول.");
        editor.save(slug, v1, 0, ALICE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                long base = editor.current(slug).orElseThrow().version();
                CountDownLatch go = new CountDownLatch(1);
                String a = v1.replace("متن اول.", "متن الف، دور " + round + ".");
                String b = v1.replace("متن اول.", "متن ب، دور " + round + ".");
                Future<SaveOutcome> fa = pool.submit(saveWhen(go, slug, a, base, ALICE));
                Future<SaveOutcome> fb = pool.submit(saveWhen(go, slug, b, base, BOB));
                go.countDown();
                List<SaveOutcome> outcomes = List.of(fa.get(), fb.get());
                assertEquals(1, outcomes.stream().filter(o -> o instanceof SaveOutcome.Saved).count(),
                        "round " + round + ": " + outcomes);
                assertEquals(1, outcomes.stream().filter(o -> o instanceof SaveOutcome.Conflict).count(),
                        "round " + round + ": " + outcomes);
                assertEquals(base + 1, editor.current(slug).orElseThrow().version());
                List<String> texts = revisions.all(slug).stream().map(RevisionRepository.RevisionRow::source).toList();
                assertTrue(texts.contains(a) && texts.contains(b), "round " + round + ": both texts kept");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDraftAskingAQuestionAnotherArticleAnswersIsToldWhichArticleAndLineButStillSaved() throws Exception {
        String taken = ArticleText.questions("محاسبه مستمری").get(0);
        String source = text("retirement", "مستمری حداقل", "مستمری حداقل", "متن.")
                .replace(ArticleText.questions("مستمری حداقل").get(1), taken);
        Preview preview = editor.preview("minimum-pension", source);
        SourceProblem clash = preview.problems().stream().filter(p -> p.message().contains("pension-calculation"))
                .findFirst().orElseThrow(() -> new AssertionError("the clash is reported: " + preview.problems()));
        assertEquals("questions", clash.field());
        assertFalse(clash.error(), "a house rule, as check has it, not a broken article");
        assertTrue(source.lines().toList().get(clash.line() - 1).contains(taken), "the line of the question: " + clash);
        assertInstanceOf(SaveOutcome.Saved.class, editor.save("minimum-pension", source, 0, ALICE));
        assertTrue(editor.preview("pension-calculation", java.nio.file.Files.readString(kb.articles().resolve("retirement/pension-calculation.md"))).problems()
                .isEmpty(), "an article is not said to clash with itself");
    }

    // ------------------------------------------------------------------ publishing

    @Test
    void twoPublishersPublishingTwoArticlesOfOneFolderAtOnceBothSucceed() throws Exception {
        String a = text("retirement", "بازنشستگی زودهنگام", "بازنشستگی زودهنگام", "متن الف.");
        String b = text("retirement", "مستمری بازماندگان", "مستمری بازماندگان", "متن ب.");
        editor.save("early-retirement", a, 0, ALICE);
        editor.save("survivors-pension", b, 0, BOB);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String ra = a.replace("متن الف.", "متن الف، دور " + round + ".");
                String rb = b.replace("متن ب.", "متن ب، دور " + round + ".");
                long va = ((SaveOutcome.Saved) editor.save("early-retirement", ra,
                        editor.current("early-retirement").orElseThrow().version(), ALICE)).version();
                long vb = ((SaveOutcome.Saved) editor.save("survivors-pension", rb,
                        editor.current("survivors-pension").orElseThrow().version(), BOB)).version();
                CountDownLatch go = new CountDownLatch(1);
                Future<Long> fa = pool.submit(() -> { go.await(); return editor.publish("early-retirement", va, PUBLISHER); });
                Future<Long> fb = pool.submit(() -> { go.await(); return editor.publish("survivors-pension", vb, PUBLISHER); });
                go.countDown();
                assertEquals(va, fa.get(), "round " + round);
                assertEquals(vb, fb.get(), "round " + round);
                assertEquals(ra, Files.readString(kb.articles().resolve("retirement/early-retirement.md")));
                assertEquals(rb, Files.readString(kb.articles().resolve("retirement/survivors-pension.md")));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVersionCheckWouldFaultIsSavedWithTheProblemAsAWarningButNotPublished() {
        String taken = ArticleText.questions("محاسبه مستمری").get(0);
        String source = text("retirement", "مستمری حداقل", "مستمری حداقل", "متن.")
                .replace(ArticleText.questions("مستمری حداقل").get(1), taken);
        SaveOutcome.Saved saved = assertInstanceOf(SaveOutcome.Saved.class, editor.save("minimum-pension", source, 0, ALICE));
        assertTrue(saved.warnings().stream().anyMatch(w -> w.field().equals("questions")), "told: " + saved.warnings());
        EditorException refused = assertThrows(EditorException.class,
                () -> editor.publish("minimum-pension", saved.version(), PUBLISHER));
        assertTrue(refused.getMessage().contains("pension-calculation"), refused.getMessage());
        assertFalse(Files.exists(kb.articles().resolve("retirement/minimum-pension.md")), "check stays clean");
    }

    @Test
    void aPublishStoppedAfterItsFileWasWrittenIsFinishedAndAuditedOnTheNextLook() throws Exception {
        String slug = "pension-calculation";
        String v1 = editor.current(slug).orElseThrow().source();
        String v2 = v1.replace("سنوات ضربدر", "سال‌های سابقه ضربدر");
        editor.save(slug, v2, 1, ALICE);
        // what a process killed between the rename and the database leaves: the new file, the old state
        Files.writeString(kb.articles().resolve("retirement/" + slug + ".md"), v2);
        assertEquals(ArticleState.PUBLISHED, editor.current(slug).orElseThrow().state());
        assertTrue(audit.about(slug, 10).stream().anyMatch(e -> e.action().equals("published")
                && e.actor().equals(EditorService.SYSTEM) && e.detail().startsWith("version 2")),
                "the publish that reached readers is in the audit log: " + audit.about(slug, 10));
    }

    @Test
    void publishingIntoAnotherCategoryMovesTheFileAndRemovesTheOldOne() throws Exception {
        String slug = "pension-calculation";
        Path old = kb.articles().resolve("retirement").resolve(slug + ".md");
        EditorService.Current current = editor.current(slug).orElseThrow();
        assertEquals(Files.readString(old, StandardCharsets.UTF_8), current.source(), "the file, taken in");
        String moved = current.source().replace("category: retirement", "category: allowances");
        SaveOutcome.Saved saved = assertInstanceOf(SaveOutcome.Saved.class,
                editor.save(slug, moved, current.version(), ALICE));

        editor.publish(slug, saved.version(), PUBLISHER);

        Path now = kb.articles().resolve("allowances").resolve(slug + ".md");
        assertEquals(moved, Files.readString(now, StandardCharsets.UTF_8));
        assertFalse(Files.exists(old), "the old file is removed, or the slug would be there twice");
        assertEquals(List.of(now), filesNamed(slug + ".md"));
        assertEquals("allowances", knowledge.current().articles().findPublished(slug).orElseThrow().category(),
                "served from its new category once publish returns");
        LoadedArticles checked = LoadedArticles.load(kb.paths());
        assertEquals(List.of(), checked.articles().problems().stream().filter(Problem::isError).toList(),
                "check finds nothing wrong");
        assertEquals("allowances", checked.articles().find(slug).orElseThrow().category());
        assertEquals(saved.version(), editor.current(slug).orElseThrow().version(),
                "the moved file is our own text: no revision by «سیستم»");
    }

    @Test
    void publishRefusesAVersionThatIsNotTheLatest() throws Exception {
        String slug = "pension-calculation";
        Path file = kb.articles().resolve("retirement").resolve(slug + ".md");
        String onDisk = Files.readString(file, StandardCharsets.UTF_8);
        long v = editor.current(slug).orElseThrow().version();
        String reviewed = onDisk.replace("سنوات ضربدر", "سنوات، ضربدر");
        String later = onDisk.replace("سنوات ضربدر", "سال‌های بیمه ضربدر");
        editor.save(slug, reviewed, v, ALICE);
        editor.save(slug, later, v + 1, BOB);

        EditorException e = assertThrows(EditorException.class, () -> editor.publish(slug, v + 1, PUBLISHER));
        assertEquals(EditorException.Kind.CONFLICT, e.kind());
        assertTrue(e.getMessage().contains(String.valueOf(v + 2)), "names the latest version: " + e.getMessage());
        assertEquals(onDisk, Files.readString(file, StandardCharsets.UTF_8), "the published file is untouched");
        assertThrows(EditorException.class, () -> editor.publish(slug, v + 5, PUBLISHER), "nor a future version");
        assertEquals(onDisk, Files.readString(file, StandardCharsets.UTF_8));

        editor.publish(slug, v + 2, PUBLISHER);
        assertEquals(later, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void publishRefusesAnArticleWhoseStatusIsNotPublished() throws Exception {
        String slug = "still-a-draft";
        String draft = text("healthcare", "نسخه الکترونیک", "نسخه الکترونیک", "متن.")
                .replace("status: published", "status: draft");
        assertInstanceOf(SaveOutcome.Saved.class, editor.save(slug, draft, 0, ALICE));

        EditorException e = assertThrows(EditorException.class, () -> editor.publish(slug, 1, PUBLISHER));
        assertEquals(EditorException.Kind.NOT_ALLOWED_NOW, e.kind());
        assertTrue(e.getMessage().contains("status"), e.getMessage());
        assertEquals(List.of(), filesNamed(slug + ".md"), "no file written");
        assertTrue(knowledge.current().articles().find(slug).isEmpty());
        assertEquals(ArticleState.DRAFT, editor.current(slug).orElseThrow().state());
    }

    @Test
    void publishRefusesAnInvalidArticle() throws Exception {
        // a broken file arrives by `git pull`: the editor takes it in, and a publisher must not put it out again
        String slug = "pulled-broken";
        String broken = text("insured", "سوابق بیمه", "سوابق بیمه", "متن.")
                .replace("updated: 1403-05-12", "updated: 1403-13-45");
        Path file = kb.write("insured", slug, broken);
        EditorService.Current taken = editor.current(slug).orElseThrow();
        assertEquals(broken, taken.source());

        EditorException e = assertThrows(EditorException.class,
                () -> editor.publish(slug, taken.version(), PUBLISHER));
        assertEquals(EditorException.Kind.NOT_ALLOWED_NOW, e.kind());
        assertTrue(e.getMessage().contains("1403-13-45"), "says what is wrong: " + e.getMessage());
        assertTrue(knowledge.current().articles().find(slug).isEmpty(), "not served");
        assertEquals(broken, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(audit.about(slug, 10).stream().noneMatch(a -> a.action().equals("published")));

        // and the editor cannot save a broken text either: fixed, it goes through
        assertInstanceOf(SaveOutcome.Invalid.class, editor.save(slug, broken + "\nبیشتر", taken.version(), ALICE));
        String fixed = broken.replace("updated: 1403-13-45", "updated: 1403-12-25");
        SaveOutcome.Saved saved = assertInstanceOf(SaveOutcome.Saved.class,
                editor.save(slug, fixed, taken.version(), ALICE));
        editor.publish(slug, saved.version(), PUBLISHER);
        assertEquals(fixed, Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(knowledge.current().articles().findPublished(slug).isPresent());
    }

    // ------------------------------------------------------------------ versions

    @Test
    void versionsOnlyGrowWhateverHappensToTheArticle() throws Exception {
        String slug = "growing-versions";
        String v1 = text("unemployment", "قطع مقرری بیکاری", "قطع مقرری بیکاری", "متن یک.");
        List<Long> seen = new ArrayList<>();
        seen.add(saved(editor.save(slug, v1, 0, ALICE)));
        seen.add(saved(editor.save(slug, v1.replace("متن یک.", "متن دو."), 1, ALICE)));
        assertInstanceOf(SaveOutcome.Conflict.class, editor.save(slug, v1.replace("متن یک.", "متن سه."), 1, BOB));
        assertInstanceOf(SaveOutcome.Invalid.class, editor.save(slug, "---\ntitle: [\n---\n", 2, BOB));
        seen.add(editor.restore(slug, 1, BOB));
        editor.sendToReview(slug, ALICE);
        editor.publish(slug, latest(slug), PUBLISHER);
        Path file = kb.articles().resolve("unemployment").resolve(slug + ".md");
        assertEquals(v1, Files.readString(file, StandardCharsets.UTF_8));

        Files.writeString(file, v1.replace("متن یک.", "متن یک، ویرایش روی دیسک."), StandardCharsets.UTF_8);
        seen.add(latest(slug)); // taken in by «سیستم»
        assertEquals(EditorService.SYSTEM, editor.revisions(slug).getFirst().author());
        editor.withdraw(slug, false, PUBLISHER);
        seen.add(saved(editor.save(slug, v1.replace("متن یک.", "متن چهار."), latest(slug), ALICE)));
        editor.publish(slug, latest(slug), PUBLISHER);
        editor.withdraw(slug, true, PUBLISHER);
        seen.add(saved(editor.save(slug, v1.replace("متن یک.", "متن پنج."), latest(slug), ALICE)));
        seen.add(editor.restore(slug, 2, ALICE));

        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "versions went " + seen);
        }
        List<Long> listed = editor.revisions(slug).stream().map(Revision::version).toList();
        List<Long> expected = new ArrayList<>();
        for (long v = seen.getLast(); v >= 1; v--) expected.add(v);
        assertEquals(expected, listed, "one version per saved revision, newest first, none reused or skipped");
        assertEquals(v1, editor.revision(slug, 1).orElseThrow().source(), "the first text is still there");
    }

    // ------------------------------------------------------------------ answer numbers

    @Test
    void theNextNumberIsAboveEveryNumberAndStaysSoAfterTheHighestArticleIsArchived() throws Exception {
        int shipped = knowledge.current().articles().find("pension-calculation").orElseThrow().number().orElseThrow();
        int next = editor.nextNumber();
        assertEquals(shipped + 1, next, "one above the highest in the folder");

        String slug = "highest-number";
        String source = withNumber(text("retirement", "بالاترین شماره", "بالاترین شماره", "متن."), next);
        saved(editor.save(slug, source, 0, ALICE));
        assertEquals(next + 1, editor.nextNumber(), "a draft saved here holds its number already");
        editor.publish(slug, latest(slug), PUBLISHER);
        editor.withdraw(slug, true, PUBLISHER);
        assertTrue(knowledge.current().articles().find(slug).isEmpty(), "archived: no longer in the folder");

        assertEquals(next + 1, editor.nextNumber(), "the archived article's number is not offered again");
        String reuse = withNumber(text("retirement", "مقاله تازه", "مقاله تازه", "متن."), next);
        SaveOutcome.Invalid refused = assertInstanceOf(SaveOutcome.Invalid.class,
                editor.save("new-answer", reuse, 0, BOB));
        SourceProblem p = refused.problems().stream().filter(x -> x.field().equals("number")).findFirst()
                .orElseThrow(() -> new AssertionError(refused.problems().toString()));
        assertTrue(p.error() && p.message().contains(slug) && p.message().contains(PersianDigits.of(next)),
                p::toString);
        assertTrue(reuse.lines().toList().get(p.line() - 1).startsWith("number:"), "the number's line: " + p);
        assertTrue(editor.current("new-answer").isEmpty(), "nothing saved");
    }

    @Test
    void aNumberAnotherArticleInTheFolderHasIsAnErrorNamingThatArticle() {
        int taken = knowledge.current().articles().find("pension-calculation").orElseThrow().number().orElseThrow();
        String source = withNumber(text("retirement", "مستمری حداقل", "مستمری حداقل", "متن."), taken);
        SaveOutcome.Invalid refused = assertInstanceOf(SaveOutcome.Invalid.class,
                editor.save("minimum-pension", source, 0, ALICE));
        SourceProblem p = refused.problems().stream().filter(x -> x.field().equals("number")).findFirst()
                .orElseThrow(() -> new AssertionError(refused.problems().toString()));
        assertTrue(p.error());
        assertTrue(p.message().contains("«نحوه محاسبه مستمری بازنشستگی» (pension-calculation)")
                && p.message().contains(PersianDigits.of(taken)), p.message());
        assertTrue(source.lines().toList().get(p.line() - 1).startsWith("number:"), "the number's line: " + p);
        assertInstanceOf(SaveOutcome.Saved.class, editor.save("minimum-pension",
                withNumber(source, editor.nextNumber()), 0, ALICE), "the next free number is accepted");
    }

    private static String withNumber(String source, int number) {
        return source.replaceFirst("(?m)^number: .*$", "number: " + number);
    }

    // ------------------------------------------------------------------ helpers

    private Callable<SaveOutcome> saveWhen(CountDownLatch go, String slug, String source, long base, Actor by) {
        return () -> {
            go.await();
            return editor.save(slug, source, base, by);
        };
    }

    private long latest(String slug) {
        return editor.current(slug).orElseThrow().version();
    }

    private static long saved(SaveOutcome outcome) {
        return assertInstanceOf(SaveOutcome.Saved.class, outcome).version();
    }

    private List<Path> filesNamed(String name) throws Exception {
        try (Stream<Path> s = Files.walk(kb.articles())) {
            return s.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }

    private static String text(String category, String title, String questionStem, String body) {
        return ArticleText.valid(category, title, "خلاصهٔ " + title + ".", ArticleText.questions(questionStem), body);
    }
}
