package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article files written in one step: a reader sees the old text or the new, and no temporary file is an article. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesExactlyTheTextAsUtf8CreatingTheFolder() throws IOException {
        Path target = dir.resolve("articles").resolve("retirement").resolve("pension.md");
        String text = "---\ntitle: مستمری «بازنشستگی»\u200c\n---\nمتن ✓ با نیم‌فاصله\r\nو خط ویندوزی\n";
        AtomicFiles.write(target, text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of(target), listing(target.getParent()), "nothing else left in the folder");
    }

    @Test
    void replacesTheOldTextWholeAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a.md");
        Files.writeString(target, "متن قدیمی که بسیار بلندتر از متن تازه است. ".repeat(1000));
        AtomicFiles.write(target, "تازه");
        assertEquals("تازه", Files.readString(target), "no tail of the longer old text");
        AtomicFiles.write(target, "");
        assertEquals("", Files.readString(target));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        // a non-empty folder where the file should be: the final rename fails after the text was written
        Path target = dir.resolve("occupied.md");
        Files.createDirectories(target);
        Files.writeString(target.resolve("inside.txt"), "keep");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, "متن"));
        assertEquals("keep", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of(target), listing(dir), "the temporary file was cleaned up");

        Path inMissing = dir.resolve("file-not-folder");
        Files.writeString(inMissing, "x");
        assertThrows(IOException.class, () -> AtomicFiles.write(inMissing.resolve("b.md"), "متن"));
        assertEquals("x", Files.readString(inMissing));
    }

    @Test
    void deleteRemovesTheFileAndIsQuietWhenItIsAlreadyGone() throws IOException {
        Path target = dir.resolve("gone.md");
        AtomicFiles.write(target, "متن");
        AtomicFiles.delete(target);
        assertFalse(Files.exists(target));
        AtomicFiles.delete(target);
        assertThrows(NoSuchFileException.class, () -> Files.readString(target));
    }

    @Test
    void aReaderAlwaysSeesAWholeTextAndNeverTakesATemporaryFileForAnArticle() throws Exception {
        Path folder = dir.resolve("articles").resolve("retirement");
        Path target = folder.resolve("pension.md");
        List<String> texts = List.of(big("الف", 300_000), big("ب", 200_000), big("پ", 350_000));
        AtomicFiles.write(target, texts.get(0));
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        Set<String> temporary = ConcurrentHashMap.newKeySet();
        List<String> wrong = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!done.get() && wrong.isEmpty()) {
                try {
                    String seen = Files.readString(target, StandardCharsets.UTF_8);
                    reads.incrementAndGet();
                    if (!texts.contains(seen)) wrong.add("a mix or a part of a text: " + seen.length() + " chars");
                    for (Path p : listing(folder)) {
                        if (p.equals(target)) continue;
                        temporary.add(p.getFileName().toString());
                        if (ArticleStore.isArticleFileName(p)) wrong.add("would be read as an article: " + p);
                    }
                } catch (IOException e) {
                    wrong.add("the file was missing or unreadable for a moment: " + e);
                }
            }
        });
        for (int i = 1; i <= 60 && wrong.isEmpty(); i++) AtomicFiles.write(target, texts.get(i % texts.size()));
        done.set(true);
        reader.join();
        assertEquals(List.of(), wrong);
        assertTrue(reads.get() > 10, "the reader read while the writer wrote: " + reads.get());
        assertEquals(texts.get(0), Files.readString(target));
        assertEquals(List.of(target), listing(folder), "no temporary file stays behind; seen meanwhile: " + temporary);
    }

    private static String big(String word, int chars) {
        StringBuilder b = new StringBuilder("---\ntitle: ").append(word).append("\n---\n");
        int line = 0;
        while (b.length() < chars) b.append(word).append(' ').append(line++).append('\n');
        return b.toString();
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
