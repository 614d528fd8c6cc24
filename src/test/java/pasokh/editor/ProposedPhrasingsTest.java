package pasokh.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.AuditAction;
import pasokh.account.AuditEntry;
import pasokh.account.AuditLog;
import pasokh.article.Article;
import pasokh.article.FrontMatter;
import pasokh.article.FrontMatterWriter;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.questions.QuestionImporter;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;
import pasokh.search.SearchService;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.PhrasingDecisionRepository;
import pasokh.store.QuestionRepository;
import pasokh.store.RevisionRepository;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;
import pasokh.testing.TestClock;

/**
 * Proposed phrasings below HTTP, over a scratch articles folder and a real SQLite database, with the callers'
 * questions imported from a CRM log as {@code import-questions} imports them: the threshold, what is left out
 * (wordings already asked after analysis, dismissed or accepted ones, unpublished articles, texts retention
 * deleted), and what accepting makes: a draft revision, the file untouched until a publisher publishes it, and
 * then search finding the article by the callers' wording.
 */
class ProposedPhrasingsTest {

    private static final Actor EDITOR = new Actor("sara", "10.0.0.1");
    private static final Actor PUBLISHER = new Actor("parisa", "10.0.0.3");
    private static final String PENSION = "pension-calculation";
    private static final String UNEMPLOYMENT = "unemployment-eligibility";
    private static final String MARRIAGE = "marriage-allowance";

    @TempDir
    Path dir;

    private ScratchKnowledgeBase kb;
    private KnowledgeBase knowledge;
    private Database db;
    private QuestionRepository questions;
    private AuditLog audit;
    private EditorService editor;
    private TestClock clock;
    private int logs;

