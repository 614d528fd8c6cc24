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

/** What the search box offers while someone is still typing, however they type. */
class SuggesterTest {

    @TempDir
    static Path dir;

    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.article("retirement", "survivors", "مستمری بازماندگان", "همسر و فرزندان بیمه‌شده فوت‌شده مستمری می‌گیرند.",
                List.of("مستمری بازماندگان به چه کسانی می‌رسد؟", "بعد از فوت پدر حقوق او به خانواده می‌رسد؟",
                        "مستمری همسر فوت شده چقدر است؟"),
                "## شرایط\n\nبازماندگان بیمه‌شده مستمری می‌گیرند.");
        kb.article("retirement", "increase", "افزایش سالانه مستمری", "مستمری‌ها هر سال افزایش می‌یابند.",
                List.of("افزایش حقوق بازنشستگان امسال چقدر است؟", "مستمری بازنشستگی کی زیاد می‌شود؟",
                        "ترمیم حقوق بازنشستگان"),
                "## افزایش\n\nشورای عالی افزایش را تعیین می‌کند.");
        kb.article("unemployment", "unemployment", "شرایط بیمه بیکاری", "بیمه بیکاری به بیکارشدگان بی‌میل می‌رسد.",
                List.of("شرایط دریافت بیمه بیکاری چیست؟", "چطوری بیمه بیکاری بگیرم؟", "مقرری بیکاری به چه کسی می‌رسد؟"),
                "## شرایط\n\nشش ماه سابقه لازم است.");
        kb.article("healthcare", "treatment", "دفترچه درمانی و پوشش بیماری",
                "بیمه‌شدگان و خانواده‌شان درمان رایگان دارند.",
                List.of("دفترچه بیمه درمانی چطوری بگیرم؟", "هزینه بیمارستان را بیمه می‌دهد؟", "بیماری و درمان رایگان"),
                "## درمان\n\nدر مراکز ملکی درمان رایگان است.");
        portal = Portal.start(kb.paths());
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private static List<String> slugs(String typed) {
        return portal.suggest().suggest(typed).stream().map(Suggestion::slug).toList();
    }

    private static String first(String typed) {
        List<String> found = slugs(typed);
        return found.isEmpty() ? "(nothing)" : found.getFirst();
    }

    @Test
    void completesTheWordBeingTyped() {
        assertEquals("survivors", first("مستمری باز"));
        assertEquals("unemployment", first("بیمه بیکا"));
        assertEquals("unemployment", first("بیکا"));
        assertTrue(slugs("مستم").containsAll(List.of("survivors", "increase")), slugs("مستم").toString());
    }

    @Test
    void theWordBeforeDecidesWhatAnUnfinishedWordBecomes() {
        // after «بیمه», «بی» is بیکاری in the questions, not بیماری or بیمارستان
        assertEquals("unemployment", first("بیمه بی"));
        assertEquals("treatment", first("هزینه بیما"));
    }

    @Test
    void questionsAreFoundNotOnlyTitles() {
        assertEquals("survivors", first("بعد از فوت پد"));
        assertEquals("increase", first("ترمیم حقوق"));
    }

    @Test
    void arabicLettersZwnjAndGluedWordsWork() {
        assertEquals("unemployment", first("بيمه بيكا"));
        assertEquals("unemployment", first("بیمهبیکا"));
        assertEquals("survivors", first("مستمری بازمانده‌"));
        assertEquals("treatment", first("بیمه‌شدگان درما"));
    }

    @Test
    void aTypoInTheUnfinishedWordIsForgiven() {
        assertEquals("unemployment", first("بیمه بیکر"));
        assertEquals("survivors", first("مستمری بازمن"));
    }

    @Test
    void finglishAndWrongLayoutPrefixesAreRescued() {
        assertEquals("unemployment", first("bime bik"));
        assertEquals("unemployment", first("fdli fd"));
        assertEquals("survivors", first("mostamari baz"));
    }

    @Test
    void suggestionsCarryTheArticleTitleAndAddress() {
        Suggestion s = portal.suggest().suggest("بیکا").getFirst();
        assertEquals("شرایط بیمه بیکاری", s.text());
        assertEquals("/articles/unemployment", s.url());
    }

    @Test
    void atMostEightOneEachArticle() {
        List<String> found = slugs("م");
        assertTrue(found.size() <= Suggester.MAX_SUGGESTIONS);
        assertEquals(found.stream().distinct().toList(), found, "one suggestion per article");
        assertTrue(slugs("مستمری ").size() <= Suggester.MAX_SUGGESTIONS);
    }

    @Test
    void emptySymbolsEnglishAndMarkupGiveNothing() {
        assertEquals(List.of(), slugs(""));
        assertEquals(List.of(), slugs("   "));
        assertEquals(List.of(), slugs("*"));
        assertEquals(List.of(), slugs("<script>alert(1)</script>"));
        assertEquals(List.of(), slugs("hello wor"));
    }
}
