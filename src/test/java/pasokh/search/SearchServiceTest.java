package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.analysis.AnalyzedQuery;
import pasokh.analysis.PersianAnalysis;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

class SearchServiceTest {

    @TempDir
    static Path dir;

    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        List<String> unemploymentQuestions = new ArrayList<>(ArticleText.questions("بیمه بیکاری"));
        unemploymentQuestions.add("اگر بدون میل خودم بیکار شوم چه می‌شود؟");
        kb.article("unemployment", "unemployment-eligibility", "شرایط دریافت بیمه بیکاری",
                "بیمه بیکاری به کسی می‌رسد که بی‌میل خود بیکار شده و شش ماه سابقه دارد.",
                unemploymentQuestions,
                "## شرایط\n\nکارگری که بدون میل خودش بیکار شده و دست‌کم شش ماه سابقه دارد، مقرری بیکاری می‌گیرد.");
        kb.article("retirement", "pension-calculation", "نحوه محاسبه مستمری بازنشستگی",
                "مستمری از میانگین دستمزد دو سال آخر حساب می‌شود.",
                ArticleText.questions("محاسبه مستمری"),
                "مستمری بازنشستگی برابر است با سنوات ضربدر میانگین دستمزد تقسیم بر سی.");
        kb.article("retirement", "survivors-pension", "مستمری بازماندگان",
                "همسر و فرزندان بیمه‌شده متوفی مستمری بازماندگان می‌گیرند.",
                ArticleText.questions("مستمری بازماندگان"),
                "پس از فوت بیمه‌شده، مستمری به بازماندگان واجد شرایط می‌رسد.");
        kb.article("healthcare", "hostile-body", "مقاله با متن خطرناک",
                "این مقاله برای آزمون امنیت است.",
                ArticleText.questions("آزمون امنیت"), "متن <نه>برچسب</نه> و 2 < 3 & 4 درباره امنیت سامانه");
        List<String> appQuestions = new ArrayList<>(ArticleText.questions("اپلیکیشن همراه"));
        appQuestions.add("برنامه تامین من را از کجا بگیرم؟");
        kb.article("eservices", "app-guide", "راهنمای اپلیکیشن همراه", "اپلیکیشن همراه سوابق را نشان می‌دهد.",
                appQuestions, "برای دیدن سوابق، تامین من را نصب کنید.");
        kb.article("eservices", "app-faq", "پرسش‌های اپلیکیشن همراه", "اپلیکیشن همراه سوابق را نشان می‌دهد.",
                ArticleText.questions("پرسش اپلیکیشن"), "من سوابق را دیدم؛ کار سازمان تامین است.");
        for (int i = 1; i <= 12; i++) {
            kb.article("employers", "list-" + i, "لیست بیمه کارگاه شماره " + i, "ارسال لیست بیمه ماهانه کارگاه.",
                    ArticleText.questions("لیست بیمه " + i), "کارفرما لیست بیمه ماهانه را می‌فرستد. شماره " + i);
        }
        portal = Portal.start(kb.paths());
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private static SearchResult search(String text) {
        return portal.search().search(new SearchQuery(text, Optional.empty(), 1, 10));
    }

    @Test
    void theAnsweringArticleComesFirst() {
        assertEquals("unemployment-eligibility", search("شرایط بیمه بیکاری").hits().getFirst().article().slug());
        assertEquals("pension-calculation", search("محاسبه مستمری").hits().getFirst().article().slug());
        assertEquals("survivors-pension", search("مستمری بازماندگان").hits().getFirst().article().slug());
    }