    @BeforeEach
    void open() throws Exception {
        kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", PENSION, "نحوه محاسبه مستمری بازنشستگی",
                "مستمری از میانگین دستمزد دو سال آخر حساب می‌شود.", ArticleText.questions("محاسبه مستمری"),
                "## فرمول\n\nمستمری برابر است با سنوات ضربدر میانگین دستمزد.");
        kb.article("unemployment", UNEMPLOYMENT, "شرایط دریافت بیمه بیکاری",
                "بیمه بیکاری به کسی می‌رسد که بی‌میل خود بیکار شده و شش ماه سابقه دارد.",
                withQuestion(ArticleText.questions("بیمه بیکاری"), "بیمه‌شده‌ها بعد از اخراج بیمه بیکاری می‌گیرند؟"),
                "## شرایط\n\nکارگری که بدون میل خودش بیکار شده، مقرری می‌گیرد.");
        kb.write("allowances", MARRIAGE, ArticleText.valid("allowances", "کمک‌هزینه ازدواج", "یک بار پرداخت می‌شود.",
                ArticleText.questions("کمک هزینه ازدواج"), "## مبلغ\n\nیک بار.").replace("status: published",
                "status: draft"));
        clock = new TestClock(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE));
        knowledge = KnowledgeBase.open(kb.paths(), new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY);
        db = Database.open(kb.data());
        questions = new QuestionRepository(db);
        audit = new AuditLog(new AuditRepository(db), clock);
        editor = new EditorService(new RevisionRepository(db), knowledge, audit, clock);
    }

    @AfterEach
    void close() throws Exception {
        knowledge.close();
    }

    private ProposedPhrasings phrasings(int minCount) {
        return new ProposedPhrasings(questions, new PhrasingDecisionRepository(db), editor, knowledge,
                new PhrasingSettings(minCount), audit, clock);
    }

    // ------------------------------------------------------------------ what is proposed

    @Test
    void aWordingAnsweredByOneArticleAtLeastNTimesIsProposedWithItsMostAskedTextMostAskedFirst() throws Exception {
        String often = "مستمری بازنشستگیم رو چطوری حساب میکنن";
        String rising = "بیمه بیکاری به کارگر فصلی هم میرسه";
        String twice = "مستمری سربازی رو حساب میکنن";
        imported(row(often, PENSION), row(often, PENSION),
                // the same question with a half-space and Arabic letters: one wording after analysis
                row("مستمری بازنشستگی‌ام رو چطوری حساب ميكنن", PENSION),
                row(rising, UNEMPLOYMENT), row(rising, UNEMPLOYMENT), row(rising, UNEMPLOYMENT), row(rising, UNEMPLOYMENT),
                row(twice, PENSION), row(twice, PENSION),
                // without an article named, or named by the portal's own search, a row is no evidence
                row(twice, ""), row(twice, PENSION, "site-search"), row(twice, PENSION, "not-helpful"));

        List<Proposal> three = phrasings(3).list();
        assertEquals(List.of(rising + " → " + UNEMPLOYMENT + " ×4", often + " → " + PENSION + " ×3"), shown(three),
                "the most asked first; a wording asked twice waits");
        assertEquals("شرایط دریافت بیمه بیکاری", three.getFirst().title());

        assertEquals(List.of(rising + " → " + UNEMPLOYMENT + " ×4", often + " → " + PENSION + " ×3",
                twice + " → " + PENSION + " ×2"), shown(phrasings(2).list()), "the threshold is configurable");
        assertEquals(List.of(rising + " → " + UNEMPLOYMENT + " ×4"), shown(phrasings(4).list()));
    }

    @Test
    void ofTwoWordingsAskedAsOftenTheMoreRecentlyAskedComesFirst() throws Exception {
        String older = "بیمه بیکاری زنان خانه دار";
        String newer = "مستمری کارگر ساختمانی رو چطوری حساب میکنن";
        imported(row(older, UNEMPLOYMENT), row(older, UNEMPLOYMENT), row(older, UNEMPLOYMENT));
        clock.advance(Duration.ofDays(2));
        imported(row(newer, PENSION), row(newer, PENSION), row(newer, PENSION));
        assertEquals(List.of(newer + " → " + PENSION + " ×3", older + " → " + UNEMPLOYMENT + " ×3"),
                shown(phrasings(3).list()));
    }

    @Test
    void aWordingAlreadyAmongTheArticlesQuestionsAfterAnalysisIsNotProposed() throws Exception {
        // the article asks «بیمه بیکاری چیست؟» and «من بیمه بیکاری میخوام»
        imported(row("بيمه بيكاري چيست", UNEMPLOYMENT), row("بیمه‌بیکاری چیست", UNEMPLOYMENT),
                row("بیمه بیکاری چیست؟", UNEMPLOYMENT),
                row("من بیمه بیکاری میخوام!", UNEMPLOYMENT), row("من بيمه بيكاري ميخوام", UNEMPLOYMENT),
                row("من  بیمه بیکاری میخوام", UNEMPLOYMENT),
                // another article's question: adding it here would make it a question of two articles
                row("محاسبه مستمری چیست", UNEMPLOYMENT), row("محاسبه مستمری چیست", UNEMPLOYMENT),
                row("محاسبه مستمری چیست", UNEMPLOYMENT),
                // the half-spaces dropped, as phones often type it: the same question
                row("بیمهشدهها بعد از اخراج بیمه بیکاری میگیرند", UNEMPLOYMENT),
                row("بیمهشدهها بعد از اخراج بیمه بیکاری میگیرند", UNEMPLOYMENT),
                row("بیمهشدهها بعد از اخراج بیمه بیکاری میگیرند", UNEMPLOYMENT),
                row("بیمه بیکاری بعد از استعفا", UNEMPLOYMENT), row("بیمه بیکاری بعد از استعفا", UNEMPLOYMENT),
                row("بیمه بیکاری بعد از استعفا", UNEMPLOYMENT));
        assertEquals(List.of("بیمه بیکاری بعد از استعفا → " + UNEMPLOYMENT + " ×3"), shown(phrasings(3).list()));
    }

    @Test
    void anArticleThatIsNotPublishedGetsNoProposalsNorAnArticleThatDoesNotExist() throws Exception {
        String wording = "کمک هزینه ازدواج برای بار دوم";
        imported(row(wording, MARRIAGE), row(wording, MARRIAGE), row(wording, MARRIAGE),
                row(wording, "no-such-article"), row(wording, "no-such-article"), row(wording, "no-such-article"));
        assertEquals(List.of(), phrasings(3).list());
        EditorException e = assertThrows(EditorException.class, () -> phrasings(3).accept(wording, MARRIAGE, EDITOR));
        assertEquals(EditorException.Kind.NOT_FOUND, e.kind());
    }

    @Test
    void aWordingWhoseTextsRetentionDeletedIsNotShownAndAScrubbedNumberIsNeverTheTextShown() throws Exception {
        String old = "مستمری پدرم رو چطوری حساب میکنن";
        imported(row(old, PENSION), row(old, PENSION), row(old, PENSION));
        assertEquals(1, phrasings(3).list().size());
        questions.forgetTextsBefore(clock.millis() + 1);
        assertEquals(List.of(), phrasings(3).list(), "no kept text, nothing to show");

        String withNumber = "مستمری با کد ملی 0012345678 چقدر میشه";
        String plain = "مستمری با کد ملی چقدر میشه";
        imported(row(withNumber, PENSION), row(withNumber, PENSION), row(plain, PENSION));
        List<Proposal> listed = phrasings(3).list();
        assertEquals(List.of(plain + " → " + PENSION + " ×3"), shown(listed),
                "counted with the scrubbed rows, shown by the one wording without a placeholder");
    }

    @Test
    void finglishAndPersianTypedOnAnEnglishKeyboardAreNeverShownAsAWording() throws Exception {
        imported(row("bime bikari kargar fasli", UNEMPLOYMENT), row("bime bikari kargar fasli", UNEMPLOYMENT),
                row("bime bikari kargar fasli", UNEMPLOYMENT),
                row("fdli fd;hvd ;hv'v tsgd", UNEMPLOYMENT), row("fdli fd;hvd ;hv'v tsgd", UNEMPLOYMENT),
                row("fdli fd;hvd ;hv'v tsgd", UNEMPLOYMENT),
                row("کد SMS بیمه بیکاری کارگر فصلی", UNEMPLOYMENT), row("کد SMS بیمه بیکاری کارگر فصلی", UNEMPLOYMENT),
                row("کد SMS بیمه بیکاری کارگر فصلی", UNEMPLOYMENT));
        assertEquals(List.of("کد SMS بیمه بیکاری کارگر فصلی → " + UNEMPLOYMENT + " ×3"), shown(phrasings(3).list()),
                "a Persian question with a Latin word in it is still Persian");
    }

    // ------------------------------------------------------------------ dismiss

    @Test
    void aDismissedWordingIsNotProposedAgainEvenAsMoreCallersAskIt() throws Exception {
        String wording = "بیمه بیکاری به کارگر فصلی هم میرسه";
        imported(row(wording, UNEMPLOYMENT), row(wording, UNEMPLOYMENT), row(wording, UNEMPLOYMENT));
        ProposedPhrasings phrasings = phrasings(3);
        phrasings.dismiss(wording, UNEMPLOYMENT, EDITOR);

        assertEquals(List.of(), phrasings.list());
        imported(row(wording, UNEMPLOYMENT), row("بيمه بيكاري به كارگر فصلي هم ميرسه", UNEMPLOYMENT));
        assertEquals(List.of(), phrasings.list(), "five askings now, still dismissed");
        AuditEntry entry = latest(AuditAction.PHRASING_DISMISSED);
        assertEquals("sara", entry.actor());
        assertEquals(UNEMPLOYMENT, entry.target());
        assertEquals(wording, entry.detail());
        assertTrue(editor.revisions(UNEMPLOYMENT).size() == 1, "dismissing changes no article");

        EditorException again = assertThrows(EditorException.class, () -> phrasings.dismiss(wording, UNEMPLOYMENT, EDITOR));
        assertEquals(EditorException.Kind.NOT_PROPOSED, again.kind());
        EditorException never = assertThrows(EditorException.class,
                () -> phrasings.accept("پرسشی که کسی نپرسیده", UNEMPLOYMENT, EDITOR));
        assertEquals(EditorException.Kind.NOT_PROPOSED, never.kind());
    }

    @Test
    void dismissingForOneArticleLeavesTheSameWordingProposedForAnother() throws Exception {
        String wording = "مستمری بیکاری رو چطوری حساب میکنن";
        imported(row(wording, UNEMPLOYMENT), row(wording, UNEMPLOYMENT), row(wording, UNEMPLOYMENT),
                row(wording, PENSION), row(wording, PENSION), row(wording, PENSION));
        ProposedPhrasings phrasings = phrasings(3);
        phrasings.dismiss(wording, UNEMPLOYMENT, EDITOR);
        assertEquals(List.of(wording + " → " + PENSION + " ×3"), shown(phrasings.list()));
    }

    // ------------------------------------------------------------------ accept

    @Test
    void acceptingAddsTheQuestionAsADraftRevisionTheFileWaitsForAPublishAndThenSearchFindsTheArticleByIt()
            throws Exception {
        String wording = "کارمند قدیمی دریافتی ماهانه‌اش را چطور درمیاره";
        Path file = kb.articles().resolve("retirement").resolve(PENSION + ".md");
        String onDisk = Files.readString(file, StandardCharsets.UTF_8);
        SearchService search = new SearchService(knowledge);
        assertFalse(finds(search, wording, PENSION), "the callers' wording does not find the article yet");
        imported(row(wording, PENSION), row(wording, PENSION), row(wording, PENSION));
        long before = editor.current(PENSION).orElseThrow().version();

        ProposedPhrasings phrasings = phrasings(3);
        long version = phrasings.accept(wording, PENSION, EDITOR);

        assertEquals(before + 1, version);
        EditorService.Current latest = editor.current(PENSION).orElseThrow();
        assertEquals(version, latest.version());
        assertEquals(ArticleState.DRAFT, latest.state(), "a draft for a publisher to publish");
        Revision revision = editor.revision(PENSION, version).orElseThrow();
        assertEquals("sara", revision.author());
        assertEquals("پرسش پیشنهادی افزوده شد", revision.note());
        Article draft = editor.preview(PENSION, latest.source()).article().orElseThrow();
        Article published = knowledge.current().articles().find(PENSION).orElseThrow();
        List<String> expected = new ArrayList<>(published.questions());
        expected.add(wording);
        assertEquals(expected, draft.questions(), "the question is added after the others");
        assertEquals(List.of(), editor.preview(PENSION, latest.source()).problems(), "the draft is clean");
        // the fixture writes number last; the writer puts every field in the README's order
        assertEquals(new java.util.TreeSet<>(keys(onDisk)), new java.util.TreeSet<>(keys(latest.source())),
                "the same fields");
        FrontMatterWriter.Fields was = FrontMatterWriter.of(published);
        FrontMatterWriter.Fields now = FrontMatterWriter.of(draft);
        assertEquals(was.values(), now.values(), "no other field changed");
        assertEquals(was.body().strip(), now.body().strip(), "nor the body");
        assertEquals(was.lists().entrySet().stream().filter(e -> !e.getKey().equals("questions")).toList(),
                now.lists().entrySet().stream().filter(e -> !e.getKey().equals("questions")).toList());
        assertEquals(onDisk, Files.readString(file, StandardCharsets.UTF_8), "readers keep the published file");
        assertEquals(List.of(), phrasings.list(), "an accepted wording is not proposed again while it waits");
        AuditEntry entry = latest(AuditAction.PHRASING_ACCEPTED);
        assertEquals("sara", entry.actor());
        assertEquals(PENSION, entry.target());
        assertTrue(entry.detail().contains("version " + version) && entry.detail().contains(wording), entry.detail());
        assertFalse(finds(search, wording, PENSION), "not on the site before the publish");

        editor.publish(PENSION, version, PUBLISHER);

        assertEquals(latest.source(), Files.readString(file, StandardCharsets.UTF_8));
        SearchResult result = search.search(new SearchQuery(wording, Optional.empty(), 1, 10));
        assertEquals(PENSION, result.hits().getFirst().article().slug(), "the callers' wording finds it first");
        assertEquals(List.of(), phrasings.list(), "and it is among the article's questions now");
    }

    @Test
    void aWordingTypedWithAHalfSpaceOrArabicLettersIsAcceptedInPersianLetters() throws Exception {
        String shown = "مستمری کارگر ساختمانی رو چطوری حساب میکنن";
        imported(row(shown, PENSION), row(shown, PENSION), row("مستمري كارگر ساختماني رو چطوري حساب ميكنن", PENSION));
        ProposedPhrasings phrasings = phrasings(3);
        assertEquals(shown, phrasings.list().getFirst().text());

        long version = phrasings.accept("مستمري كارگر ساختماني رو چطوري حساب ميكنن", PENSION, EDITOR);

        Article draft = editor.preview(PENSION, editor.revision(PENSION, version).orElseThrow().source()).article()
                .orElseThrow();
        assertEquals(shown, draft.questions().getLast(), "no Arabic ي or ك enters the article");
    }

    @Test
    void anArticleInReviewStaysInReviewWhenAProposalIsAccepted() throws Exception {
        String wording = "بیمه بیکاری به کارگر فصلی هم میرسه";
        EditorService.Current shipped = editor.current(UNEMPLOYMENT).orElseThrow();
        String edited = shipped.source().replace("مقرری می‌گیرد.", "مقرری بیکاری می‌گیرد.");
        assertTrue(editor.save(UNEMPLOYMENT, edited, shipped.version(), EDITOR) instanceof SaveOutcome.Saved);
        editor.sendToReview(UNEMPLOYMENT, EDITOR);
        imported(row(wording, UNEMPLOYMENT), row(wording, UNEMPLOYMENT), row(wording, UNEMPLOYMENT));

        long version = phrasings(3).accept(wording, UNEMPLOYMENT, EDITOR);

        EditorService.Current latest = editor.current(UNEMPLOYMENT).orElseThrow();
        assertEquals(ArticleState.REVIEW, latest.state());
        assertTrue(latest.source().contains("مقرری بیکاری می‌گیرد."), "added to the latest revision, the edit kept");
        assertTrue(latest.source().contains("  - " + wording + "\n"), latest.source());
        assertEquals(shipped.version() + 2, version);
    }

    @Test
    void theThresholdIsReadFromGapsPropertiesAndABadValueSaysWhatToWrite() throws Exception {
        assertEquals(3, PhrasingSettings.load(kb.config()).minCount(), "the shipped index-config asks for 3");
        Path config = dir.resolve("other-config");
        Files.createDirectories(config);
        assertEquals(PhrasingSettings.DEFAULT, PhrasingSettings.load(config), "no file: the default");
        Files.writeString(config.resolve("gaps.properties"), "phrasings.min-count = 5\n");
        assertEquals(5, PhrasingSettings.load(config).minCount());
        Files.writeString(config.resolve("gaps.properties"), "phrasings.min-count=three\n");
        IOException e = assertThrows(IOException.class, () -> PhrasingSettings.load(config));
        assertTrue(e.getMessage().contains("phrasings.min-count must be a whole number") && e.getMessage().contains("three"),
                e.getMessage());
    }

    // ------------------------------------------------------------------ helpers

    private record Row(String text, String article, String channel) {}

    private static List<String> withQuestion(List<String> questions, String more) {
        List<String> all = new ArrayList<>(questions);
        all.add(more);
        return all;
    }

    private static Row row(String text, String article) {
        return row(text, article, "1420");
    }

    private static Row row(String text, String article, String channel) {
        return new Row(text, article, channel);
    }

    /** Imports the rows as a CRM log, a minute apart, ending now; returns nothing it refused. */
    private void imported(Row... rows) throws IOException {
        StringBuilder tsv = new StringBuilder("time\tchannel\ttext\tarticle\n");
        Instant at = clock.instant().minus(rows.length, ChronoUnit.MINUTES);
        for (Row r : rows) {
            at = at.plus(1, ChronoUnit.MINUTES);
            tsv.append(at.atZone(Portal.READERS_ZONE).toLocalDateTime()).append('\t').append(r.channel()).append('\t')
                    .append(r.text()).append('\t').append(r.article()).append('\n');
        }
        Path file = dir.resolve("log-" + (++logs) + ".tsv");
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        new QuestionImporter(questions, () -> knowledge.current().analysis(), Portal.READERS_ZONE)
                .importFiles(List.of(file), QuestionImporter.Options.DETECT, QuestionImporter.Progress.NONE,
                        p -> problems.add(p.toString()));
        assertEquals(List.of(), problems);
    }

    private static List<String> shown(List<Proposal> proposals) {
        return proposals.stream().map(p -> p.text() + " → " + p.slug() + " ×" + p.count()).toList();
    }

    private AuditEntry latest(AuditAction action) {
        return audit.page(Instant.EPOCH, 1, 100).entries().stream().filter(e -> e.action().equals(action.id()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + action + " in the audit log"));
    }

    private static boolean finds(SearchService search, String text, String slug) {
        return search.search(new SearchQuery(text, Optional.empty(), 1, 10)).hits().stream()
                .anyMatch(h -> h.article().slug().equals(slug));
    }

    /** The front matter's keys in the order they are written. */
    private static List<String> keys(String source) {
        return FrontMatter.split(source).orElseThrow().yaml().lines().filter(l -> l.matches("[a-z_]+:.*"))
                .map(l -> l.substring(0, l.indexOf(':'))).toList();
    }
}
