package pasokh.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver. Both paths are given, so Selenium Manager is
 * never asked to find (or download) anything. Without them the page tests are skipped on a developer machine
 * and fail under CI ({@code PASOKH_BROWSER_TESTS=required}, set by {@code .ci/run}), which installs them.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PASOKH_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("PASOKH_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final String AXE_SCRIPT = "axe.min.js";

    /** One reported accessibility problem: axe's rule id, its impact and the elements it names. */
    public record Violation(String rule, String impact, String help, List<String> targets) {}

    private final ChromeDriver driver;
    private final boolean scriptsOn;

    private Browser(boolean scriptsOn) {
        this.scriptsOn = scriptsOn;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--lang=fa-IR", "--disable-extensions", "--no-first-run", "--disable-background-networking");
        if (!scriptsOn) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    /** A browser with JavaScript on, or skips (aborts) the test when Chromium is not installed here. */
    public static Browser open() {
        requireInstalled();
        return new Browser(true);
    }

    /** A browser with JavaScript switched off: the site must still work. */
    public static Browser withoutJavaScript() {
        requireInstalled();
        return new Browser(false);
    }

    private static void requireInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) return;
        String missing = "page tests need Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install them with `apt-get install chromium chromium-driver`";
        if ("required".equals(System.getenv("PASOKH_BROWSER_TESTS"))) throw new IllegalStateException(missing);
        Assumptions.abort(missing);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public boolean scriptsOn() {
        return scriptsOn;
    }

    /**
     * Emulates a phone screen of this CSS width: a plain window size would still lay the page out at least 500 px
     * wide, so the device metrics are overridden as phone emulation does.
     */
    public void phone(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    /** A desktop screen of 1280x720, the size staff pages are checked at (undoes {@link #phone}). */
    public void desktop() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 1280, "height", 720, "deviceScaleFactor", 1, "mobile", false));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /** Marks the page shown now, so that {@link #awaitNewPage} can tell when a key press has replaced it. */
    public void markPage() {
        script("window.__stalePage = true");
    }

    /** Waits until the page marked by {@link #markPage} is gone and the next one has loaded. */
    public void awaitNewPage() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script(
                        "return window.__stalePage === undefined && document.readyState === 'complete'")));
    }

    /**
     * What is wrong with the page shown, as a person would see it: axe's findings, a page wider than the screen,
     * and elements reaching past its edge (scroll boxes, preformatted text and hidden helpers excepted). Each
     * entry starts with {@code where}.
     */
    public List<String> layoutProblems(String where) {
        List<String> problems = new java.util.ArrayList<>();
        for (Violation v : accessibilityViolations()) {
            problems.add(where + ": axe " + v.rule() + " (" + v.impact() + ") " + v.help() + " " + v.targets());
        }
        long width = this.<Long>script("return document.documentElement.scrollWidth");
        long screen = this.<Long>script("return document.documentElement.clientWidth");
        if (width > screen) problems.add(where + ": the page is " + width + " px wide on a " + screen + " px screen");
        List<String> outside = script("""
                const w = document.documentElement.clientWidth;
                const scrolls = e => e.closest('.table-scroll, pre, .visually-hidden, .skip');
                return [...document.body.querySelectorAll('*')]
                  .filter(e => e.getClientRects().length && !scrolls(e))
                  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < -1 || r.right > w + 1); })
                  .slice(0, 5).map(e => e.tagName.toLowerCase() + '#' + e.id + '.' + e.getAttribute('class'));
                """);
        if (!outside.isEmpty()) problems.add(where + ": reach past the screen: " + outside);
        return problems;
    }

    public void get(String url) {
        driver.get(url);
    }

    @SuppressWarnings("unchecked")
    public <T> T script(String js, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Runs axe-core on the current page with all its default rules (WCAG 2.0/2.1 A and AA and its best practices,
     * such as unique landmark names) and returns what it found.
     */
    @SuppressWarnings("unchecked")
    public List<Violation> accessibilityViolations() {
        script(axeSource());
        Object raw = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document)
                   .then(r => done(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))}))))
                   .catch(e => done([{rule: 'axe-error', impact: 'critical', help: String(e), targets: []}]));
                """);
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) raw) {
            violations.add(new Violation((String) v.get("rule"), String.valueOf(v.get("impact")),
                    (String) v.get("help"), (List<String>) v.get("targets")));
        }
        return violations;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE_SCRIPT)) {
            if (in == null) throw new IllegalStateException(AXE_SCRIPT
                    + " is not on the test classpath (axe-core jar)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + AXE_SCRIPT, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
