package pasokh.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.AuditLog;
import pasokh.article.Article;
import pasokh.article.ArticleSet;
import pasokh.article.ArticleStore;
import pasokh.article.MarkdownRenderer;
import pasokh.article.Problem;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.KnowledgeConfig;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.RevisionRepository;
import pasokh.testing.ScratchKnowledgeBase;
import pasokh.testing.TestClock;

/**
 * {@code kill -9} in the middle of publishing, for real: a child JVM ({@link PublishingChild}) writes large
 * article texts over a scratch articles folder as fast as it can (with {@code AtomicFiles.write} alone, or
 * saving and publishing through the editor), and is killed with SIGKILL at a random moment, again and again.
 * After every kill each article file must be one complete text (the old or the new, never a mix, a part or
 * nothing), and whatever the killed writer left behind must be nothing that {@code serve} or {@code check}
 * would read as an article; after the publishing kills, the database must still agree with the folder.
 */
class KillDuringPublishTest {

    private static final int WRITE_KILLS = 15;
    private static final int PUBLISH_KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void killedWhileWritingArticleFilesEachFileIsOneWholeTextAndNoLeftoverIsAnArticle() throws Exception {
        ScratchKnowledgeBase kb = scratch();
        Rounds rounds = killRepeatedly(kb, "write", WRITE_KILLS);
        assertTrue(rounds.killedMidWrite > 0, "no kill landed in the middle of a write in " + WRITE_KILLS
                + " tries; the test proved nothing (raise the text sizes)");
        assertTrue(rounds.replaced, "the child never replaced a file");
    }

    @Test
    void killedWhilePublishingThePublishedRevisionIsTheFileAndNoVersionIsLost() throws Exception {
        ScratchKnowledgeBase kb = scratch();
        Rounds rounds = killRepeatedly(kb, "publish", PUBLISH_KILLS);
        assertTrue(rounds.replaced, "the child never published a new text");

        // the next start: the database agrees with the folder, the history has no hole, editing goes on
        try (KnowledgeBase knowledge = KnowledgeBase.open(kb.paths(), new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY)) {
            Database db = Database.open(kb.data());
            TestClock clock = new TestClock(ZonedDateTime.now(Portal.READERS_ZONE));
            RevisionRepository revisions = new RevisionRepository(db);
            EditorService editor = new EditorService(revisions, knowledge,
                    new AuditLog(new AuditRepository(db), clock), clock);
            for (KillTexts.Target t : KillTexts.targets()) {
                String onDisk = Files.readString(t.file(kb.articles()), StandardCharsets.UTF_8);
                EditorService.Current current = editor.current(t.slug()).orElseThrow();
                // the published revision is the file; a newer draft is one saved and killed before its publish
                RevisionRepository.StateRow state = revisions.state(t.slug()).orElseThrow();
                assertTrue(state.publishedVersion() != null, t.slug() + ": no published version, yet a file: " + state);
                assertEquals(t.variants().indexOf(onDisk),
                        t.variants().indexOf(revisions.get(t.slug(), state.publishedVersion()).orElseThrow().source()),
                        t.slug() + ": the published revision is the text readers see");
                assertTrue(current.version() >= state.publishedVersion(), state::toString);
                List<Long> versions = editor.revisions(t.slug()).stream().map(Revision::version).toList();
                for (int i = 0; i < versions.size(); i++) {
                    assertEquals(versions.size() - i, versions.get(i), t.slug() + ": versions " + versions);
                }
                System.out.printf("publish: %s has %d versions after the kills%n", t.slug(), versions.size());
                SaveOutcome next = editor.save(t.slug(), t.variants().get(1), current.version(), new Actor("after", "local"));
                assertInstanceOf(SaveOutcome.Saved.class, next, t.slug() + ": editing goes on after the crash");
            }
            assertTrue(knowledge.current().articles().published().size() >= KillTexts.targets().size());
        }
    }

    /** What the kills came to. */
    private record Rounds(int killedMidWrite, boolean replaced) {}

    private ScratchKnowledgeBase scratch() {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        for (KillTexts.Target t : KillTexts.targets()) kb.write(t.category(), t.slug(), t.variants().getFirst());
        return kb;
    }

