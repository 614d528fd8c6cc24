package pasokh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import pasokh.PortalPaths;

/**
 * The folders of one article count: {@code <work>/<count>/articles}, generated from the shipped ones,
 * and {@code <work>/<count>/data}, emptied every run so the index is built from scratch. The real
 * config folder is used as it is.
 */
final class ScaleFolder {

    private ScaleFolder() {}

    static PortalPaths prepare(PortalPaths source, Path work, int count, long seed) throws IOException {
        Path root = work.resolve(Integer.toString(count));
        Path articles = root.resolve("articles");
        // first, because the generator refuses a folder it did not make: past this line, root is ours
        SyntheticKnowledgeBase.generate(source.articles(), articles, count, seed);
        Path data = root.resolve("data");
        deleteTree(data);
        Files.createDirectories(data);
        return new PortalPaths(articles, source.config(), data);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        List<Path> deepestFirst;
        try (Stream<Path> all = Files.walk(folder)) {
            deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : deepestFirst) Files.delete(p);
    }
}
