package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import pasokh.Portal;
import pasokh.testing.Browser;

/**
 * The citizens' pages as a phone shows them, in headless Chromium over the shipped articles: nothing wider than
 * the screen, nothing cut off, every control big enough for a finger, and no serious accessibility fault.
 */
class PhonePagesTest {

    @TempDir
    static Path data;

    static Browser browser;
    static ShippedSite site;
    static Portal portal;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.open();
        site = ShippedSite.start(data);
        portal = site.portal;
        base = site.url("");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (site != null) site.close();
    }

    static List<String> pages() {
        return List.of("/", search("بیمه بیکاری"), search("سابقه بیمه") + "&page=2", search("بیمه بیکاری") + "&page=40",
                search("بیمه") + "&category=unemployment", search("زززززز قققق"),
                "/articles/unemployment-eligibility", "/articles/pension-calculation",
                "/articles/pension-calculation?feedback=thanks", "/articles/covid-relief-measures",
                "/categories/retirement", "/categories/unemployment", "/no-such-page");
    }

    static String search(String q) {
        return "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 360, 390})
    void noPageIsWiderThanThePhoneOrCutOff(int width) {
        browser.phone(width, 740);
        for (String page : pages()) {
            browser.get(base + page);
            long documentWidth = browser.<Long>script("return document.documentElement.scrollWidth");
            assertTrue(documentWidth <= width, page + " is " + documentWidth + " px wide on a " + width + " px screen");
            List<String> outside = browser.script("""
                    const w = arguments[0];
                    const scrolls = e => e.closest('table, pre, .visually-hidden, .skip');
                    return [...document.body.querySelectorAll('*')]
                      .filter(e => e.getClientRects().length && !scrolls(e))
                      .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > w + 1); })
                      .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className);
                    """, width);
            assertEquals(List.of(), outside, page + ": elements reach past the " + width + " px screen");
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 360})
    void theEmptySearchBoxShowsItsWholeExampleFromTheRight(int width) {
        browser.phone(width, 740);
        for (String page : List.of("/", "/articles/unemployment-eligibility")) {
            browser.get(base + page);
            Map<String, Object> box = browser.script("""
                    const input = document.querySelector('input[name=q]');
                    const style = getComputedStyle(input);
                    const ctx = document.createElement('canvas').getContext('2d');
                    ctx.font = style.font;
                    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    return {direction: style.direction, align: style.textAlign, placeholder: input.placeholder,
                            text: ctx.measureText(input.placeholder).width, room: room};
                    """);
            assertEquals("rtl", box.get("direction"), page + ": the example text runs right to left");
            assertTrue(List.of("right", "start").contains(box.get("align")), page + ": aligned " + box.get("align"));
            assertTrue(((Number) box.get("text")).doubleValue() <= ((Number) box.get("room")).doubleValue(),
                    page + ": «" + box.get("placeholder") + "» needs " + box.get("text") + " px, the box has "
                    + box.get("room"));
        }
    }

    @Test
    void everyControlIsBigEnoughForAFinger() {
        browser.phone(360, 740);
        for (String page : pages()) {
            browser.get(base + page);
            // links inside sentences are exempt (WCAG 2.5.5); everything else a finger must hit gets 44 x 44 px
            List<String> small = browser.script("""
                    const inText = e => e.closest('p, .body, td, .visually-hidden, .skip, .breadcrumbs span');
                    return [...document.querySelectorAll('a, button, input:not([type=hidden]), textarea, summary, select')]
                      .filter(e => e.getClientRects().length && !inText(e))
                      .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
                      .slice(0, 5).map(e => { const r = e.getBoundingClientRect();
                        return e.tagName.toLowerCase() + ' «' + (e.textContent || e.name).trim().slice(0, 30) + '» '
                          + Math.round(r.width) + 'x' + Math.round(r.height); });
                    """);
            assertEquals(List.of(), small, page + ": controls smaller than 44 x 44 px");
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 360})
    void noSeriousOrCriticalAccessibilityFault(int width) {
        browser.phone(width, 740);
        for (String page : pages()) {
            browser.get(base + page);
            List<Browser.Violation> serious = browser.accessibilityViolations().stream()
                    .filter(v -> v.impact().equals("serious") || v.impact().equals("critical"))
                    .toList();
            assertEquals(List.of(), serious, page + " at " + width + " px");
        }
    }

    @Test
    void theAccessibilityCheckDoesFindFaults() {
        browser.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><input type='text'></body></html>");
        List<String> rules = browser.accessibilityViolations().stream().map(Browser.Violation::rule).toList();
        assertTrue(rules.contains("image-alt"), "a picture without alt text is reported: " + rules);
    }

    @Test
    void theHomePageHasOneSearchBoxAboveTheFold() {
        browser.phone(360, 640);
        browser.get(base + "/");
        List<Map<String, Object>> boxes = browser.script("""
                return [...document.querySelectorAll('input[type=search]')].filter(e => e.getClientRects().length)
                  .map(e => ({top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom}));
                """);
        assertEquals(1, boxes.size(), "visible search boxes on the home page");
        assertTrue(((Number) boxes.getFirst().get("bottom")).doubleValue() <= 640,
                "the box is above the fold: " + boxes);
    }

    @Test
    void searchLandmarksHaveDistinctNames() {
        browser.phone(360, 740);
        for (String page : pages()) {
            browser.get(base + page);
            List<String> names = browser.script(
                    "return [...document.querySelectorAll('[role=search], search')].map(e => e.getAttribute('aria-label'))");
            assertFalse(names.contains(null), page + ": every search landmark has a name: " + names);
            assertEquals(names.size(), new HashSet<>(names).size(), page + ": search landmark names repeat: " + names);
        }
    }

    @Test
    void resultsShowTheAnswerFirst() {
        browser.phone(360, 740);
        browser.get(base + search("شرایط بیمه بیکاری"));
        Map<String, String> first = browser.script("""
                const li = document.querySelector('.results li');
                return {title: li.querySelector('.title').textContent.trim(), href: li.querySelector('.title').getAttribute('href'),
                        category: li.querySelector('.category-tag').textContent.trim(),
                        answer: li.querySelector('.answer').textContent.trim(),
                        answerFirst: String(li.querySelector('.answer').compareDocumentPosition(li.querySelector('.snippet') || li) !== 2)};
                """);
        var article = portal.knowledge().current().articles().findPublished("unemployment-eligibility").orElseThrow();
        assertEquals("/articles/unemployment-eligibility", first.get("href"));
        assertEquals(article.title(), first.get("title"));
        assertEquals(portal.knowledge().current().categories().labelOf(article.category()), first.get("category"));
        assertEquals(article.summary(), first.get("answer"), "the summary is the answer shown");
        assertEquals("true", first.get("answerFirst"), "any highlighted passage comes after the answer");
    }

    @Test
    void aPagePastTheLastSaysSoAndLinksToTheFirst() {
        browser.phone(360, 740);
        browser.get(base + search("بیمه بیکاری") + "&page=40");
        String status = browser.script("return document.querySelector('.past-last').textContent");
        assertTrue(status.contains("صفحه ۴۰"), status);
        browser.driver().findElement(By.cssSelector(".past-last a")).click();
        assertTrue(browser.driver().getCurrentUrl().endsWith("page=1")
                || !browser.driver().getCurrentUrl().contains("page="),
                browser.driver().getCurrentUrl());
        long results = browser.<Long>script("return document.querySelectorAll('.results li').length");
        assertTrue(results > 0, "page 1 lists results");
    }

    @Test
    void categoryPagesListInReadersOrderWithEndedMeasuresLastAndLabelled() {
        browser.phone(360, 740);
        browser.get(base + "/categories/unemployment");
        List<Map<String, Object>> items = browser.script("""
                return [...document.querySelectorAll('.article-list li')].map(li => ({
                  href: li.querySelector('a').getAttribute('href'), title: li.querySelector('a').textContent.trim(),
                  label: li.querySelector('.historical-tag') ? li.querySelector('.historical-tag').textContent : ''}));
                """);
        var kb = portal.knowledge().current();
        List<String> expected = kb.articles().publishedIn("unemployment").stream().map(a -> a.url()).toList();
        assertEquals(expected, items.stream().map(i -> i.get("href")).toList(), "the reader order of the category");
        int firstEnded = -1;
        for (int i = 0; i < items.size(); i++) {
            String slug = ((String) items.get(i).get("href")).substring("/articles/".length());
            boolean ended = kb.articles().findPublished(slug).orElseThrow().historical();
            assertEquals(ended, !((String) items.get(i).get("label")).isEmpty(), slug + " is labelled iff historical");
            if (ended && firstEnded < 0) firstEnded = i;
            if (!ended) assertTrue(firstEnded < 0, slug + " comes after an ended measure");
        }
        assertTrue(firstEnded > 0, "the category holds current articles first and ended measures after them");
    }

    @Test
    void searchResultsLabelEndedMeasuresAndListThemAfterCurrentOnes() {
        browser.phone(360, 740);
        browser.get(base + search("بیمه بیکاری"));
        List<Boolean> ended = browser.script(
                "return [...document.querySelectorAll('.results li')].map(li => !!li.querySelector('.historical-tag'))");
        assertTrue(ended.contains(true), "the COVID-era unemployment cover is among the results, labelled: " + ended);
        int firstEnded = ended.subList(1, ended.size()).indexOf(true) + 1;
        assertFalse(ended.subList(firstEnded, ended.size()).contains(false), "ended measures come last: " + ended);
    }
}
