package pasokh.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * The line of an article's file a field is written on, for a problem found after parsing (an article keeps no
 * lines): the file is read again, which is cheap for the rare article a problem is found in.
 */
final class FieldLine {

    private FieldLine() {}

    /** The line of {@code field:} in the article's file; 1 when the file cannot be read or lacks it. */
    static int of(Article a, String field) {
        try {
            List<String> lines = Files.readAllLines(a.source(), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(field + ":")) return i + 1;
        } catch (IOException e) {
            // the line is a convenience; the message says what is wrong
        }
        return 1;
    }
}
