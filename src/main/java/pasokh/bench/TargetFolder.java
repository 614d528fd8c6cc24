package pasokh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a synthetic knowledge base is written to. It must be empty or carry the generator's
 * marker; a previous output is removed first (its {@code <category>/*.md} files and the folders they
 * leave empty, nothing else). The marker is written before any article, so even a run that stops half
 * way leaves a folder the next run may replace.
 */
final class TargetFolder {

    private TargetFolder() {}

    static void prepare(Path target, String markerText) throws IOException {
        Path marker = target.resolve(SyntheticKnowledgeBase.MARKER);
        if (Files.isDirectory(target)) {
            if (Files.isRegularFile(marker)) {
                clearPreviousOutput(target);
            } else if (!isEmpty(target)) {
                throw new IOException(target + " is not empty and was not made by the generator (no "
                        + SyntheticKnowledgeBase.MARKER + "): choose an empty or new folder");
            }
        } else if (Files.exists(target)) {
            throw new IOException(target + " is a file, not a folder");
        }
        Files.createDirectories(target);
        Files.writeString(marker, markerText, StandardCharsets.UTF_8);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void clearPreviousOutput(Path target) throws IOException {
        List<Path> folders;
        try (Stream<Path> entries = Files.list(target)) {
            folders = entries.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                    Files.delete(f);
                }
            }
            if (isEmpty(folder)) Files.delete(folder);
        }
        Files.delete(target.resolve(SyntheticKnowledgeBase.MARKER));
    }
}
