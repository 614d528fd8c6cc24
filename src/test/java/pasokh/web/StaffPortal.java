package pasokh.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;
import pasokh.account.Actor;
import pasokh.account.Role;
import pasokh.testing.ScratchKnowledgeBase;
import pasokh.testing.TestClock;

/**
 * Staff HTTP test classes share one portal over {@link WebFixture}'s articles, started once per class on a
 * {@link TestClock} so that throttle locks and session timeouts are reached by moving the clock.
 */
abstract class StaffPortal {

    /** The password every test user gets unless a test says otherwise. */
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dir;

    static TestClock clock;
    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        clock = new TestClock(ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, Portal.READERS_ZONE));
        portal = open(dir, clock, null);
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }

    /** A portal over the scratch articles; with {@code publicUrl}, that address is written into site.properties. */
    static Portal open(Path root, Clock clock, String publicUrl) throws IOException {
        ScratchKnowledgeBase kb = WebFixture.articles(root);
        if (publicUrl != null) {
            Path site = kb.config().resolve("site.properties");
            List<String> lines = Files.readAllLines(site, StandardCharsets.UTF_8).stream()
                    .map(l -> l.startsWith("public-url=") ? "public-url=" + publicUrl : l).toList();
            if (!lines.contains("public-url=" + publicUrl)) throw new IllegalStateException(site + " has no public-url");
            Files.write(site, lines, StandardCharsets.UTF_8);
        }
        return Portal.start(kb.paths(), clock);
    }

    /** Adds a user from the command line with {@link #PASSWORD}; returns the stored name. */
    static String user(String name, Role first, Role... more) {
        return portal.accounts().users().add(name, PASSWORD, EnumSet.of(first, more), Actor.commandLine());
    }
}
