package pasokh;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.account.Accounts;
import pasokh.account.PasswordHasher;
import pasokh.account.SessionPolicy;
import pasokh.article.MarkdownRenderer;
import pasokh.engagement.EngagementHealth;
import pasokh.engagement.FeedbackService;
import pasokh.engagement.ReadCounter;
import pasokh.editor.EditorService;
import pasokh.editor.RecentChanges;
import pasokh.flags.ArticleFlags;
import pasokh.editor.PhrasingSettings;
import pasokh.editor.ProposedPhrasings;
import pasokh.knowledge.KnowledgeBase;
import pasokh.questions.ArticleMatcher;
import pasokh.questions.GapAnalysis;
import pasokh.questions.GapReports;
import pasokh.questions.GapThresholds;
import pasokh.questions.QuestionRetention;
import pasokh.questions.RecordedQuestions;
import pasokh.questions.SiteDemand;
import pasokh.search.SearchService;
import pasokh.search.SuggestService;
import pasokh.store.ArticleReadRepository;
import pasokh.store.Database;
import pasokh.store.FeedbackRepository;
import pasokh.store.FlagRepository;
import pasokh.store.PhrasingDecisionRepository;
import pasokh.store.QuestionRepository;
import pasokh.store.RevisionRepository;

/**
 * The composition root: the long-lived services (database, feedback, read counts) and the live knowledge
 * base, wired once. Routes and commands take from here only the services they use.
 */
