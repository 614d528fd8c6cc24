package pasokh.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import pasokh.Portal;

/** HTTP test classes share one portal over {@link WebFixture}'s scratch articles, started once per class. */
abstract class PortalOverScratchArticles {

    @TempDir
    static Path dir;

    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        portal = WebFixture.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        portal.close();
    }
}
