package pasokh.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.AuditEntry;
import pasokh.account.AuditLog;
import pasokh.article.Article;
import pasokh.article.ArticleStatus;
import pasokh.article.Audience;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.FlagRepository;
import pasokh.testing.ArticleText;
import pasokh.testing.TestClock;

/** «گزارش ایراد» without HTTP: what a flag holds, what is refused, and an editor resolving it. */
class ArticleFlagsTest {

    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE);
    private static final Actor AGENT = new Actor("maryam.agent", "10.0.0.7");
    private static final Actor EDITOR = new Actor("sara.editor", "10.0.0.9");
    private static final String SLUG = "marriage-allowance";

    @TempDir
    Path dir;

    TestClock clock;
    AuditLog audit;
    ArticleFlags flags;
    final Map<String, Article> site = new HashMap<>();

    @BeforeEach
    void open() throws IOException {
        clock = new TestClock(NOW);
        Database db = Database.open(dir);
        audit = new AuditLog(new AuditRepository(db), clock);
        site.put(SLUG, article(SLUG, List.of("یک بار پرداخت می‌شود", "تا یک سال پس از ازدواج"),
                "## مبلغ\n\nمبلغ کمک‌هزینه هر سال تعیین می‌شود.\n\n## مدارک\n\nعقدنامه\n\nرونوشت شناسنامه"));
        site.put("no-key-points", ArticleText.article("healthcare", "no-key-points"));
        flags = new ArticleFlags(new FlagRepository(db), slug -> Optional.ofNullable(site.get(slug)),
                slug -> site.containsKey(slug) ? OptionalLong.of(slug.equals(SLUG) ? 3 : 0) : OptionalLong.empty(),
                audit, clock);
    }

    @Test
    void aFlagKeepsItsArticlePartScrubbedTextAgentTimeAndTheVersionShown() {
        Flag f = flags.flag(SLUG, "key_point:2", "  مهلت\nدو سال شده؛ تماس‌گیرنده ۰۹۱۸۷۶۵۴۳۲۱ گفت  ", AGENT);
        assertEquals(SLUG, f.slug());
        assertEquals("key_point:2", f.target().id());
        assertEquals("مهلت دو سال شده؛ تماس‌گیرنده ‹موبایل› گفت", f.text());
        assertEquals("maryam.agent", f.user());
        assertEquals(NOW.toInstant(), f.at());
        assertEquals(3, f.version());
        assertEquals(List.of(f), flags.open(), "read back as it was made");
        assertEquals(List.of(f), flags.openOf(SLUG));
        assertEquals(List.of(), flags.openOf("no-key-points"));
        assertEquals(Map.of(SLUG, 1L), flags.openCounts());

        AuditEntry e = audit.about(SLUG, 10).getFirst();
        assertEquals("article-flagged", e.action());
        assertEquals("maryam.agent", e.actor());
        assertEquals("flag " + f.id() + ", key_point:2, version 3", e.detail());
    }

    @Test
    void eachPartOfAnArticleCanBeFlagged() {
        for (String target : List.of("article", "summary", "key_point:1", "key_point:2", "paragraph:1", "paragraph:5")) {
            assertEquals(target, flags.flag(SLUG, target, "قدیمی است", AGENT).target().id());
        }
        assertEquals(0, flags.flag("no-key-points", "article", "قدیمی است", AGENT).version(),
                "an article never taken into revisions");
        assertEquals(Map.of(SLUG, 6L, "no-key-points", 1L), flags.openCounts());
    }

    @Test
    void aPartTheArticleDoesNotHaveAnArticleNotOnTheSiteOrAnEmptyOrLongTextIsRefused() {
        assertRefused(SLUG, "key_point:3", "قدیمی است", "۲ نکتهٔ کلیدی");
        assertRefused("no-key-points", "key_point:1", "قدیمی است", "ندارد");
        assertRefused(SLUG, "paragraph:6", "قدیمی است", "بند ۶");
        assertRefused(SLUG, "title", "قدیمی است", "key_point:N");
        assertRefused(SLUG, null, "قدیمی است", "key_point:N");
        assertRefused("draft-article", "article", "قدیمی است", "منتشر نشده");
        assertRefused(null, "article", "قدیمی است", "منتشر نشده");
        assertRefused(SLUG, "article", " \n ", "بنویسید");
        assertRefused(SLUG, "article", null, "بنویسید");
        assertRefused(SLUG, "article", "ن".repeat(ArticleFlags.MAX_TEXT + 1), "۳۰۰");
        assertEquals(ArticleFlags.MAX_TEXT, flags.flag(SLUG, "article", "ن".repeat(ArticleFlags.MAX_TEXT), AGENT)
                .text().length());
        assertEquals(Map.of(SLUG, 1L), flags.openCounts(), "only the last one was stored");
    }

    @Test
    void anEditorResolvesAFlagOnceAndItLeavesTheOpenOnes() {
        Flag first = flags.flag(SLUG, "summary", "مبلغ امسال تغییر کرده", AGENT);
        clock.advance(Duration.ofMinutes(5));
        Flag second = flags.flag(SLUG, "article", "پیوند سامانه از کار افتاده", AGENT);
        assertEquals(List.of(first, second), flags.openOf(SLUG), "oldest first");

        assertEquals(ArticleFlags.Resolution.NOT_FOUND, flags.resolve("no-key-points", first.id(), EDITOR),
                "a flag is resolved from its own article's page");
        assertEquals(ArticleFlags.Resolution.NOT_FOUND, flags.resolve(SLUG, 999, EDITOR));
        assertEquals(ArticleFlags.Resolution.RESOLVED, flags.resolve(SLUG, first.id(), EDITOR));
        assertEquals(ArticleFlags.Resolution.ALREADY_RESOLVED, flags.resolve(SLUG, first.id(), EDITOR));
        assertEquals(List.of(second), flags.open());
        assertEquals(Map.of(SLUG, 1L), flags.openCounts());

        List<AuditEntry> log = audit.about(SLUG, 10);
        assertEquals(1, log.stream().filter(e -> e.action().equals("flag-resolved")).count(), "resolved once: " + log);
        AuditEntry resolved = log.getFirst();
        assertEquals("flag-resolved", resolved.action());
        assertEquals("sara.editor", resolved.actor());
        assertEquals("flag " + first.id(), resolved.detail());
    }

    private void assertRefused(String slug, String target, String text, String saying) {
        InvalidFlagException e = assertThrows(InvalidFlagException.class, () -> flags.flag(slug, target, text, AGENT));
        assertTrue(e.getMessage().contains(saying), e.getMessage());
    }

    private static Article article(String slug, List<String> keyPoints, String body) {
        return new Article(slug, "allowances", "کمک‌هزینه ازدواج", List.of(Audience.CITIZEN), "خلاصه", Optional.empty(),
                ArticleText.questions("کمک هزینه ازدواج"), List.of(), List.of("https://www.tamin.ir/"),
                LocalDate.of(2024, 8, 2), Optional.empty(), ArticleStatus.PUBLISHED, keyPoints, List.of(), body, 10,
                Path.of("articles", "allowances", slug + ".md"));
    }
}