    @Test
    void aNameThatIsHalfStopwordCountsAsAPhrase() {
        // «من» is a stopword, but «تامین من» is the app's name: the article asked about with the words
        // standing together wins over one whose answer merely contains both
        assertEquals("app-guide", search("تامین من").hits().getFirst().article().slug());
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeHtml() {
        SearchResult.Hit hit = search("امنیت").hits().stream()
                .filter(h -> h.article().slug().equals("hostile-body")).findFirst().orElseThrow();
        String html = hit.snippet().toHtml();
        assertTrue(html.contains("<mark>امنیت</mark>"), html);
        assertFalse(html.contains("<نه>"), html);
        assertTrue(html.contains("&lt;نه&gt;") && html.contains("2 &lt; 3 &amp; 4"), html);
    }

    @Test
    void facetsCountEveryCategoryAndTheFilterNarrowsHits() {
        SearchResult all = search("مستمری بیمه");
        long retirement = all.categoryFacets().stream()
                .filter(f -> f.value().equals("retirement")).findFirst().orElseThrow().count();
        assertEquals(2, retirement);
        SearchResult filtered = portal.search().search(
                new SearchQuery("مستمری بیمه", Optional.of("retirement"), 1, 10));
        assertEquals(2, filtered.total());
        assertTrue(filtered.hits().stream().allMatch(h -> h.article().category().equals("retirement")));
        assertEquals(all.categoryFacets(), filtered.categoryFacets(), "facets show the other categories to switch to");
    }

    @Test
    void pagesDoNotOverlapAndStopAtTheEnd() {
        SearchResult first = portal.search().search(new SearchQuery("لیست بیمه کارگاه", Optional.empty(), 1, 5));
        SearchResult second = portal.search().search(new SearchQuery("لیست بیمه کارگاه", Optional.empty(), 2, 5));
        assertTrue(first.total() >= 12);
        assertEquals(5, first.hits().size());
        assertTrue(first.hasNextPage());
        List<String> firstSlugs = first.hits().stream().map(h -> h.article().slug()).toList();
        assertTrue(second.hits().stream().noneMatch(h -> firstSlugs.contains(h.article().slug())));
        SearchResult beyond = portal.search().search(new SearchQuery("لیست بیمه کارگاه", Optional.empty(), 50, 5));
        assertEquals(0, beyond.hits().size());
        assertEquals(first.total(), beyond.total());
    }

    @Test
    void luceneSyntaxIsJustText() {
        for (String hostile : new String[] {"AND (", "\"", "*:*", "~", "\\", "title:مستمری", "مستمری)", "((((", "-",
                "+-!", "/regex/", "مستمری~2", "a".repeat(5000), "\u0000\u0001", "[ TO ]", "{!lucene}"}) {
            assertDoesNotThrow(() -> search(hostile), hostile);
        }
        assertEquals("pension-calculation", search("\"محاسبه مستمری\"").hits().getFirst().article().slug(),
                "phrases still work");
        assertEquals(0, search("*:*").total(), "no match-all through syntax");
    }

    @Test
    void wordsTypedApartThatArticlesWriteAsOneStillFindTheArticle() throws Exception {
        var analysis = PersianAnalysis.load(Path.of("index-config"),
                List.of("بیمه بیکاری به کارگری می‌رسد که کارفرما بیمه‌اش را پرداخته است"));
        assertEquals(List.of("کارفرما"),
                analysis.analyse("کار فرما من").joined().stream().map(AnalyzedQuery.Joined::surface).toList());
        assertEquals(List.of(), analysis.analyse("بیمه بیکاری").joined(), "nothing to join: both are words already");
    }

    @Test
    void invisibleCharactersDoNotSplitWords() {
        assertEquals("unemployment-eligibility", search("بی\u00adکاری").hits().getFirst().article().slug());
        assertEquals("unemployment-eligibility", search("\u200fبیکاری\u200e").hits().getFirst().article().slug());
    }

    @Test
    void aQueryOfOnlyStopwordsStillFindsAnswersButOneLittleWordAloneDoesNot() {
        assertEquals("unemployment-eligibility", search("چه می‌شود").hits().getFirst().article().slug(),
                "falls back to the stopwords themselves, where they stand together in a question");
        assertEquals(0, search("که از").total(), "little words that never stand together say nothing");
        assertEquals(0, search("که").total(), "a stray function word never matches by itself");
    }

    @Test
    void aQueryWithNothingSearchableFindsNothingQuietly() {
        SearchResult r = search("؟؟؟ !!!");
        assertEquals(0, r.total());
        assertTrue(r.hits().isEmpty());
    }
}