public final class Portal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Portal.class);

    /** The readers' day (feedback caps, one read per reader per day) and the times shown to them. */
    public static final ZoneId READERS_ZONE = ZoneId.of("Asia/Tehran");

    private final MarkdownRenderer markdown;
    private final KnowledgeBase knowledge;
    private final SearchService search;
    private final SuggestService suggest;
    private final FeedbackService feedback;
    private final ReadCounter reads;
    private final Database database;
    private final Clock clock;
    private final EngagementHealth engagementHealth;
    private final Accounts accounts;
    private final GapReports gaps;
    private final SiteDemand demand;
    private final EditorService editor;
    private final RecentChanges recentChanges;
    private final RecordedQuestions recorded;
    private final ArticleFlags flags;
    private final ProposedPhrasings phrasings;
    private final ScheduledExecutorService flusher;

    private Portal(PortalPaths paths, KnowledgeBase.Storage storage, Clock clock) throws IOException {
        this.markdown = new MarkdownRenderer();
        this.knowledge = KnowledgeBase.open(paths, markdown, storage);
        this.search = new SearchService(knowledge);
        this.suggest = new SuggestService(knowledge);
        this.database = Database.open(paths.data());
        this.clock = clock;
        this.engagementHealth = new EngagementHealth(clock);
        this.feedback = new FeedbackService(new FeedbackRepository(database),
                slug -> knowledge.current().articles().findPublished(slug).isPresent(), clock,
                FeedbackService.Caps.DEFAULT, engagementHealth);
        this.reads = new ReadCounter(new ArticleReadRepository(database), clock, engagementHealth);
        this.accounts = Accounts.over(database, SessionPolicy.load(paths.config()),
                new PasswordHasher(PasswordHasher.DEFAULT), clock);
        this.gaps = new GapReports(new GapAnalysis(new QuestionRepository(database),
                new ArticleMatcher(knowledge, search), GapThresholds.load(paths.config()), clock), clock);
        RevisionRepository revisions = new RevisionRepository(database);
        this.editor = new EditorService(revisions, knowledge, accounts.audit(), clock);
        this.recentChanges = new RecentChanges(revisions, accounts.audit(), knowledge, clock);
        this.phrasings = new ProposedPhrasings(new QuestionRepository(database), new PhrasingDecisionRepository(database),
                editor, knowledge, PhrasingSettings.load(paths.config()), accounts.audit(), clock);
        this.demand = new SiteDemand(new QuestionRepository(database), () -> knowledge.current().analysis(), clock);
        this.recorded = new RecordedQuestions(new QuestionRepository(database), () -> knowledge.current().analysis(),
                editor::shownVersion, accounts.audit(), clock);
        this.flags = new ArticleFlags(new FlagRepository(database),
                slug -> knowledge.current().articles().findPublished(slug), editor::shownVersion, accounts.audit(), clock);
        this.flusher = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("read-count-flusher").unstarted(r));
        flusher.scheduleWithFixedDelay(reads::flush, 30, 30, TimeUnit.SECONDS);
        flusher.scheduleWithFixedDelay(this::flushDemand, 15, 15, TimeUnit.SECONDS);
        QuestionRetention retention = QuestionRetention.load(paths.config());
        QuestionRepository questions = new QuestionRepository(database);
        flusher.scheduleWithFixedDelay(() -> forgetOldTexts(retention, questions), 0, 6, TimeUnit.HOURS);
    }

    /** The portal as `serve` runs it: the index kept under the data folder. */
    public static Portal start(PortalPaths paths) throws IOException {
        return new Portal(paths, KnowledgeBase.Storage.DATA_FOLDER, Clock.system(READERS_ZONE));
    }

    public static Portal start(PortalPaths paths, KnowledgeBase.Storage storage) throws IOException {
        return new Portal(paths, storage, Clock.system(READERS_ZONE));
    }

    /** With a clock of the caller's: tests reach session timeouts and throttle windows without waiting. */
    public static Portal start(PortalPaths paths, Clock clock) throws IOException {
        return new Portal(paths, KnowledgeBase.Storage.DATA_FOLDER, clock);
    }

    public MarkdownRenderer markdown() { return markdown; }

    public KnowledgeBase knowledge() { return knowledge; }

    public SearchService search() { return search; }

    public SuggestService suggest() { return suggest; }

    public FeedbackService feedback() { return feedback; }

    public ReadCounter reads() { return reads; }

    public Database database() { return database; }

    /** «تغییرات اخیر»: what changed in the articles lately, for the agents. */
    public RecentChanges recentChanges() { return recentChanges; }

    /** Drafts, review, publishing and revisions of the articles. */
    public EditorService editor() { return editor; }

    /** Wordings callers keep asking that an article answers, proposed as more of its questions. */
    public ProposedPhrasings phrasings() { return phrasings; }

    /** What readers search for and find unhelpful, counted with the imported questions. */
    public SiteDemand demand() { return demand; }

    /** The questions agents record during calls, counted with the imported ones. */
    public RecordedQuestions recordedQuestions() { return recorded; }

    /** Agents' reports of outdated or wrong articles, for the editors. */
    public ArticleFlags flags() { return flags; }

    /** The content-gap reports over the imported questions. */
    public GapReports gaps() { return gaps; }

    /** Staff users, their sessions and the audit log. */
    public Accounts accounts() { return accounts; }

    /** Readers' time: {@link #READERS_ZONE}. */
    public Clock clock() { return clock; }

    /** What keeps feedback or read counts from being saved, for /health. */
    public EngagementHealth engagementHealth() { return engagementHealth; }

    private void forgetOldTexts(QuestionRetention retention, QuestionRepository questions) {
        try {
            int n = retention.apply(questions, clock);
            if (n > 0) log.info("Deleted the text of {} question(s) older than {} months (their counts stay)", n,
                    retention.months());
        } catch (RuntimeException e) {
            log.warn("Could not apply the question retention period: {}", e.getMessage());
        }
    }

    private void flushDemand() {
        try {
            demand.flush();
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: log it and try at the next tick
            log.warn("Could not save site searches: {}", e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        flusher.shutdownNow();
        reads.flush();
        demand.flushAll();
        long lost = reads.unsaved();
        if (lost > 0) log.warn("{} article reads could not be saved to {} before shutdown and are lost", lost,
                database.file());
        knowledge.close();
    }
}
