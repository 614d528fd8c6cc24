package pasokh.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.testing.Browser;

/** The search box in a real browser: suggestions as a keyboard-driven combobox, and a plain form without JavaScript. */
class SearchBoxTest {

    @TempDir
    static Path data;

    static ShippedSite site;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        site = ShippedSite.start(data);
        base = site.url("");
    }

    @AfterAll
    static void stop() throws Exception {
        if (site != null) site.close();
    }

    private static WebElement box(Browser browser) {
        return browser.driver().findElement(By.cssSelector("input[name=q]"));
    }

    private static List<String> offered(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !browser.<Boolean>script(
                "return document.querySelector('[role=listbox]').hidden"));
        return browser.script(
                "return [...document.querySelectorAll('[role=option] a')].map(a => a.getAttribute('href'))");
    }

    @Test
    void arrowsEnterAndEscapeDriveTheSuggestions() {
        try (Browser browser = Browser.open()) {
            browser.phone(360, 740);
            browser.get(base + "/");
            WebElement box = box(browser);
            assertEquals("combobox", box.getAttribute("role"));
            assertEquals("false", box.getAttribute("aria-expanded"));
            box.sendKeys("بیمه بیکا");
            List<String> links = offered(browser);
            assertTrue(links.contains("/articles/unemployment-eligibility"), "offered " + links);
            assertTrue(links.size() <= 8, "at most eight: " + links);
            assertEquals("true", box.getAttribute("aria-expanded"));
            String announced = browser.script("return document.querySelector('form [role=status]').textContent");
            assertTrue(announced.matches("[۰-۹]+ پیشنهاد.*"), "screen readers hear how many, in Persian: " + announced);

            box.sendKeys(Keys.ARROW_DOWN);
            String first = box.getAttribute("aria-activedescendant");
            assertNotNull(first, "the first suggestion is active");
            assertEquals("true", browser.driver().findElement(By.id(first)).getAttribute("aria-selected"));
            box.sendKeys(Keys.ARROW_DOWN);
            String second = box.getAttribute("aria-activedescendant");
            assertTrue(second != null && !second.equals(first), "the second is active: " + second);
            box.sendKeys(Keys.ARROW_UP);
            assertEquals(first, box.getAttribute("aria-activedescendant"));

            box.sendKeys(Keys.ESCAPE);
            assertEquals("false", box.getAttribute("aria-expanded"));
            assertTrue(browser.<Boolean>script("return document.querySelector('[role=listbox]').hidden"));
            assertNull(box.getAttribute("aria-activedescendant"));

            box.sendKeys("ر");
            String target = offered(browser).getFirst();
            box.sendKeys(Keys.ARROW_DOWN);
            box.sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(target));
            assertTrue(browser.driver().getCurrentUrl().endsWith(target),
                    "Enter opens the active suggestion's article");
        }
    }

    @Test
    void finglishAndWrongLayoutPrefixesAreSuggestedToo() {
        try (Browser browser = Browser.open()) {
            browser.phone(360, 740);
            for (String typed : List.of("bime bik", "fdli fd")) {
                browser.get(base + "/");
                box(browser).sendKeys(typed);
                List<String> links = offered(browser);
                assertTrue(links.contains("/articles/unemployment-eligibility"), typed + " offered " + links);
            }
        }
    }

    @Test
    void withoutJavaScriptTheBoxIsAPlainFormThatSearches() {
        try (Browser browser = Browser.withoutJavaScript()) {
            browser.phone(360, 740);
            browser.get(base + "/");
            WebElement box = box(browser);
            assertNull(box.getAttribute("role"), "no combobox role without the script that makes it one");
            assertTrue(browser.driver().findElements(By.cssSelector("[role=listbox]")).isEmpty());
            box.sendKeys("شرایط بیمه بیکاری");
            box.sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> d.getCurrentUrl().contains("/search?"));
            String first = browser.driver().findElement(By.cssSelector(".results li .title")).getAttribute("href");
            assertTrue(first.endsWith("/articles/unemployment-eligibility"), first);
        }
    }
}
