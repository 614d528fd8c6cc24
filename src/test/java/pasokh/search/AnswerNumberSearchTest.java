package pasokh.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.testing.ArticleText;
import pasokh.testing.ScratchKnowledgeBase;

/** A search that is an article's answer number lists that article first; other hits for the words follow. */
class AnswerNumberSearchTest {

    @TempDir
    static Path dir;

    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        ScratchKnowledgeBase kb = new ScratchKnowledgeBase(dir);
        kb.write("retirement", "pension-calculation", numbered(234, ArticleText.valid("retirement",
                "نحوه محاسبه مستمری بازنشستگی", "مستمری از میانگین دستمزد دو سال آخر حساب می‌شود.",
                ArticleText.questions("محاسبه مستمری"), "مستمری برابر است با سنوات ضربدر میانگین دستمزد.")));
        for (int i = 1; i <= 3; i++) {
            kb.write("employers", "list-" + i, numbered(300 + i, ArticleText.valid("employers",
                    "لیست بیمه کارگاه شماره " + i, "ارسال لیست بیمه ماهانه کارگاه.",
                    ArticleText.questions("لیست بیمه " + i), "کارفرما لیست بیمه ماهانه را می‌فرستد.")));
        }
        kb.write("retirement", "draft-answer", numbered(235, ArticleText.valid("retirement", "پیش‌نویس مستمری",
                "هنوز منتشر نشده است.", ArticleText.questions("پیش‌نویس"), "متن")
                .replace("status: published", "status: draft")));
        portal = Portal.start(kb.paths());
    }

    private static String numbered(int number, String text) {
        return text.replaceFirst("(?m)^number: .*$", "number: " + number);
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    private static SearchResult search(String text, Optional<String> category) {
        return portal.search().search(new SearchQuery(text, category, 1, 10));
    }

    private static List<String> slugs(SearchResult r) {
        return r.hits().stream().map(h -> h.article().slug()).toList();
    }

    @Test
    void theNumberAloneFindsItsArticleInAnyDigits() {
        for (String typed : List.of("234", "۲۳۴", "٢٣٤", "#234", "۲۳۴ ")) {
            SearchResult r = search(typed, Optional.empty());
            assertEquals(List.of("pension-calculation"), slugs(r), typed);
            assertEquals(1, r.total(), typed);
            assertEquals(List.of("retirement:1"), r.categoryFacets().stream().map(f -> f.value() + ":" + f.count())
                    .toList());
            assertEquals("مستمری از میانگین دستمزد دو سال آخر حساب می‌شود.", r.hits().getFirst().snippet().toHtml(),
                    "a number matches no words: the answer's summary is shown");
        }
    }

    @Test
    void wordsOfTheQueryStillFindTheirArticlesAfterTheNumberedOne() {
        // «شماره» is in the titles of the workshop lists: they follow the answer the number names
        SearchResult named = search("پاسخ شماره ۲۳۴", Optional.empty());
        assertEquals(List.of("pension-calculation", "list-1", "list-2", "list-3"), slugs(named));
        assertEquals(4, named.total());
        assertEquals("list-2", slugs(search("شمارهٔ ۳۰۲", Optional.empty())).getFirst(),
                "a list's own number puts it before the other lists its words find");
        List<String> words = slugs(search("لیست بیمه کارگاه شماره", Optional.empty()));
        assertTrue(!words.isEmpty() && !words.contains("pension-calculation"), words::toString);
    }

    @Test
    void aDraftsNumberOrAnUnknownOneFindsNothingAndACategoryFilterStillApplies() {
        assertEquals(List.of(), slugs(search("۲۳۵", Optional.empty())), "a draft is not served");
        assertEquals(List.of(), slugs(search("۹۹۹", Optional.empty())));
        SearchResult elsewhere = search("۲۳۴", Optional.of("employers"));
        assertEquals(List.of(), slugs(elsewhere));
        assertEquals(1, elsewhere.categoryFacets().getFirst().count(), "the count still says where it is");
    }
}
