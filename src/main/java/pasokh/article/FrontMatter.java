package pasokh.article;

import java.util.Optional;

/**
 * The split of an article file into its YAML front matter and Markdown body, with the line on which
 * each starts so problems can point at the right line.
 *
 * @param yaml      the text between the two {@code ---} lines
 * @param body      everything after the closing {@code ---}
 * @param bodyLine  the 1-based line number where the body starts
 */
public record FrontMatter(String yaml, String body, int bodyLine) {

    /** The front matter starts on line 2, right after the opening fence. */
    public static final int YAML_FIRST_LINE = 2;

    /**
     * Splits the text; empty when it does not open with a {@code ---} line or the front matter is never
     * closed, which {@link ArticleParser} reports.
     */
    public static Optional<FrontMatter> split(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) normalized = normalized.substring(1);
        if (!normalized.startsWith("---\n")) return Optional.empty();
        int line = 2;
        int pos = 4;
        while (pos <= normalized.length()) {
            int end = normalized.indexOf('\n', pos);
            String current = end < 0 ? normalized.substring(pos) : normalized.substring(pos, end);
            if (current.stripTrailing().equals("---")) {
                String yaml = normalized.substring(4, pos);
                String body = end < 0 ? "" : normalized.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, body, line + 1));
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }
        return Optional.empty();
    }
}
