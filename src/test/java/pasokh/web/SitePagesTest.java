package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SitePagesTest extends PortalOverScratchArticles {

    private static void assertPersianPage(HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), "HTML");
        assertTrue(r.body().contains("<html lang=\"fa\" dir=\"rtl\">"), "Persian, right to left");
        assertFalse(r.body().contains("<script>"), "no inline script");
        assertFalse(r.body().contains(" style="), "no inline style (CSP)");
    }

    @Test
    void homeShowsSearchCategoriesWithPersianCountsAndMostRead() {
        WebFixture.test(portal, http -> {
            http.get("/articles/pension-calculation");
            portal.reads().flush();
            HttpResponse<String> r = http.get("/");
            assertEquals(200, r.statusCode());
            assertPersianPage(r);
            assertTrue(r.body().contains("action=\"/search\""), "a search form that works without JavaScript");
            assertTrue(r.body().contains("href=\"/categories/retirement\""));
            assertTrue(r.body().contains("۱ پرسش"), "counts in Persian digits");
            int popular = r.body().indexOf("پربازدیدترین پرسش‌ها");
            assertTrue(popular > 0);
            assertTrue(r.body().indexOf("/articles/pension-calculation", popular) > popular,
                    "the read article is listed");
        });
    }

    @Test
    void resultsHighlightMatchesAndOfferCategoryFacets() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/search?q=" + Http.encode("بیمه بیکاری"));
            assertEquals(200, r.statusCode());
            assertPersianPage(r);
            assertTrue(r.body().contains("<mark>بیکاری</mark>"), "highlighted snippet");
            assertTrue(r.body().contains("href=\"/articles/unemployment-eligibility\""));
            assertTrue(r.body().contains("category=unemployment"), "a facet link filters by category");
            assertTrue(r.body().contains("value=\"بیمه بیکاری\""), "the query stays in the box");
        });
    }

    @Test
    void categoryFilterAndPaginationLinksWork() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/search?q=" + Http.encode("مستمری بیکاری") + "&category=retirement");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("pension-calculation"));
            assertFalse(r.body().contains("href=\"/articles/unemployment-eligibility\""),
                    "other categories filtered out");
            assertTrue(r.body().contains("همه دسته‌ها"), "a way back to all categories");
        });
    }

    @Test
    void finglishIsSearchedAsPersianWithALinkToTheTextAsTyped() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/search?q=" + Http.encode("bime bikari"));
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("نتایج برای «<strong>بیمه بیکاری</strong>» نمایش داده شد"), r.body());
            assertTrue(r.body().contains("href=\"/articles/unemployment-eligibility\""));
            assertTrue(r.body().contains("href=\"/search?q=bime+bikari&amp;astyped=1\""),
                    "a link to search the original text");
            HttpResponse<String> asTyped = http.get("/search?q=bime+bikari&astyped=1");
            assertFalse(asTyped.body().contains("نمایش داده شد"), "searched as typed, not rewritten");
        });
    }

    @Test
    void aMisspelledWordOffersTheCorrection() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/search?q=" + Http.encode("مستمزی بازنشستگی؟"));
            assertTrue(r.body().contains("منظورتان «<a href=\"/search?q="), r.body());
            assertTrue(r.body().contains("مستمری بازنشستگی</a>» بود؟"), r.body());
            assertTrue(r.body().contains("href=\"/articles/pension-calculation\""), "and already finds the answer");
        });
    }

    @Test
    void zeroResultsSuggestCategoriesAndThe1420Line() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/search?q=" + Http.encode("زرافه‌های آفریقایی"));
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("نتیجه‌ای برای «زرافه‌های آفریقایی» پیدا نشد"));
            assertTrue(r.body().contains("۱۴۲۰"));
            assertTrue(r.body().contains("href=\"/categories/unemployment\""), "categories to browse instead");
        });
    }

    @Test
    void articlePageShowsSummaryLegalBasisJalaliDateFeedbackAndRelated() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/articles/unemployment-eligibility");
            assertEquals(200, r.statusCode());
            assertPersianPage(r);
            String body = r.body();
            assertTrue(body.contains("<h1>شرایط دریافت بیمه بیکاری</h1>"));
            assertTrue(body.contains("پاسخ کوتاه"));
            assertTrue(body.contains("مبنای قانونی") && body.contains("ماده ۷۶ قانون تأمین اجتماعی"));
            assertTrue(body.contains("۱۲ مرداد ۱۴۰۳"), "updated date in Jalali");
            assertTrue(body.contains("آیا این پاسخ مفید بود؟"));
            assertTrue(body.contains("<form method=\"post\" action=\"/feedback\">"));
            assertTrue(body.contains("<h2 id=\"شرایط\">شرایط</h2>"), "rendered Markdown");
            assertTrue(body.contains("متن پیامک برای ارسال")
                    && body.contains("pasokh.tamin.ir/a/unemployment-eligibility"),
                    "the SMS text with the article's short address filled in");
            int related = body.indexOf("مطالب مرتبط");
            assertTrue(related > 0 && body.indexOf("/articles/pension-calculation", related) > related,
                    "linked article is related");
        });
    }

    @Test
    void aReloadIsNotASecondReadButAnotherReaderIs() {
        WebFixture.test(portal, http -> {
            long before = portal.reads().reads("unemployment-eligibility");
            for (int i = 0; i < 50; i++) assertEquals(200, http.get("/articles/unemployment-eligibility").statusCode());
            assertTrue(portal.reads().reads("unemployment-eligibility") <= before + 1,
                    "fifty reloads are at most one read");
            long afterOneReader = portal.reads().reads("unemployment-eligibility");
            http.from("127.0.0.2").get("/articles/unemployment-eligibility");
            http.from("127.0.0.2").get("/articles/unemployment-eligibility");
            assertEquals(afterOneReader + 1, portal.reads().reads("unemployment-eligibility"),
                    "another address, another read");
        });
    }

    @Test
    void categoryPageListsItsArticles() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/categories/retirement");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("href=\"/articles/pension-calculation\""));
            assertFalse(r.body().contains("href=\"/articles/unemployment-eligibility\""));
        });
    }

    @Test
    void unknownPagesGetAPersian404() {
        WebFixture.test(portal, http -> {
            for (String path : new String[] {"/articles/no-such-article", "/categories/no-such", "/no/such/page",
                    "/articles/broken"}) {
                HttpResponse<String> r = http.get(path);
                assertEquals(404, r.statusCode(), path);
                assertPersianPage(r);
                assertTrue(r.body().contains("پیدا نشد"), path);
                assertTrue(r.body().contains("۱۴۲۰"), path);
            }
        });
    }

    @Test
    void shortSmsLinkRedirectsToTheArticle() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/a/pension-calculation");
            assertEquals(301, r.statusCode());
            assertEquals("/articles/pension-calculation", r.headers().firstValue("Location").orElseThrow());
            assertEquals(404, http.get("/a/nothing-here").statusCode());
        });
    }

    @Test
    void theSiteHasAnIconEvenWhereBrowsersAskForFaviconIco() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> icon = http.get("/static/favicon.svg");
            assertEquals(200, icon.statusCode());
            assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
            assertTrue(icon.body().startsWith("<svg"));
            assertTrue(http.get("/").body().contains("<link rel=\"icon\" href=\"/static/favicon.svg\""));
            HttpResponse<String> ico = http.get("/favicon.ico");
            assertEquals(301, ico.statusCode());
            assertEquals("/static/favicon.svg", ico.headers().firstValue("Location").orElseThrow());
        });
    }

    @Test
    void emptySearchGoesHome() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> r = http.get("/search?q=");
            assertEquals(302, r.statusCode());
            assertEquals("/", r.headers().firstValue("Location").orElseThrow());
        });
    }

    @Test
    void feedbackFormThanksTheReaderAndIsStored() {
        WebFixture.test(portal, http -> {
            var before = portal.feedback().tally("pension-calculation");
            HttpResponse<String> r = http.post("/feedback", "application/x-www-form-urlencoded",
                    "slug=pension-calculation&helpful=no&comment=" + Http.encode("مبلغ امسال را نداشت"));
            assertEquals(303, r.statusCode());
            assertEquals("/articles/pension-calculation?feedback=thanks#feedback",
                    r.headers().firstValue("Location").orElseThrow());
            assertEquals(before.notHelpful() + 1, portal.feedback().tally("pension-calculation").notHelpful());
            assertTrue(http.get("/articles/pension-calculation?feedback=thanks").body()
                    .contains("از نظر شما سپاسگزاریم"));
        });
    }

    @Test
    void feedbackFormErrorsAreExplainedOnThePage() {
        WebFixture.test(portal, http -> {
            HttpResponse<String> noChoice = http.post("/feedback", "application/x-www-form-urlencoded",
                    "slug=pension-calculation");
            assertEquals(400, noChoice.statusCode());
            assertTrue(noChoice.body().contains("لطفاً «بله» یا «خیر» را انتخاب کنید."));
            HttpResponse<String> unknown = http.post("/feedback", "application/x-www-form-urlencoded",
                    "slug=nope&helpful=yes");
            assertEquals(400, unknown.statusCode());
            assertTrue(unknown.body().contains("پیدا نشد"));
        });
    }
}
