package pasokh.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Counts distinct words in text: runs of letters, digits and combining marks, lower-cased. A half-space
 * (ZWNJ) ends a word, as it does in the portal's analysis. An approximation of the index's vocabulary
 * (no stemming, front-matter keys and URL parts included), good for watching it grow.
 */
final class Vocabulary {

    private final Set<String> words = new HashSet<>();

    void add(String text) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }

    int size() {
        return words.size();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
