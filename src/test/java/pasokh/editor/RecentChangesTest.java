package pasokh.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.AuditLog;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.RevisionRepository;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;
import pasokh.testing.TestClock;

/** «تغییرات اخیر»: which articles changed lately, and what in them an agent should know changed. */
class RecentChangesTest {

    private static final Actor EDITOR = new Actor("sara", "10.0.0.1");
    private static final Actor PUBLISHER = new Actor("parisa", "10.0.0.2");

    @TempDir
    java.nio.file.Path dir;

    private KnowledgeBase knowledge;
    private EditorService editor;
    private RecentChanges changes;
    private TestClock clock;

    @BeforeEach
    void open() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "early-retirement", "بازنشستگی پیش از موعد",
                "با ۲۰ سال سابقه در کار سخت می‌توان بازنشسته شد.", ArticleText.questions("بازنشستگی پیش از موعد"),
                "## شرط\n\nدست‌کم ۲۰ سال سابقهٔ پیوسته یا ۲۵ سال ناپیوسته.");
        kb.article("allowances", "marriage-allowance", "کمک‌هزینه ازدواج", "مبلغ یک بار پرداخت می‌شود.",
                ArticleText.questions("کمک هزینه ازدواج"), "## مبلغ\n\nدر سال ۱۴۰۳ برابر ۱۲۰٬۰۰۰٬۰۰۰ ریال.");
        clock = new TestClock(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE));
        knowledge = KnowledgeBase.open(kb.paths(), new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY);
        Database db = Database.open(kb.data());
        RevisionRepository revisions = new RevisionRepository(db);
        AuditLog audit = new AuditLog(new AuditRepository(db), clock);
        editor = new EditorService(revisions, knowledge, audit, clock);
        changes = new RecentChanges(revisions, audit, knowledge, clock);
    }

    @AfterEach
    void close() throws Exception {
        knowledge.close();
    }

    @Test
    void aPublishedChangeIsListedWithThePartsAndFiguresThatChangedAndUntouchedOldArticlesAreNot() {
        assertEquals(List.of(), changes.lastDays(30), "both files were last updated in 1403: nothing is recent");

        String before = editor.current("early-retirement").orElseThrow().source();
        String after = before.replace("با ۲۰ سال سابقه", "با ۲۵ سال سابقه").replace("۲۵ سال ناپیوسته", "۳۰ سال ناپیوسته");
        SaveOutcome saved = editor.save("early-retirement", after, 1, EDITOR);
        editor.publish("early-retirement", ((SaveOutcome.Saved) saved).version(), PUBLISHER);
        clock.advance(Duration.ofMinutes(2));

        List<RecentChanges.Change> recent = changes.lastDays(30);
        assertEquals(1, recent.size(), recent.toString());
        RecentChanges.Change c = recent.get(0);
        assertEquals("early-retirement", c.article().slug());
        assertEquals(java.time.LocalDate.of(2026, 12, 5), c.on(), "the day it was published");
        assertEquals(List.of(RecentChanges.Part.SUMMARY, RecentChanges.Part.SMS, RecentChanges.Part.BODY), c.parts(),
                "the SMS of this article repeats its summary");
        assertEquals(List.of("۳۰"), c.added(), "the figure that is new to the text");
        assertTrue(c.removed().isEmpty(), "۲۰ and ۲۵ are still in the text: " + c.removed());

        clock.advance(Duration.ofDays(31));
        assertEquals(List.of(), changes.lastDays(30), "a month later it is no longer news");
    }

    @Test
    void aDraftThatIsNotPublishedIsNotNewsForAgents() {
        String before = editor.current("marriage-allowance").orElseThrow().source();
        editor.save("marriage-allowance", before.replace("۱۲۰٬۰۰۰٬۰۰۰", "۱۵۰٬۰۰۰٬۰۰۰"), 1, EDITOR);
        assertFalse(changes.lastDays(30).stream().anyMatch(c -> c.article().slug().equals("marriage-allowance")));
    }
}
