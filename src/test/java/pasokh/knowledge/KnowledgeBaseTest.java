package pasokh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.article.MarkdownRenderer;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;
import pasokh.search.SearchService;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class KnowledgeBaseTest {

    @TempDir
    Path dir;

    private ScratchKnowledgeBase scratch() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("unemployment", "unemployment-eligibility", "شرایط دریافت بیمه بیکاری",
                "بیمه بیکاری به کسی می‌رسد که بی‌میل خود بیکار شده باشد.", ArticleText.questions("بیمه بیکاری"),
                "کارگری که بدون میل خودش بیکار شده، مقرری بیکاری می‌گیرد.");
        kb.article("retirement", "pension-calculation", "نحوه محاسبه مستمری بازنشستگی",
                "مستمری از میانگین دستمزد دو سال آخر حساب می‌شود.", ArticleText.questions("محاسبه مستمری"),
                "مستمری بازنشستگی برابر است با سنوات ضربدر میانگین دستمزد.");
        return kb;
    }

    private static KnowledgeBase open(ScratchKnowledgeBase kb) throws Exception {
        return KnowledgeBase.open(kb.paths(), new MarkdownRenderer(), KnowledgeBase.Storage.DATA_FOLDER);
    }

    private static List<String> slugs(KnowledgeBase kb, String query) {
        SearchResult r = new SearchService(kb).search(new SearchQuery(query, Optional.empty(), 1, 10));
        return r.hits().stream().map(h -> h.article().slug()).toList();
    }

    @Test
    void anArticleSavedOnDiskIsSearchableWithoutARestart() throws Exception {
        ScratchKnowledgeBase scratch = scratch();
        try (KnowledgeBase kb = open(scratch)) {
            kb.watch();
            assertEquals(List.of(), slugs(kb, "کمک هزینه ازدواج"));
            long started = System.nanoTime();
            scratch.article("allowances", "marriage-allowance", "کمک هزینه ازدواج",
                    "بیمه‌شده‌ای که ازدواج کند کمک هزینه می‌گیرد.",
                    ArticleText.questions("کمک هزینه ازدواج"), "کمک هزینه ازدواج یک بار پرداخت می‌شود.");
            waitUntil(() -> slugs(kb, "کمک هزینه ازدواج").contains("marriage-allowance"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(millis < 5_000, "found after " + millis + " ms");
            assertEquals(3, kb.current().articles().published().size());
        }
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodVersionServedAndSaysWhere() throws Exception {
        ScratchKnowledgeBase scratch = scratch();
        try (KnowledgeBase kb = open(scratch)) {
            Path file = scratch.write("retirement", "pension-calculation", "---\ntitle: [نیمه‌کاره\n---\nمتن");
            Snapshot next = kb.refresh(List.of(file)).get(10, TimeUnit.SECONDS);
            assertEquals(List.of("pension-calculation"), slugs(kb, "محاسبه مستمری"),
                    "the last good version is still served");
            assertTrue(next.articles().problems().stream()
                            .anyMatch(p -> p.isError() && p.path().toString().endsWith("pension-calculation.md")
                                    && p.line() > 0),
                    "the problem is reported as path:line: " + next.articles().problems());
            scratch.article("retirement", "pension-calculation", "نحوه محاسبه مستمری بازنشستگی",
                    "مستمری حالا از میانگین سه سال حساب می‌شود.",
                    ArticleText.questions("محاسبه مستمری"), "متن تازه درباره میانگین سه ساله.");
            kb.refresh(List.of(file)).get(10, TimeUnit.SECONDS);
            assertEquals("مستمری حالا از میانگین سه سال حساب می‌شود.",
                    kb.current().articles().findPublished("pension-calculation").orElseThrow().summary(),
                    "the fixed file replaces it");
        }
    }

    @Test
    void aDeletedArticleAndANewCategoryFolderAreFollowed() throws Exception {
        ScratchKnowledgeBase scratch = scratch();
        try (KnowledgeBase kb = open(scratch)) {
            Path deleted = scratch.articles().resolve("unemployment").resolve("unemployment-eligibility.md");
            Files.delete(deleted);
            Path added = scratch.article("healthcare", "electronic-prescription", "نسخه الکترونیک",
                    "پزشک نسخه را در سامانه می‌نویسد.",
                    ArticleText.questions("نسخه الکترونیک"), "داروخانه نسخه را با کد ملی می‌بیند.");
            kb.refresh(List.of(deleted, added.getParent())).get(10, TimeUnit.SECONDS);
            assertEquals(List.of(), slugs(kb, "بیمه بیکاری"));
            assertEquals(List.of("electronic-prescription"), slugs(kb, "نسخه الکترونیک"));
        }
    }

    @Test
    void aNewArticleMovesTheStemsOfOthersAndTheyAreAnalysedAgain() throws Exception {
        ScratchKnowledgeBase scratch = new ScratchKnowledgeBase(dir);
        // «کارگران» becomes «کارگر» only once some article uses «کارگر» itself
        scratch.article("employers", "workers-list", "فهرست ماهانه", "کارفرما فهرست را می‌فرستد.",
                ArticleText.questions("فهرست ماهانه"), "نام همه کارگران در فهرست می‌آید.");
        try (KnowledgeBase kb = open(scratch)) {
            assertEquals(List.of(), slugs(kb, "کارگر"));
            Path added = scratch.article("insured", "worker-rights", "حقوق بیمه‌ای", "هر کارگر بیمه می‌شود.",
                    ArticleText.questions("حقوق بیمه‌ای"), "کارگر از روز اول بیمه است.");
            kb.refresh(List.of(added)).get(10, TimeUnit.SECONDS);
            assertTrue(slugs(kb, "کارگر").contains("workers-list"),
                    "the older article is found by the stem the new one brought");
        }
    }

    @Test
    void aChangedWordListIsPickedUpAndABrokenConfigKeepsThePreviousOne() throws Exception {
        ScratchKnowledgeBase scratch = scratch();
        try (KnowledgeBase kb = open(scratch)) {
            assertEquals(List.of(), slugs(kb, "اخراج"));
            Files.writeString(scratch.config().resolve("synonyms.txt"), "اخراج => بیکاری\n");
            kb.reload().get(10, TimeUnit.SECONDS);
            assertEquals("unemployment-eligibility", slugs(kb, "اخراج").getFirst());
            Files.writeString(scratch.config().resolve("ranking.properties"), "boost.questions=-1\n");
            long generation = kb.current().generation();
            assertThrowsOn(kb.reload());
            assertEquals(generation, kb.current().generation(), "still serving the last good snapshot");
            assertEquals("unemployment-eligibility", slugs(kb, "اخراج").getFirst());
        }
    }

    @Test
    void searchesRunningWhileArticlesChangeNeverFail() throws Exception {
        ScratchKnowledgeBase scratch = scratch();
        try (KnowledgeBase kb = open(scratch)) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger searches = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(Thread.ofPlatform().start(() -> {
                    while (!stop.get()) {
                        try {
                            if (!slugs(kb, "مستمری بازنشستگی").contains("pension-calculation")) {
                                failure.compareAndSet(null, new AssertionError("an edited article went missing"));
                            }
                            searches.incrementAndGet();
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                }));
            }
            for (int edit = 0; edit < 15; edit++) {
                Path file = scratch.article("retirement", "pension-calculation", "نحوه محاسبه مستمری بازنشستگی",
                        "مستمری بازنشستگی، نسخه " + edit, ArticleText.questions("محاسبه مستمری"),
                        "مستمری بازنشستگی و نسخه " + edit);
                kb.refresh(List.of(file)).get(10, TimeUnit.SECONDS);
            }
            stop.set(true);
            for (Thread r : readers) r.join();
            assertEquals(null, failure.get());
            assertTrue(searches.get() > 15, "searched throughout: " + searches.get());
            assertTrue(kb.current().generation() >= 16);
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheArticlesAtStart() throws Exception {
        ScratchKnowledgeBase scratch = scratch();
        try (KnowledgeBase kb = open(scratch)) {
            assertEquals("unemployment-eligibility", slugs(kb, "بیمه بیکاری").getFirst());
        }
        damageBiggestFile(scratch.data().resolve("index"));
        try (KnowledgeBase kb = open(scratch)) {
            assertEquals("unemployment-eligibility", slugs(kb, "بیمه بیکاری").getFirst());
            assertEquals("pension-calculation", slugs(kb, "محاسبه مستمری").getFirst());
        }
    }

    @Test
    void aSecondProcessOnTheSameDataFolderKeepsItsIndexInMemory() throws Exception {
        ScratchKnowledgeBase scratch = scratch();
        try (KnowledgeBase first = open(scratch); KnowledgeBase second = open(scratch)) {
            assertEquals("unemployment-eligibility", slugs(second, "بیمه بیکاری").getFirst());
            assertEquals("unemployment-eligibility", slugs(first, "بیمه بیکاری").getFirst());
        }
    }

    private static void damageBiggestFile(Path index) throws Exception {
        Path biggest;
        try (Stream<Path> files = Files.list(index)) {
            biggest = files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(biggest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[] {9, 9, 9, 9, 9, 9, 9, 9});
        }
    }

    private static void assertThrowsOn(Future<?> change) {
        try {
            change.get(10, TimeUnit.SECONDS);
            throw new AssertionError("the broken config was applied");
        } catch (ExecutionException expected) {
            assertTrue(expected.getCause().getMessage().contains("boost.questions"), expected.getCause().getMessage());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertFalse(System.nanoTime() > deadline, "the change was never picked up");
            Thread.sleep(20);
        }
    }
}
