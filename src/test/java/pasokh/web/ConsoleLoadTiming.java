package pasokh.web;

import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.knowledge.KnowledgeBase;
import pasokh.testing.Browser;

/**
 * How long the agents' console takes to load with an empty browser cache: a measuring tool, not a test (its
 * figures depend on the machine). It serves the project's articles from a scratch data folder, signs an agent
 * in through headless Chromium, turns the cache off, and opens {@code /agent?q=...} for distinct queries of an
 * eval file, reading each page's Navigation Timing (load event end, first byte).
 *
 * <p>Run from the project folder: {@code mvn -B -q test-compile} then exec-maven-plugin with
 * {@code -Dexec.classpathScope=test -Dexec.mainClass=pasokh.web.ConsoleLoadTiming -Dexec.args="eval/dev.tsv 40"}.
 */
public final class ConsoleLoadTiming {

    private ConsoleLoadTiming() {}

    public static void main(String[] args) throws Exception {
        Path queries = Path.of(args.length > 0 ? args[0] : "eval/dev.tsv");
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path scratch = Files.createTempDirectory("console-timing");
        PortalPaths paths = new PortalPaths(Path.of("articles"), Path.of("index-config"), scratch.resolve("data"));
        try (Portal portal = Portal.start(paths, KnowledgeBase.Storage.MEMORY)) {
            portal.accounts().users().add("timing-agent", "timing-password-1405", EnumSet.of(Role.AGENT),
                    Actor.commandLine());
            Javalin app = WebApp.create(portal).start("127.0.0.1", 0);
            String base = "http://127.0.0.1:" + app.port();
            try (Browser browser = Browser.open()) {
                browser.get(base + "/login?next=/agent");
                browser.driver().findElement(By.id("username")).sendKeys("timing-agent");
                browser.driver().findElement(By.id("password")).sendKeys("timing-password-1405", Keys.ENTER);
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/agent"));
                browser.driver().executeCdpCommand("Network.enable", Map.of());
                browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                List<Double> load = new ArrayList<>();
                List<Double> firstByte = new ArrayList<>();
                for (String q : distinctQueries(queries, pages)) {
                    browser.get(base + "/agent?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                    Map<String, Object> t = browser.script("const n = performance.getEntriesByType('navigation')[0];"
                            + " return {load: n.loadEventEnd, first: n.responseStart};");
                    load.add(((Number) t.get("load")).doubleValue());
                    firstByte.add(((Number) t.get("first")).doubleValue());
                }
                Collections.sort(load);
                Collections.sort(firstByte);
                System.out.printf("console /agent?q=…, %d distinct queries, empty cache, 1280x720 headless Chromium:%n"
                        + "  load event  median %.0f ms, p90 %.0f ms, max %.0f ms%n"
                        + "  first byte  median %.0f ms, p90 %.0f ms%n", load.size(), at(load, 0.5), at(load, 0.9),
                        load.get(load.size() - 1), at(firstByte, 0.5), at(firstByte, 0.9));
            } finally {
                app.stop();
            }
        }
    }

    private static double at(List<Double> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q)));
    }

    private static List<String> distinctQueries(Path file, int limit) throws Exception {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("query\t")) continue;
            out.add(line.split("\t")[0].strip());
            if (out.size() == limit) break;
        }
        return List.copyOf(out);
    }
}
