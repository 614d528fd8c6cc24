package pasokh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** How much memory and disk a knowledge base takes, in MB (2^20 bytes). */
final class Footprint {

    private static final double MEGABYTE = 1024 * 1024;

    private Footprint() {}

    /**
     * The heap in use after a collection: everything still reachable, this JVM's own baseline included.
     * Two collections, because what cleaners and reference handlers let go after the first one is only
     * reclaimed by the next. System.gc() is a request; only -XX:+DisableExplicitGC would ignore it.
     */
    static double heapInUseMegabytes() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / MEGABYTE;
    }

    /** The bytes of every file under the folder; 0 when it does not exist (an index kept in memory). */
    static double folderMegabytes(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return 0;
        long bytes = 0;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) bytes += Files.size(file);
        }
        return bytes / MEGABYTE;
    }
}
