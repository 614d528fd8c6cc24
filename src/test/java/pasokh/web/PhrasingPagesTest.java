package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.knowledge.KnowledgeBase;
import pasokh.questions.QuestionImporter;
import pasokh.store.QuestionRepository;
import pasokh.testing.Browser;

/**
 * «پرسش‌های پیشنهادی» in the editors' list, in headless Chromium and from the keyboard: what the section shows
 * (the wording, the article linked to its edit page, the count in Persian digits, the most asked first), the
 * accept button making a draft whose questions hold the wording, the dismiss button, the notices, and axe-core
 * and the page's width on a desktop and a 360 px phone.
 */
class PhrasingPagesTest {

    private static final String EDITOR = "sara";
    private static final String PASSWORD = "matn-e tazeh 1405";
    private static final String PENSION = "pension-calculation";
    private static final String UNEMPLOYMENT = "unemployment-eligibility";
    private static final String OFTEN = "مستمری بازنشستگیم رو چطوری حساب میکنن";
    private static final String LESS = "بیمه بیکاری به کارگر فصلی هم میرسه";

    @TempDir
    static Path dir;

    static Portal portal;
    static Javalin app;
    static String base;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        portal = Portal.start(WebFixture.articles(dir).paths(), KnowledgeBase.Storage.MEMORY);
        portal.accounts().users().add(EDITOR, PASSWORD, EnumSet.of(Role.EDITOR), Actor.commandLine());
        asked(OFTEN, PENSION, 12);
        asked(LESS, UNEMPLOYMENT, 3);
        app = WebApp.create(portal).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = Browser.open();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.close();
        if (app != null) app.stop();
        if (portal != null) portal.close();
    }

    @Test
    void theListProposesWordingsAndItsButtonsAddOneToTheArticleAsADraftAndDismissTheOther() throws Exception {
        signIn(browser);
        assertEquals("پرسش‌های پیشنهادی", browser.driver().findElement(By.cssSelector(".phrasings h2")).getText());
        List<WebElement> rows = proposals(browser);
        assertEquals(List.of(OFTEN, LESS), rows.stream().map(r -> cell(r, 0)).toList(), "the most asked first");
        WebElement first = rows.getFirst();
        assertEquals("۱۲", cell(first, 2), "the count in Persian digits");
        WebElement link = first.findElements(By.tagName("td")).get(1).findElement(By.tagName("a"));
        assertEquals("نحوه محاسبه مستمری بازنشستگی", link.getText());
        assertEquals(base + "/editor/articles/" + PENSION, link.getAttribute("href"));

        List<String> problems = new ArrayList<>();
        for (String size : List.of("desktop", "360 px phone")) {
            if (size.equals("desktop")) browser.desktop();
            else browser.phone(360, 740);
            browser.get(base + "/editor");
            check(browser, "/editor at " + size, problems);
        }
        assertEquals(List.of(), problems);
        browser.desktop();
        browser.get(base + "/editor");

        // from the keyboard: Tab to the first proposal's accept button, Enter
        tabTo(browser, e -> e.getTagName().equals("button") && e.getText().strip().equals("افزودن به پرسش‌های مقاله")
                && OFTEN.equals(e.findElement(By.xpath("./ancestor::tr")).findElement(By.tagName("td")).getText()), 80);
        pressAndWait(browser, Keys.ENTER);
        assertEquals(base + "/editor?done=phrasing-accepted", browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElement(By.cssSelector(".notice")).getText()
                .contains("پرسش به پرسش‌های مقاله افزوده شد"));
        assertEquals(List.of(LESS), proposals(browser).stream().map(r -> cell(r, 0)).toList());

        browser.get(base + "/editor/articles/" + PENSION);
        assertEquals("پیش‌نویس", browser.driver().findElement(
                By.xpath("//p[starts-with(normalize-space(.), 'وضعیت:')]/strong")).getText().strip());
        List<String> questions = browser.driver().findElement(By.id("f-questions")).getDomProperty("value").lines()
                .toList();
        assertEquals(OFTEN, questions.getLast(), "the wording is the article's last question");
        assertTrue(browser.driver().findElement(By.tagName("body")).getText().contains("پرسش پیشنهادی افزوده شد"),
                "the revision's note");
        assertFalse(Files.readString(dir.resolve("articles/retirement/" + PENSION + ".md"), StandardCharsets.UTF_8)
                .contains(OFTEN), "the published file waits for a publisher");

        browser.get(base + "/editor");
        tabTo(browser, e -> e.getTagName().equals("button") && e.getText().strip().equals("نادیده گرفتن"), 80);
        pressAndWait(browser, Keys.ENTER);
        assertEquals(base + "/editor?done=phrasing-dismissed", browser.driver().getCurrentUrl());
        assertTrue(browser.driver().findElement(By.cssSelector(".notice")).getText().contains("نادیده گرفته شد"));
        assertTrue(browser.driver().findElements(By.cssSelector(".phrasings")).isEmpty(),
                "with nothing left to propose, the section is not shown");
    }

    // ------------------------------------------------------------------ helpers

    private static void asked(String text, String slug, int times) throws Exception {
        StringBuilder tsv = new StringBuilder("time\tchannel\ttext\tarticle\n");
        LocalDateTime at = LocalDateTime.now(Portal.READERS_ZONE).minusHours(times);
        for (int i = 0; i < times; i++) tsv.append(at.plusHours(i)).append("\t1420\t").append(text).append('\t')
                .append(slug).append('\n');
        Path file = Files.createTempFile(dir, "log", ".tsv");
        Files.writeString(file, tsv, StandardCharsets.UTF_8);
        new QuestionImporter(new QuestionRepository(portal.database()), () -> portal.knowledge().current().analysis(),
                Portal.READERS_ZONE).importFiles(List.of(file), QuestionImporter.Options.DETECT,
                QuestionImporter.Progress.NONE, p -> {
                    throw new AssertionError(p.toString());
                });
    }

    private static void signIn(Browser b) {
        b.get(base + "/editor");
        b.script("arguments[0].focus()", b.driver().findElement(By.id("username")));
        b.markPage();
        new Actions(b.driver()).sendKeys(EDITOR, Keys.TAB, PASSWORD, Keys.ENTER).perform();
        b.awaitNewPage();
        assertEquals(base + "/editor", b.driver().getCurrentUrl());
    }

    private static List<WebElement> proposals(Browser b) {
        return b.driver().findElements(By.cssSelector(".phrasings tbody tr"));
    }

    private static String cell(WebElement row, int i) {
        return row.findElements(By.tagName("td")).get(i).getText().strip();
    }

    private static void check(Browser b, String where, List<String> problems) {
        for (Browser.Violation v : b.accessibilityViolations()) {
            problems.add(where + ": axe " + v.rule() + " (" + v.impact() + ") " + v.help() + " " + v.targets());
        }
        long width = b.<Long>script("return document.documentElement.scrollWidth");
        long screen = b.<Long>script("return document.documentElement.clientWidth");
        if (width > screen) problems.add(where + ": the page is " + width + " px wide on a " + screen + " px screen");
        List<String> small = b.script("""
                return [...document.querySelectorAll('.phrasings button, .phrasings a')].filter(e => {
                    const r = e.getBoundingClientRect(); return r.height < 44 && e.tagName === 'BUTTON'; })
                  .map(e => e.textContent.trim());""");
        if (!small.isEmpty()) problems.add(where + ": buttons under 44 px high: " + small);
    }

    private static WebElement tabTo(Browser b, java.util.function.Predicate<WebElement> wanted, int max) {
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
        b.markPage();
        new Actions(b.driver()).sendKeys(key).perform();
        b.awaitNewPage();
    }



}
