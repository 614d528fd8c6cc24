package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.article.JalaliDate;
import pasokh.article.PersianDigits;
import pasokh.testing.Browser;
import pasokh.testing.TestClock;

/**
 * {@code /insights} in headless Chromium as a manager uses it: signed in through the form, reading the figures
 * and the server-drawn charts, choosing a period from the keyboard, and going from a missing group to its
 * article draft; axe-core and the page's width on a desktop and a 360 px phone.
 */
class InsightsPagesTest {

    private static final String MANAGER = "farideh";
    private static final String PASSWORD = "gozaresh-e haftegi 7";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Browser browser;
    static Portal portal;
    static Javalin app;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.open();
        TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE));
        portal = InsightsData.portal(dir.resolve("data"), clock);
        portal.accounts().users().add(MANAGER, PASSWORD, EnumSet.of(Role.MANAGER), Actor.commandLine());
        InsightsData.importInto(portal, dir);
        app = WebApp.create(portal).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser.get(base + "/login");
        browser.desktop();
        signIn();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.stop();
        if (portal != null) portal.close();
    }

    @BeforeEach
    void onADesktop() {
        browser.desktop();
    }

    @Test
    void theFiguresCountThePeriodsQuestionsAndGroups() {
        browser.get(base + "/insights");
        assertEquals("/insights", path());
        JsonNode report = api("/api/gaps");
        Map<String, String> figures = figures();
        assertEquals(PersianDigits.of(InsightsData.defaultPeriod().size()), figures.get("پرسش در این دوره"), figures.toString());
        assertEquals(PersianDigits.of(report.get("groups").size()), figures.get("گروه پرسش"), figures.toString());
        long missing = 0;
        long all = 0;
        for (JsonNode g : report.get("groups")) {
            all += g.get("size").asLong();
            if (g.get("verdict").asText().equals("missing")) missing += g.get("size").asLong();
        }
        String share = PersianDigits.of(Math.round(100.0 * missing / all)) + "٪ (" + PersianDigits.of(missing) + ")";
        assertEquals(share, figures.get("بی‌پاسخ"), "the share of demand no article answers: " + figures);
        for (String value : figures.values()) {
            assertFalse(value.matches(".*[0-9].*"), "Persian digits: " + figures);
        }
    }

    @Test
    void theChartsAreServerDrawnSvgWithANameAndOneBarPerPeriod() {
        browser.get(base + "/insights");
        List<WebElement> charts = browser.driver().findElements(By.cssSelector("figure svg"));
        assertEquals(4, charts.size(), "weekly, monthly, channel and province charts");
        for (WebElement svg : charts) {
            assertEquals("img", svg.getAttribute("role"));
            String name = browser.script("""
                    const ids = (arguments[0].getAttribute('aria-labelledby') || '').split(' ').filter(x => x);
                    return ids.map(id => document.getElementById(id)).filter(e => e && arguments[0].contains(e))
                              .map(e => e.textContent.trim()).join(' ');
                    """, svg);
            assertFalse(name.isBlank(), "named for a screen reader by its own title: " + svg.getAttribute("outerHTML"));
            assertFalse(svg.findElement(By.tagName("title")).getAttribute("textContent").isBlank());
        }
        assertEquals(0L, browser.<Long>script("return document.querySelectorAll('script, [style]').length"),
                "no script and no inline style (the CSP forbids them)");

        List<InsightsData.Row> rows = InsightsData.defaultPeriod();
        WebElement weekly = chart("هفته");
        assertEquals(InsightsData.weeks(rows).size(), weekly.findElements(By.tagName("rect")).size(),
                "one bar per Jalali week with questions");
        assertEquals(InsightsData.months(rows).size(), chart("ماه").findElements(By.tagName("rect")).size(),
                "one bar per Jalali month");
        List<String> barTitles = weekly.findElements(By.cssSelector("rect > title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
        for (String t : barTitles) assertFalse(t.matches(".*[0-9].*"), "Persian digits in " + barTitles);

        for (WebElement svg : charts) {
            String title = svg.findElement(By.tagName("title")).getAttribute("textContent");
            List<String> labels = svg.findElements(By.tagName("text")).stream()
                    .map(t -> t.getAttribute("textContent")).toList();
            assertFalse(labels.isEmpty(), title);
            for (String label : labels) assertFalse(label.matches(".*[0-9].*"), title + ": Persian digits in " + labels);
            assertEquals(List.of(), overlaps(svg), title + ": labels clear of each other, of the bars and of the edges");
        }
        // the busiest week is the tallest bar
        Map<String, Long> perWeek = new LinkedHashMap<>();
        for (JsonNode g : api("/api/gaps").get("groups")) {
            g.get("weeks").properties().forEach(e -> perWeek.merge(e.getKey(), e.getValue().asLong(), Long::sum));
        }
        long most = perWeek.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Double> heights = weekly.findElements(By.tagName("rect")).stream()
                .map(r -> Double.parseDouble(r.getAttribute("height"))).toList();
        int tallest = heights.indexOf(heights.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        String tallestTitle = weekly.findElements(By.cssSelector("rect > title")).get(tallest).getAttribute("textContent");
        assertTrue(tallestTitle.endsWith(PersianDigits.of(most)), tallestTitle + " should count " + most);
    }

    @Test
    void theMissingGroupsRowOpensItsDraft() {
        browser.get(base + "/insights");
        JsonNode group = null;
        for (JsonNode g : api("/api/gaps").get("groups")) {
            if (g.get("verdict").asText().equals("missing")
                    && g.get("representative").asText().contains(InsightsData.UNANSWERED_WORDS)) {
                group = g;
                break;
            }
        }
        assertTrue(group != null, "the passport questions are a missing group");
        WebElement row = browser.driver().findElement(By.cssSelector("#missing ~ .table-scroll tr[data-group='"
                + group.get("id").asText() + "']"));
        assertTrue(row.getText().contains(group.get("representative").asText()), row.getText());
        WebElement write = row.findElement(By.linkText("نوشتن مقاله"));
        browser.script("arguments[0].focus()", write);
        pressAndWait(Keys.ENTER);
        assertEquals("/insights/groups/" + group.get("id").asText() + "/draft", path());
        assertTrue(text(By.tagName("h1")).contains(group.get("representative").asText()), text(By.tagName("h1")));
        String markdown = browser.driver().findElement(By.id("draft-md")).getDomProperty("value");
        assertTrue(markdown.startsWith("---\n") && markdown.contains("\nquestions:\n"), markdown);
        for (JsonNode q : group.get("questions")) {
            assertTrue(markdown.contains("  - \"" + q.asText() + "\""), "the draft lists «" + q.asText() + "»: " + markdown);
        }
        assertEquals("متن Markdown", browser.<String>script(
                "return document.getElementById('draft-md').labels[0].textContent.trim()"));
    }

    @Test
    void aPeriodTypedInJalaliChangesWhatIsShown() {
        browser.get(base + "/insights");
        assertEquals(PersianDigits.of(JalaliDate.of(InsightsData.TODAY.minusDays(90)).toString().replace('-', '/')),
                browser.driver().findElement(By.id("since")).getDomProperty("value"),
                "the default period, 91 days to today, in Jalali with Persian digits");
        assertEquals(PersianDigits.of(JalaliDate.of(InsightsData.TODAY).toString().replace('-', '/')),
                browser.driver().findElement(By.id("until")).getDomProperty("value"));
        String before = figures().get("پرسش در این دوره");
        int barsBefore = chart("هفته").findElements(By.tagName("rect")).size();

        LocalDate from = LocalDate.of(2026, 11, 21);
        LocalDate to = LocalDate.of(2026, 11, 30);
        String since = PersianDigits.of(JalaliDate.of(from).toString().replace('-', '/'));
        String until = JalaliDate.of(to).toString().replace('-', '/');
        browser.script("arguments[0].focus()", browser.driver().findElement(By.id("since")));
        press(Keys.chord(Keys.CONTROL, "a"));
        press(since);
        press(Keys.TAB);
        assertEquals("until", browser.script("return document.activeElement.id"), "Tab goes from one date to the next");
        press(Keys.chord(Keys.CONTROL, "a"));
        press(until);
        pressAndWait(Keys.ENTER);

        assertEquals("/insights", path());
        assertEquals(since, queryParam("since"));
        assertEquals(until, queryParam("until"));
        assertEquals(since, browser.driver().findElement(By.id("since")).getDomProperty("value"), "the form keeps the dates");
        List<InsightsData.Row> rows = InsightsData.between(from, to);
        String after = figures().get("پرسش در این دوره");
        assertEquals(PersianDigits.of(rows.size()), after);
        assertNotEquals(before, after);
        int barsAfter = chart("هفته").findElements(By.tagName("rect")).size();
        assertEquals(InsightsData.weeks(rows).size(), barsAfter);
        assertNotEquals(barsBefore, barsAfter);
        String csv = browser.driver().findElement(By.partialLinkText("CSV")).getAttribute("href");
        assertTrue(URLDecoder.decode(csv, StandardCharsets.UTF_8).contains("since=" + since), "the download follows: " + csv);

        browser.script("arguments[0].focus()", browser.driver().findElement(By.id("since")));
        press(Keys.chord(Keys.CONTROL, "a"));
        press("1405/13/01");
        pressAndWait(Keys.ENTER);
        assertTrue(browser.driver().getPageSource().contains("خوانده نشد"), "an impossible date is explained");
    }

    @Test
    void noAccessibilityProblemsAndNoSidewaysScrollOnADesktopOrAPhone() {
        String draft = null;
        for (JsonNode g : apiFrom("/insights", "/api/gaps").get("groups")) {
            if (g.get("verdict").asText().equals("missing")) {
                draft = "/insights/groups/" + g.get("id").asText() + "/draft";
                break;
            }
        }
        assertTrue(draft != null);
        List<String> problems = new ArrayList<>();
        for (String size : List.of("1280x720", "360 px phone")) {
            if (size.startsWith("1280")) browser.desktop();
            else browser.phone(360, 740);
            for (String page : List.of("/insights", "/insights?since=1405/08/30&until=1405/09/09", draft)) {
                check(page, size, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void onAPhoneTheFiguresAndChartsStayReadable() {
        browser.phone(360, 740);
        browser.get(base + "/insights");
        List<Map<String, Object>> boxes = browser.script("""
                return [...document.querySelectorAll('.figures > div')].map(e => {
                  const r = e.getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width}; });
                """);
        assertEquals(6, boxes.size(), "the five figures of the report and the questions agents recorded");
        for (Map<String, Object> b : boxes) {
            assertTrue(((Number) b.get("left")).doubleValue() >= 0 && ((Number) b.get("right")).doubleValue() <= 360,
                    "each figure is on the screen: " + boxes);
        }
        assertTrue(boxes.stream().map(b -> Math.round(((Number) b.get("left")).doubleValue())).distinct().count() >= 2,
                "two figures a row, not five screens of one: " + boxes);
        Map<String, Object> table = browser.script("""
                const box = document.querySelector('#missing ~ .table-scroll');
                const cell = box.querySelector('tbody td:nth-child(2)');
                return {inside: box.scrollWidth, shown: box.clientWidth, cell: cell.getBoundingClientRect().width};
                """);
        assertTrue(((Number) table.get("cell")).doubleValue() >= 150,
                "the question is readable, not a word a line: " + table);
        assertTrue(((Number) table.get("inside")).longValue() > ((Number) table.get("shown")).longValue(),
                "the table scrolls inside its box: " + table);
        double smallest = browser.<Number>script("""
                return Math.min(...[...document.querySelectorAll('figure svg text')]
                  .map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a));
                """).doubleValue();
        assertTrue(smallest >= 10, "chart labels at least 10 px high on a phone, not " + smallest);
        for (WebElement svg : browser.driver().findElements(By.cssSelector("figure svg"))) {
            assertEquals(List.of(), overlaps(svg), "on a phone too");
        }
    }

    // --- checks

    private static void check(String page, String size, List<String> problems) {
        browser.get(base + page);
        String where = page + " at " + size;
        problems.addAll(browser.layoutProblems(where));
    }

    /**
     * The chart's labels that overlap another label or a bar, or reach past the chart: each as the two texts, as
     * the reader would see them collide.
     */
    private static List<String> overlaps(WebElement svg) {
        return browser.script("""
                const svg = arguments[0], box = svg.getBoundingClientRect();
                const texts = [...svg.querySelectorAll('text')];
                const bars = [...svg.querySelectorAll('rect')];
                const meet = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
                                    && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
                const found = [];
                texts.forEach((t, i) => {
                  const r = t.getBoundingClientRect();
                  if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5
                      || r.bottom > box.bottom + 0.5) found.push('«' + t.textContent + '» past the edge');
                  texts.slice(i + 1).forEach(u => { if (meet(r, u.getBoundingClientRect()))
                      found.push('«' + t.textContent + '» on «' + u.textContent + '»'); });
                  bars.forEach(b => { if (b.getBoundingClientRect().width > 0 && meet(r, b.getBoundingClientRect()))
                      found.push('«' + t.textContent + '» on a bar'); });
                });
                return found;
                """, svg);
    }

    // --- the browser

    private static void signIn() {
        browser.get(base + "/insights");
        assertEquals("/login", path(), "signed out, /insights asks for a sign-in");
        assertEquals("/insights", queryParam("next"));
        browser.script("arguments[0].focus()", browser.driver().findElement(By.id("username")));
        browser.markPage();
        press(MANAGER);
        press(Keys.TAB);
        press(PASSWORD);
        press(Keys.ENTER);
        browser.awaitNewPage();
        assertEquals("/insights", path(), "back on the page asked for");
    }

    private static void press(CharSequence keys) {
        browser.driver().switchTo().activeElement().sendKeys(keys);
    }

    private static void pressAndWait(CharSequence keys) {
        browser.markPage();
        press(keys);
        browser.awaitNewPage();
    }




    // --- reading the page

    /** The report as the signed-in browser gets it. */
    private static JsonNode api(String path) {
        String body = browser.script("""
                const xhr = new XMLHttpRequest();
                xhr.open('GET', arguments[0], false);
                xhr.send();
                return xhr.status + ' ' + xhr.responseText;
                """, path);
        assertTrue(body.startsWith("200 "), body);
        try {
            return JSON.readTree(body.substring(4));
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    private static JsonNode apiFrom(String page, String path) {
        browser.get(base + page);
        return api(path);
    }

    /** The figures at the top of the page, label to value. */
    private static Map<String, String> figures() {
        Map<String, String> out = new LinkedHashMap<>();
        for (WebElement f : browser.driver().findElements(By.cssSelector("dl.figures > div"))) {
            out.put(f.findElement(By.tagName("dt")).getText().strip(), f.findElement(By.tagName("dd")).getText().strip());
        }
        return out;
    }

    /** The chart whose title has these words. */
    private static WebElement chart(String words) {
        for (WebElement svg : browser.driver().findElements(By.cssSelector("figure svg"))) {
            if (svg.findElement(By.tagName("title")).getAttribute("textContent").contains(words)) return svg;
        }
        throw new AssertionError("no chart about " + words);
    }

    private static String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private static String queryParam(String name) {
        String query = URI.create(browser.driver().getCurrentUrl()).getRawQuery();
        if (query == null) return null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String text(By by) {
        return browser.driver().findElement(by).getText().strip();
    }
}
