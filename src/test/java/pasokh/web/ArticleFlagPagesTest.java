package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.flags.Flag;
import pasokh.testing.Browser;

/**
 * Agents' flags as an editor meets them in headless Chromium, from the keyboard: the list names the flagged
 * articles above the table and marks their rows; the article's page lists its open flags (the part in Persian, the
 * text, the agent, the Jalali time in Persian digits) each with «رسیدگی شد»; pressing it leaves the others. axe-core
 * and the pages' width on a desktop and a 360 px phone.
 */
class ArticleFlagPagesTest extends StaffPortal {

    private static final String EDITOR = "flags.page.editor";
    private static final String AGENT = "flags.page.agent";
    private static final String PENSION = "pension-calculation";
    private static final String UNEMPLOYMENT = "unemployment-eligibility";

    static Javalin app;
    static String base;
    static Browser browser;
    static Flag summary;
    static Flag paragraph;

    @BeforeAll
    static void startBrowser() {
        user(EDITOR, Role.EDITOR);
        Actor agent = new Actor(user(AGENT, Role.AGENT), "10.0.0.7");
        summary = portal.flags().flag(PENSION, "summary", "میانگین دستمزد سه سال آخر است، نه دو سال", agent);
        clock.advance(Duration.ofMinutes(7));
        paragraph = portal.flags().flag(PENSION, "paragraph:1", "فرمول ۱۴۰۵ عوض شده", agent);
        portal.flags().flag(UNEMPLOYMENT, "article", "پیوند سامانه از کار افتاده", agent);
        app = WebApp.create(portal).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = Browser.open();
        desktop(browser);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (app != null) app.stop();
    }

    @Test
    void anEditorSeesTheFlaggedArticlesReadsTheirFlagsAndResolvesOne() {
        signIn(browser, EDITOR);
        List<String> named = browser.script("""
                return [...document.querySelectorAll('.flagged-articles li')].map(li => li.textContent.trim());""");
        assertEquals(List.of("نحوه محاسبه مستمری بازنشستگی: ۲ ایراد باز", "شرایط دریافت بیمه بیکاری: ۱ ایراد باز"),
                named, "above the table, the most reported first");
        assertEquals("۲", flagCell(PENSION));
        assertEquals("—", flagCell("malicious"), "an article nobody flagged");
        assertNotEquals(background(PENSION), background("malicious"), "a flagged row's count stands out by its colour too");

        tabTo(browser, e -> e.getTagName().equals("a") && e.getText().strip().equals("نحوه محاسبه مستمری بازنشستگی")
                && e.getAttribute("href").endsWith("#flags"), 30);
        pressAndWait(browser, Keys.ENTER);
        assertEquals("/editor/articles/" + PENSION, URI.create(browser.driver().getCurrentUrl()).getPath());
        assertEquals("ایرادهای گزارش‌شده (۲)", text(By.id("flags")));
        List<Map<String, String>> rows = flagRows();
        assertEquals(2, rows.size(), rows.toString());
        Map<String, String> first = rows.get(0);
        assertEquals(String.valueOf(summary.id()), first.get("id"), "oldest first");
        assertEquals("خلاصه", first.get("target"));
        assertEquals("میانگین دستمزد سه سال آخر است، نه دو سال", first.get("text"));
        assertEquals(AGENT, first.get("user"));
        assertEquals(shown(summary), first.get("time"));
        assertTrue(first.get("time").matches("[^0-9]+"), "Persian digits: " + first.get("time"));
        Map<String, String> second = rows.get(1);
        assertEquals("بند ۱", second.get("target"));
        assertEquals("فرمول ۱۴۰۵ عوض شده", second.get("text"), "its digits read in Persian again");
        assertEquals(shown(paragraph), second.get("time"));

        // the page opens at the top: Tab from there to the first flag's button
        browser.get(base + "/editor/articles/" + PENSION);
        tabTo(browser, e -> e.getTagName().equals("button") && e.getText().strip().equals("رسیدگی شد")
                && String.valueOf(summary.id()).equals(e.findElement(By.xpath("ancestor::tr")).getAttribute("data-flag")),
                40);
        pressAndWait(browser, Keys.ENTER);
        assertEquals("ایراد رسیدگی‌شده علامت خورد و از فهرست ایرادهای باز بیرون رفت.", text(By.cssSelector("[role=status]")));
        assertEquals(List.of(String.valueOf(paragraph.id())), flagRows().stream().map(r -> r.get("id")).toList(),
                "the other flag stays open");
        assertEquals(List.of(paragraph), portal.flags().openOf(PENSION));

        browser.get(base + "/editor");
        assertEquals("۱", flagCell(PENSION));
    }

