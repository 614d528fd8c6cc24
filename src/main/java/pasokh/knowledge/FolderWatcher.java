package pasokh.knowledge;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the knowledge base which paths under the articles and config folders changed: an editor's save, a
 * `git pull`, a new category folder. Events are gathered until the folders have been quiet for a moment, so
 * a pull of forty files or an editor's write-then-rename becomes one change, not forty.
 */
final class FolderWatcher implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);
    /** Quiet this long and the gathered changes are handed over. */
    static final long QUIET_MILLIS = 120;
    /** A stream of changes (a long pull) is still handed over at least this often. */
    private static final long MAX_WAIT_MILLIS = 600;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /** Watches {@code articles} with its category folders, and {@code config}; {@code onChange} gets each batch. */
    FolderWatcher(Path articles, Path config, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        registerTree(articles);
        register(config);
        this.thread = Thread.ofPlatform().daemon().name("knowledge-base-watcher").unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root, 1)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) register(dir);
        }
    }

    private void register(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
    }

    private void run() {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                gather(service.take(), changed);
                long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
                WatchKey more;
                while (System.currentTimeMillis() < deadline
                        && (more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    gather(more, changed);
                }
                if (!changed.isEmpty()) onChange.accept(changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closing: nothing more to watch
        } catch (RuntimeException e) {
            log.error("The folder watcher stopped; changes on disk are no longer picked up until a restart", e);
        }
    }

    private void gather(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null) continue;
            if (event.kind() == OVERFLOW) {
                // too many events to list: the whole folder is looked at again
                changed.add(dir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path);
                } catch (IOException e) {
                    log.warn("Cannot watch the new folder {}: {}", path, e.getMessage());
                }
            }
        }
        if (!key.reset()) folders.remove(key);
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
