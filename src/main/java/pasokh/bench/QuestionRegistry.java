package pasokh.bench;

import java.util.HashSet;
import java.util.Set;

/**
 * Every question already given to an article, so no two generated articles share one (`check` reports
 * shared questions). Keys keep only letters and digits, with the Arabic ye and kaf read as Persian: coarser than
 * the portal's own rule (which ignores spacing, half-spaces and ؟ ? ! . ،), so two questions that differ
 * here differ for `check` too.
 */
final class QuestionRegistry {

    private final Set<String> keys = new HashSet<>();

    /** Claims the question; false when it (or one `check` would call the same) was claimed before. */
    boolean claim(String question) {
        return keys.add(key(question));
    }

    boolean isTaken(String question) {
        return keys.contains(key(question));
    }

    static String key(String question) {
        StringBuilder key = new StringBuilder(question.length());
        question.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c == '\u064A' ? '\u06CC' : c == '\u0643' ? '\u06A9' : Character.toLowerCase(c));
            }
        });
        return key.toString();
    }
}