    @Test
    void axeFindsNothingAndNoPageScrollsSidewaysOnADesktopOrAPhone() {
        signIn(browser, EDITOR);
        List<String> problems = new ArrayList<>();
        try {
            for (String size : List.of("1280x720", "360 px phone")) {
                if (size.startsWith("1280")) desktop(browser);
                else browser.phone(360, 740);
                for (String page : List.of("/editor", "/editor/articles/" + UNEMPLOYMENT)) {
                    browser.get(base + page);
                    assertTrue(!browser.driver().findElements(By.cssSelector(".flagged-articles, table.flags")).isEmpty(),
                            page + " shows flags");
                    check(page + " at " + size, problems);
                }
            }
        } finally {
            desktop(browser);
        }
        assertEquals(List.of(), problems);
    }

    // --- checks

    private static void check(String where, List<String> problems) {
        problems.addAll(browser.layoutProblems(where));
    }

    // --- reading the pages

    /** The last cell of an article's row in the list: its open flags. */
    private static String flagCell(String slug) {
        return browser.driver().findElement(By.cssSelector("tr[data-slug='" + slug + "'] td:last-child")).getText().strip();
    }

    private static String background(String slug) {
        return browser.script("return getComputedStyle(document.querySelector(\"tr[data-slug='\" + arguments[0]"
                + " + \"'] td:last-child\")).backgroundColor", slug);
    }

    private static List<Map<String, String>> flagRows() {
        return browser.script("""
                return [...document.querySelectorAll('table.flags tbody tr')].map(tr => ({
                  id: tr.dataset.flag, target: tr.cells[0].textContent.trim(), text: tr.cells[1].textContent.trim(),
                  user: tr.cells[2].textContent.trim(), time: tr.cells[3].textContent.trim()}));
                """);
    }

    /** A flag's time as the page should show it: the Jalali day and the time in Tehran, in Persian digits. */
    private static String shown(Flag f) {
        ZonedDateTime at = f.at().atZone(Portal.READERS_ZONE);
        return Fa.date(at.toLocalDate()) + " " + Fa.digits(at.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
    }

    private static String text(By by) {
        return browser.driver().findElement(by).getText().strip();
    }

    // --- the browser, by keyboard

    /** Signs in through the form, having asked for {@code /editor}; lands on the list. */
    private static void signIn(Browser b, String user) {
        b.get(base + "/login");
        b.driver().manage().deleteAllCookies();
        b.get(base + "/editor");
        assertEquals("/login", URI.create(b.driver().getCurrentUrl()).getPath());
        b.script("arguments[0].focus()", b.driver().findElement(By.id("username")));
        markPage(b);
        new Actions(b.driver()).sendKeys(user, Keys.TAB, PASSWORD, Keys.ENTER).perform();
        awaitNewPage(b);
        assertEquals("/editor", URI.create(b.driver().getCurrentUrl()).getPath(), user + " lands on the list");
    }

    private static WebElement tabTo(Browser b, Predicate<WebElement> wanted, int max) {
        List<String> passed = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
            WebElement now = b.driver().switchTo().activeElement();
            if (wanted.test(now)) return now;
            passed.add(now.getTagName() + "«" + now.getText().strip() + "»");
        }
        throw new AssertionError("not reached by Tab in " + max + " presses; passed " + passed);
    }

    private static void pressAndWait(Browser b, Keys key) {
        markPage(b);
        new Actions(b.driver()).sendKeys(key).perform();
        awaitNewPage(b);
    }

    private static void markPage(Browser b) {
        b.script("window.__stalePage = true");
    }

    private static void awaitNewPage(Browser b) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(b.script(
                        "return window.__stalePage === undefined && document.readyState === 'complete'")));
    }

    private static void desktop(Browser b) {
        b.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 1280, "height", 720, "deviceScaleFactor", 1, "mobile", false));
        b.driver().executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }
}
