package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.AuditEntry;
import pasokh.account.AuditLog;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.QuestionRepository;
import pasokh.testing.TestClock;

/**
 * «ثبت پرسش» without HTTP: what an agent's line becomes (scrubbed, one line, its channel, the article's version
 * shown), what is refused and why, and that the gap report counts the recorded questions with their article as
 * evidence. Over the shipped articles, as the portal runs.
 */
class RecordedQuestionsTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE);
    private static final Actor AGENT = new Actor("maryam.agent", "10.0.0.7");
    /** A valid national ID (its check digit is right) and a mobile number, as a caller dictates them. */
    private static final String NATIONAL_ID = "3861947201";
    private static final String MOBILE = "09187654321";

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    static GapFixture fixture;
    TestClock clock;
    QuestionRepository repository;
    AuditLog audit;
    /** What the site shows: slug to its published version. */
    final Map<String, Long> shown = new HashMap<>();
    RecordedQuestions recorded;

    @BeforeAll
    static void open() throws IOException {
        fixture = GapFixture.shipped(shared);
    }

    @AfterAll
    static void close() throws IOException {
        fixture.close();
    }

    @BeforeEach
    void database() throws IOException {
        clock = new TestClock(NOW);
        Database db = Database.open(dir.resolve("data"));
        repository = new QuestionRepository(db);
        audit = new AuditLog(new AuditRepository(db), clock);
        recorded = new RecordedQuestions(repository, () -> fixture.kb.current().analysis(),
                slug -> shown.containsKey(slug) ? OptionalLong.of(shown.get(slug)) : OptionalLong.empty(), audit, clock);
    }

    private String slugFor(String question) {
        return fixture.matcher.match(question).best().orElseThrow();
    }

    @Test
    void aQuestionIsStoredScrubbedOnOneLineFromThe1420LineWithTheVersionOfTheArticleShown() {
        String question = "شرایط دریافت بیمه بیکاری چیه";
        String slug = slugFor(question);
        shown.put(slug, 4L);
        RecordedQuestions.Recorded r = recorded.record("  سلام، کد ملی من " + NATIONAL_ID + "\nو موبایلم ۰۹۱۸ ۷۶۵ ۴۳۲۱ است.\n"
                + question + "  ", null, slug, AGENT);

        assertEquals("سلام، کد ملی من ‹کد ملی›" + " و موبایلم ‹موبایل› است. " + question, r.text(),
                "the numbers are placeholders and the lines one line, as in an imported log");
        assertEquals(Channel.PHONE, r.channel(), "the 1420 line when no channel is given");
        assertEquals(Optional.of(slug), r.slug());
        assertEquals(OptionalLong.of(4), r.version());
        assertEquals(1, repository.count());
        List<String> wordings = new ArrayList<>();
        repository.forEachText(t -> wordings.add(t.sample()));
        assertEquals(List.of(r.text()), wordings, "what is stored is what the agent was answered");
    }

    @Test
    void withoutAnArticleTheQuestionHasNoVersion() {
        RecordedQuestions.Recorded r = recorded.record("پاسپورتم رو چطوری تمدید کنم", "", "", AGENT);
        assertEquals(Optional.empty(), r.slug());
        assertEquals(OptionalLong.empty(), r.version());
        assertEquals(1, repository.count());
    }

    @Test
    void theChannelIsReadAsImportsReadItAndOnlyTheWaysCallersReachAnAgentAreTaken() {
        assertEquals(Channel.SMS, recorded.record("مستمری کی واریز میشه", "پیامک", null, AGENT).channel());
        assertEquals(Channel.IN_PERSON, recorded.record("مستمری کی واریز میشه", "حضوری", null, AGENT).channel());
        assertEquals(Channel.PHONE, recorded.record("مستمری کی واریز میشه", "۱۴۲۰", null, AGENT).channel());
        assertEquals(Channel.PORTAL, recorded.record("مستمری کی واریز میشه", " Portal ", null, AGENT).channel());
        for (String portalsOwn : List.of("site-search", "not-helpful", "agent", "fax")) {
            InvalidRecordException e = assertThrows(InvalidRecordException.class,
                    () -> recorded.record("مستمری کی واریز میشه", portalsOwn, null, AGENT), portalsOwn);
            assertTrue(e.getMessage().contains("1420, sms, portal"), e.getMessage());
        }
        InvalidRecordException quoted = assertThrows(InvalidRecordException.class,
                () -> recorded.record("مستمری کی واریز میشه", MOBILE, null, AGENT));
        assertTrue(quoted.getMessage().contains("‹موبایل›") && !quoted.getMessage().contains("7654321"),
                "a number typed into the wrong field is not repeated back: " + quoted.getMessage());
        assertEquals(4, repository.count(), "nothing refused was stored");
    }

    @Test
    void anEmptyOrOverLongTextOrAnArticleNotOnTheSiteIsRefusedAndNothingStored() {
        for (String empty : new String[] {null, "", "   ", "\n\t\n"}) {
            InvalidRecordException e = assertThrows(InvalidRecordException.class,
                    () -> recorded.record(empty, null, null, AGENT));
            assertEquals("متن پرسش را بنویسید.", e.getMessage());
        }
        String longest = "ب".repeat(RecordedQuestions.MAX_TEXT);
        assertEquals(longest, recorded.record("\n" + longest + "\n", null, null, AGENT).text(),
                "500 characters, the spaces around them left out");
        InvalidRecordException tooLong = assertThrows(InvalidRecordException.class,
                () -> recorded.record(longest + "پ", null, null, AGENT));
        assertTrue(tooLong.getMessage().contains("۵۰۰"), tooLong.getMessage());
        InvalidRecordException unknown = assertThrows(InvalidRecordException.class,
                () -> recorded.record("مستمری کی واریز میشه", null, "no-such-article", AGENT));
        assertTrue(unknown.getMessage().contains("منتشر نشده"), unknown.getMessage());
        assertEquals(1, repository.count(), "only the 500 characters were stored");
    }

    @Test
    void twoAgentsRecordingTheSameWordsAtTheSameMomentAreTwoCalls() {
        recorded.record("حق اولاد فرزند سوم", "1420", null, AGENT);
        recorded.record("حق اولاد فرزند سوم", "1420", null, new Actor("reza.agent", "10.0.0.8"));
        assertEquals(2, repository.count());
        LocalDate today = NOW.toLocalDate();
        assertEquals(2, recorded.count(today, today));
        assertEquals(0, recorded.count(today.minusDays(3), today.minusDays(1)), "counted on the day they were asked");
    }

    @Test
    void onlyWhatAgentsRecordedIsCountedAsRecorded() throws IOException {
        Path log = dir.resolve("log.csv");
        java.nio.file.Files.writeString(log, "time,channel,text\n2026-12-05T09:00,1420,حق اولاد فرزند سوم\n");
        new QuestionImporter(repository, () -> fixture.kb.current().analysis(), Portal.READERS_ZONE)
                .importFiles(List.of(log), QuestionImporter.Options.DETECT, QuestionImporter.Progress.NONE, p -> {});
        recorded.record("حق اولاد فرزند سوم", "1420", null, AGENT);
        assertEquals(2, repository.count());
        assertEquals(1, recorded.count(NOW.toLocalDate(), NOW.toLocalDate()));
    }

    @Test
    void theGapReportCountsRecordedQuestionsAndShowsTheArticleTheyNamedWithTheVersionsShown() throws IOException {
        String question = "شرایط دریافت بیمه بیکاری چیه";
        String slug = slugFor(question);
        shown.put(slug, 2L);
        recorded.record(question, "1420", slug, AGENT);
        clock.advance(Duration.ofHours(1));
        recorded.record(question, "sms", slug, AGENT);
        // an editor publishes a new version; the next call is answered from it
        shown.put(slug, 3L);
        clock.advance(Duration.ofHours(1));
        recorded.record(question, "1420", slug, AGENT);
        clock.advance(Duration.ofHours(1));
        recorded.record(question, "1420", null, AGENT);

        // three wordings of another question, one of them answered by an article search does not find for it
        String other = "گذرنامه ام رو چطوری تمدید کنم";
        String named = slugFor("مستمری بازنشستگی کی واریز میشه");
        shown.put(named, 0L);
        recorded.record(other, "1420", named, AGENT);
        recorded.record(other, "1420", null, AGENT);
        recorded.record(other, "1420", null, AGENT);

        GapReport r = new GapAnalysis(repository, fixture.matcher, fixture.thresholds(), clock)
                .report(NOW.toLocalDate().minusDays(30), NOW.toLocalDate(), GapAnalysis.DEFAULT_MAX_GROUPS);
        assertEquals(7, r.questions(), "every recorded question is counted");
        GapGroup answered = groupOf(r, question);
        assertEquals(4, answered.size());
        assertEquals(Map.of("1420", 3L, "sms", 1L), answered.channels());
        assertEquals(List.of(new NamedArticle(slug, 3, List.of(2L, 3L))), answered.articlesNamed(),
                "the article the agents answered with, and the versions they had open");
        assertEquals(Optional.of(slug), answered.namedArticle(), "three calls in four name it");
        assertEquals(Verdict.COVERED, answered.verdict());

        GapGroup minority = groupOf(r, other);
        assertEquals(List.of(new NamedArticle(named, 1, List.of(0L))), minority.articlesNamed(),
                "named by one call in three: still shown as evidence");
        assertEquals(Optional.empty(), minority.namedArticle(), "but too few to decide the verdict");

        GapJson.Group json = GapJson.of(r).groups().stream().filter(g -> g.id().equals(answered.id())).findFirst()
                .orElseThrow();
        assertEquals(List.of(new GapJson.Named(slug, 3, List.of(2L, 3L))), json.evidence().articlesNamed());
        assertEquals(slug, json.evidence().namedArticle());
    }

    @Test
    void theAuditLogSaysWhoRecordedAQuestionAboutWhichArticleButNotTheQuestion() {
        String question = "شرایط دریافت بیمه بیکاری چیه";
        String slug = slugFor(question);
        shown.put(slug, 5L);
        RecordedQuestions.Recorded r = recorded.record(question, "sms", slug, AGENT);
        List<AuditEntry> entries = audit.about(slug, 10);
        assertEquals(1, entries.size(), entries::toString);
        AuditEntry e = entries.getFirst();
        assertEquals("question-recorded", e.action());
        assertEquals("maryam.agent", e.actor());
        assertEquals("10.0.0.7", e.address());
        assertEquals("question " + r.id() + ", channel sms, version 5", e.detail());
        assertFalse(e.toString().contains("بیکاری"), "the caller's words are not in the log: " + e);
    }

    private static GapGroup groupOf(GapReport r, String question) {
        return r.groups().stream().filter(g -> g.questions().contains(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no group holds «" + question + "»: " + r.groups()));
    }
}