    /**
     * Starts the child {@code kills} times and kills it with SIGKILL at a random moment of its loop; after each
     * kill, checks every article file and what {@code serve} and {@code check} would read.
     */
    private Rounds killRepeatedly(ScratchKnowledgeBase kb, String mode, int kills) throws Exception {
        Path articles = kb.articles();
        List<KillTexts.Target> targets = KillTexts.targets();
        Set<Path> expectedFiles = targets.stream().map(t -> t.file(articles)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expectedSlugs = targets.stream().map(KillTexts.Target::slug).collect(Collectors.toCollection(TreeSet::new));
        ArticleStore store = KnowledgeConfig.load(kb.config()).articleStore(articles);

        int killedMidWrite = 0;
        boolean replaced = false;
        for (int round = 1; round <= kills; round++) {
            Set<Path> leftoversBefore = leftovers(articles);
            Process child = start(kb, mode, dir.resolve("child-" + mode + "-" + round + ".err"));
            Thread.sleep(ThreadLocalRandom.current().nextInt(0, 250));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
            assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the child did not die");
            assertTrue(child.exitValue() != 0, "the child was killed, it did not finish");

            for (KillTexts.Target t : targets) {
                Path file = t.file(articles);
                assertTrue(Files.isRegularFile(file), "round " + round + ": " + file + " is gone");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int variant = t.variants().indexOf(text);
                if (variant < 0) {
                    fail("round " + round + ": " + file + " is not one whole text (" + text.length() + " chars, "
                            + describe(text, t.variants()) + ")");
                }
                replaced |= variant != 0;
            }

            Set<Path> left = leftovers(articles);
            if (left.size() > leftoversBefore.size()) killedMidWrite++;
            for (Path p : left) {
                assertTrue(p.getFileName().toString().startsWith("."), "round " + round + ": a leftover that is not hidden: " + p);
            }
            assertEquals(expectedFiles, articleFiles(articles), "round " + round + ": files named like articles");
            assertEquals(List.copyOf(expectedFiles), store.files(), "round " + round + ": what serve and check read");
            ArticleSet loaded = store.load();
            assertEquals(expectedSlugs, loaded.all().stream().map(Article::slug).collect(Collectors.toCollection(TreeSet::new)),
                    "round " + round + ": the articles loaded");
            assertEquals(List.of(), loaded.problems().stream().filter(Problem::isError).toList(),
                    "round " + round + ": check would report errors");
        }
        System.out.printf("%s: %d kills, %d left a temporary file behind (killed mid-write)%n", mode, kills,
                killedMidWrite);
        return new Rounds(killedMidWrite, replaced);
    }

    /** Starts the child and returns once it is in its write loop (its first write done). */
    private static Process start(ScratchKnowledgeBase kb, String mode, Path errors) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                PublishingChild.class.getName(), mode, kb.articles().toString(), kb.config().toString(),
                kb.data().toString())
                .redirectError(errors.toFile()).start();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                return r.readLine();
            } catch (Exception e) {
                return null;
            }
        });
        String line;
        try {
            line = first.get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            child.destroyForcibly();
            throw new AssertionError("the child did not start writing within 20 s: " + Files.readString(errors));
        }
        if (!"writing".equals(line)) {
            child.waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError("the child said " + line + ": " + Files.readString(errors));
        }
        return child;
    }

    private static Set<Path> articleFiles(Path articles) throws Exception {
        try (Stream<Path> s = Files.walk(articles)) {
            return s.filter(Files::isRegularFile).filter(ArticleStore::isArticleFileName)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** What a killed writer left: every file that is not named like an article. */
    private static Set<Path> leftovers(Path articles) throws Exception {
        try (Stream<Path> s = Files.walk(articles)) {
            return s.filter(Files::isRegularFile).filter(p -> !ArticleStore.isArticleFileName(p))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String describe(String text, List<String> variants) {
        if (text.isEmpty()) return "empty";
        for (int v = 0; v < variants.size(); v++) {
            if (variants.get(v).startsWith(text)) return "a cut-off copy of version " + v;
            if (text.startsWith(variants.get(v).substring(0, Math.min(200, variants.get(v).length())))) {
                return "starts as version " + v;
            }
        }
        return "none of the versions";
    }
}
