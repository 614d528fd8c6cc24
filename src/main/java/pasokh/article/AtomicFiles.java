package pasokh.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file so that a reader, {@code git} or a crash at any moment sees either the old content or the new,
 * never a mix: the text goes to a temporary file in the same folder, is forced to disk, and is renamed over the
 * target in one step; then the folder itself is forced, so the rename survives a power cut. The temporary
 * file's name starts with a dot and does not end in {@code .md}, so neither {@code serve} nor {@code check}
 * ever takes one left by a killed process for an article ({@link ArticleStore#isArticleFileName}).
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {}

    public static void write(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] nonce = new byte[6];
        RANDOM.nextBytes(nonce);
        Path temp = folder.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(nonce) + TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) ch.write(bytes);
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " in one step on this file system", e);
            }
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes a file and makes the removal durable. */
    public static void delete(Path target) throws IOException {
        if (Files.deleteIfExists(target)) forceFolder(target.toAbsolutePath().getParent());
    }

    /** Temporary files a killed writer left behind in {@code folder} (not articles, but clutter). */
    private static final long LEFT_OVER_MILLIS = 60_000;

    public static void sweep(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                // a fresh one may be another process's publish under way: only those left long ago are debris
                if (n.startsWith(".") && n.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p)
                        && Files.getLastModifiedTime(p).toMillis() < System.currentTimeMillis() - LEFT_OVER_MILLIS) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void forceFolder(Path folder) throws IOException {
        // Linux lets a directory be opened read-only and forced; that is what makes a rename durable
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some file systems refuse: the rename itself is still atomic, only its durability is left to them
        }
    }
}
