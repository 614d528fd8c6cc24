package pasokh.testing;

import java.io.IOException;
import java.nio.file.Path;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.knowledge.KnowledgeBase;

/** A portal over the shipped articles and settings, its index in memory and its database in {@code data}. */
public final class ShippedPortal {

    private ShippedPortal() {}

    public static Portal start(Path data) throws IOException {
        return Portal.start(new PortalPaths(Path.of("articles"), Path.of("index-config"), data),
                KnowledgeBase.Storage.MEMORY);
    }
}
