package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.article.Article;
import pasokh.article.SmsText;
import pasokh.knowledge.KnowledgeBase;
import pasokh.testing.Browser;
import pasokh.testing.Folders;

/**
 * The agents' console in headless Chromium, driven by keyboard as an agent on a live call drives it: type, move
 * through the results, open the answer beside them, copy it, go back to the box.
 */
class AgentConsoleTest {

    private static final String AGENT = "ali";
    private static final String EDITOR = "sara";
    private static final String PASSWORD = "pasokh-e tel 1420";

    @TempDir
    static Path dir;
    static Portal portal;
    static Javalin app;
    static String base;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Folders.copy(Path.of("articles"), dir.resolve("articles"));
        Folders.copy(Path.of("index-config"), dir.resolve("index-config"));
        portal = Portal.start(new PortalPaths(dir.resolve("articles"), dir.resolve("index-config"), dir.resolve("data")),
                KnowledgeBase.Storage.MEMORY);
        portal.accounts().users().add(AGENT, PASSWORD, EnumSet.of(Role.AGENT), Actor.commandLine());
        portal.accounts().users().add(EDITOR, PASSWORD, EnumSet.of(Role.EDITOR), Actor.commandLine());
        app = WebApp.create(portal).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        browser = Browser.open();
        // the clipboard as a person's browser lets a page use it after a key press
        browser.driver().executeCdpCommand("Browser.grantPermissions", Map.of("origin", base,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
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
    void anAgentTypesMovesThroughTheResultsOpensTheAnswerBesideThemAndCopiesItByKeyboardOnly() {
        signIn(AGENT);
        assertEquals("agent-q", active(), "the search box has the focus on load");

        press("حق اولاد بچه");
        List<WebElement> options = awaitResults();
        assertTrue(options.size() >= 2, "results follow the typing: " + options.size());
        assertEquals("true", options.get(0).getAttribute("aria-selected"), "the first answer is ready for Enter");
        assertTrue(options.get(0).getText().contains("حق اولاد"), options.get(0).getText());

        press(Keys.ARROW_DOWN);
        assertEquals("true", options().get(1).getAttribute("aria-selected"), "↓ moves to the second");
        assertEquals("false", options().get(0).getAttribute("aria-selected"));
        assertEquals(options().get(1).getAttribute("id"), box().getAttribute("aria-activedescendant"),
                "a screen reader is told which answer is chosen");
        press(Keys.ARROW_UP);
        assertEquals("true", options().get(0).getAttribute("aria-selected"), "↑ moves back");
        String slug = options().get(0).getAttribute("data-slug");

        press(Keys.ENTER);
        WebElement card = awaitCard(slug);
        assertEquals("/agent", path(), "opened beside the list, without leaving the page");
        assertFalse(options().isEmpty(), "the results are still there");
        Article article = portal.knowledge().current().articles().findPublished(slug).orElseThrow();
        assertEquals(article.summary(), text(By.id("card-summary")), "the summary to read out");
        for (String point : article.keyPoints()) {
            assertTrue(card.getText().contains(point), "the key condition is on the card: " + point);
        }
        for (String law : article.legal()) assertTrue(card.getText().contains(law), "the legal basis: " + law);
        assertTrue(card.getText().contains("به‌روزرسانی " + Fa.date(article.updated())), "the Jalali updated date");
        assertTrue(card.getText().contains("پاسخ شمارهٔ " + Fa.num(article.number().orElseThrow())),
                "the short answer number to say on the phone: " + card.getText());
        assertTrue(card.getText().matches("(?s).*به‌روزرسانی [۰-۹]{1,2} [^ ]+ [۰-۹]{4}.*"), "in Persian digits");
        assertTrue(browser.<Boolean>script("""
                const list = document.getElementById('agent-results').getBoundingClientRect();
                const card = document.getElementById('answer-card').getBoundingClientRect();
                return card.right <= list.left + 1 && card.top < list.bottom;"""),
                "at 1280x720 the card stands beside the list");
        assertEquals("agent-q", active(), "the agent can go on typing");

        alt("c");
        awaitSaid("پاسخ کپی شد.");
        String copied = clipboard();
        assertTrue(copied.startsWith(article.summary()), "the answer is on the clipboard: " + copied);
        assertTrue(copied.contains("/articles/" + slug), "with the article's link: " + copied);
        for (String point : article.keyPoints()) assertTrue(copied.contains(point), "and its conditions: " + copied);

        String sms = SmsText.expand(article.sms().orElseThrow(), portal.knowledge().current().site().publicUrl(), slug);
        alt("s");
        awaitSaid("پیامک کپی شد.");
        assertEquals(sms, clipboard(), "the SMS with its link filled in");

        // Esc from anywhere goes back to the box
        browser.script("arguments[0].focus()", browser.driver().findElement(By.id("sms-text")));
        press(Keys.ESCAPE);
        assertEquals("agent-q", active());
    }

    @Test
    void aCallIsRecordedWithOneKeystrokeAndOneLineAgainstTheOpenAnswerAndLeavesNoTraceOfTheCallersNationalId()
            throws Exception {
        signIn(AGENT);
        press("بیمه بیکاری");
        awaitResults();
        String slug = options().get(0).getAttribute("data-slug");
        press(Keys.ENTER);
        awaitCard(slug);
        assertEquals(slug, browser.driver().findElement(By.id("record-slug")).getDomProperty("value"),
                "the open answer is the one the question is recorded against, by default");

        alt("q");
        assertEquals("record-text", active(), "Alt+Q: straight to the one line");
        long before = portal.recordedQuestions().count(java.time.LocalDate.now(Portal.READERS_ZONE).minusDays(1),
                java.time.LocalDate.now(Portal.READERS_ZONE).plusDays(1));
        press("کد ملی من ۴۷۱۰۸۳۹۲۶۵ است، بیمه بیکاری را کی واریز می‌کنند؟", Keys.ENTER);
        awaitSaid("پرسش ثبت شد.");
        assertEquals("agent-q", active(), "back in the search box for the next caller");
        assertEquals("", browser.driver().findElement(By.id("record-text")).getDomProperty("value"));
        assertEquals(before + 1, portal.recordedQuestions().count(java.time.LocalDate.now(Portal.READERS_ZONE).minusDays(1),
                java.time.LocalDate.now(Portal.READERS_ZONE).plusDays(1)), "one question recorded");

        alt("r");
        assertEquals("flag-text", active(), "Alt+R: straight to the fault report of the open answer");
        press("مبلغ سال ۱۴۰۵ هنوز در این پاسخ نیامده است", Keys.ENTER);
        awaitSaid("گزارش ایراد برای ویراستاران فرستاده شد.");
        assertTrue(portal.flags().openOf(slug).stream().anyMatch(f -> f.text().contains("هنوز در این پاسخ نیامده")),
                "the flag is in the editors' list: " + portal.flags().openOf(slug));

        List<String> traces = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir.resolve("data"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (String form : List.of("4710839265", "۴۷۱۰۸۳۹۲۶۵")) {
                    if (contains(bytes, form.getBytes(StandardCharsets.UTF_8))
                            || contains(bytes, form.getBytes(StandardCharsets.UTF_16LE))) {
                        traces.add(f.getFileName() + " holds " + form);
                    }
                }
            }
        }
        assertEquals(List.of(), traces, "no trace of the caller's national ID under the data folder");
    }

    @Test
    void theSmsCountFollowsTheTextInCharactersAndPersianSegments() {
        signIn(AGENT);
        browser.get(base + "/agent?open=child-allowance");
        WebElement sms = browser.driver().findElement(By.id("sms-text"));
        String text = sms.getDomProperty("value");
        SmsText.Count count = SmsText.count(text);
        assertEquals(Fa.num(count.characters()) + " نویسه، " + Fa.num(count.segments()) + " پیامک", text(By.id("sms-count")),
                "the count as sent: UCS-2 for Persian");
        browser.script("arguments[0].focus(); arguments[0].setSelectionRange(0, 0)", sms);
        String longer = "سلام؛ " + "پاسخ پرسش شما ".repeat(5);
        press(longer);
        String after = longer + text;
        SmsText.Count now = SmsText.count(after);
        assertNotEquals(count.segments(), now.segments(), "the test text crosses a segment");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(d -> text(By.id("sms-count")).equals(
                Fa.num(now.characters()) + " نویسه، " + Fa.num(now.segments()) + " پیامک"));
        assertEquals(new SmsText.Count(70, 1, true), SmsText.count("ی".repeat(70)), "one Persian SMS is 70 letters");
        assertEquals(2, SmsText.count("ی".repeat(71)).segments(), "then 67 a segment");
        assertEquals(1, SmsText.count("a".repeat(160)).segments(), "a Latin SMS is 160");
    }

    @Test
    void theShortcutsAreListedAndRecentChangesAreShownAndAxeFindsNothingAtDesktopSize() {
        signIn(AGENT);
        String keys = text(By.id("agent-keys"));
        for (String k : List.of("Alt+C", "Alt+S", "Alt+Q", "Alt+R", "Esc", "Enter")) {
            assertTrue(keys.contains(k), "the shortcut " + k + " is listed: " + keys);
        }
        List<WebElement> changes = browser.driver().findElements(By.cssSelector(".changes li"));
        long recent = portal.knowledge().current().articles().published().stream()
                .filter(a -> !a.updated().isBefore(java.time.LocalDate.now(Portal.READERS_ZONE).minusDays(30))).count();
        assertEquals(recent, changes.size(), "every article changed in 30 days is in «تغییرات اخیر»");

        browser.get(base + "/agent?q=" + Urls.encode("مستمری بازنشستگی") + "&open=child-allowance");
        List<String> problems = new ArrayList<>();
        for (Browser.Violation v : browser.accessibilityViolations()) {
            problems.add("axe " + v.rule() + " (" + v.impact() + ") " + v.help() + " " + v.targets());
        }
        long width = browser.<Long>script("return document.documentElement.scrollWidth");
        long screen = browser.<Long>script("return document.documentElement.clientWidth");
        if (width > screen) problems.add("the page is " + width + " px wide on a " + screen + " px screen");
        assertEquals(List.of(), problems);
    }

    @Test
    void theConsoleIsForAgentsOnly() {
        browser.get(base + "/login");
        browser.driver().manage().deleteAllCookies();
        browser.get(base + "/agent");
        assertEquals("/login", path(), "signed out, the console asks for a sign-in");
        signInAs(EDITOR, "/agent");
        assertTrue(text(By.tagName("main")).contains("دسترسی"), "an editor is refused, in Persian: "
                + text(By.tagName("main")));
        assertTrue(browser.driver().findElements(By.id("agent-q")).isEmpty());
    }

    // --- the browser

    private static void signIn(String user) {
        browser.get(base + "/login");
        browser.driver().manage().deleteAllCookies();
        signInAs(user, "/agent");
        assertEquals("/agent", path());
    }

    private static void signInAs(String user, String next) {
        browser.get(base + "/login?next=" + next);
        browser.script("arguments[0].focus()", browser.driver().findElement(By.id("username")));
        browser.script("window.__stale = true");
        press(user, Keys.TAB, PASSWORD, Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "return window.__stale === undefined && document.readyState === 'complete'")));
    }

    private static void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Alt held down while the key is pressed, as a person does. */
    private static void alt(String key) {
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
    }

    private static WebElement box() {
        return browser.driver().findElement(By.id("agent-q"));
    }

    private static List<WebElement> options() {
        return browser.driver().findElements(By.cssSelector("#agent-results [role=option]"));
    }

    private static List<WebElement> awaitResults() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> {
            List<WebElement> all = options();
            return all.isEmpty() ? null : all;
        });
    }

    private static WebElement awaitCard(String slug) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> {
            List<WebElement> cards = d.findElements(By.cssSelector("#answer-card[data-slug='" + slug + "']"));
            return cards.isEmpty() ? null : cards.get(0);
        });
    }

    private static void awaitSaid(String words) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(d -> text(By.id("agent-said")).equals(words));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page did not say «" + words + "»; it said «" + text(By.id("agent-said"))
                    + "»; focus on #" + active(), e);
        }
    }

    private static String clipboard() {
        return (String) browser.driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('ERR ' + e));");
    }

    private static String active() {
        return browser.script("return document.activeElement.id");
    }

    private static String text(By by) {
        return browser.driver().findElement(by).getText().strip();
    }

    private static String path() {
        return java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }

}
