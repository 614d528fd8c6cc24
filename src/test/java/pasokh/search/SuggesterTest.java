package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class SuggesterTest {

    @TempDir
    static Path dir;

    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "survivors", "مستمری بازماندگان", "خلاصه", ArticleText.questions("بازماندگان"), "متن");
        kb.article("retirement", "increase", "افزایش سالانه مستمری", "خلاصه", ArticleText.questions("افزایش"), "متن");
        kb.article("unemployment", "unemployment", "شرایط بیمه بیکاری", "خلاصه", ArticleText.questions("بیکاری"),
                "متن");
        portal = Portal.start(kb.paths());
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private List<String> slugs(String prefix) {
        return portal.suggest().suggest(prefix).stream().map(Suggestion::slug).toList();
    }

    @Test
    void completesAnyWordOfATitle() {
        assertEquals(List.of("survivors"), slugs("مستمری باز"));
        assertTrue(slugs("مستم").containsAll(List.of("survivors", "increase")));
        assertEquals(List.of("unemployment"), slugs("بیکا"));
    }

    @Test
    void arabicLettersFindPersianTitles() {
        assertEquals(List.of("unemployment"), slugs("بيكا"));
    }

    @Test
    void suggestionsCarryTheArticleAddress() {
        Suggestion s = portal.suggest().suggest("بیکا").getFirst();
        assertEquals("شرایط بیمه بیکاری", s.text());
        assertEquals("/articles/unemployment", s.url());
    }

    @Test
    void emptyOrSymbolInputGivesNothing() {
        assertEquals(List.of(), slugs(""));
        assertEquals(List.of(), slugs("   "));
        assertEquals(List.of(), slugs("*"));
    }
}
