package pasokh.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The common English words of {@code english-words.txt}, read once when first asked. The list holds base forms;
 * a regular ending (users, failed, running) is taken off before giving up, so the file need not list every form.
 */
final class EnglishWords {

    static final String RESOURCE = "english-words.txt";

    /** Loaded when the class is first used, once: the JVM's class initialisation is the lazy holder. */
    private static final Set<String> WORDS = load();

    private static final int MIN_BASE = 3;

    private EnglishWords() {}

    /** Whether a lowercase word, or its base form, is in the list. */
    static boolean contains(String word) {
        if (WORDS.contains(word)) return true;
        // a base shorter than three letters is not trusted: «bed» is not «b» + «ed»
        return bases(word).stream().anyMatch(base -> base.length() >= MIN_BASE && WORDS.contains(base));
    }

    static int size() {
        return WORDS.size();
    }

    /** What a word could be before a regular ending: users, boxes, tries, ties, failed, used, stopped, making. */
    private static List<String> bases(String w) {
        if (w.endsWith("'s")) return List.of(cut(w, 2));
        if (w.endsWith("ies") || w.endsWith("ied")) return List.of(cut(w, 3) + "y", cut(w, 1));
        if (w.endsWith("es")) return List.of(cut(w, 1), cut(w, 2));
        if (w.endsWith("s") && !w.endsWith("ss")) return List.of(cut(w, 1));
        if (w.endsWith("ed")) return stems(cut(w, 2));
        if (w.endsWith("ing")) return stems(cut(w, 3));
        return List.of();
    }

    /** «fail»-ed, «us»+«e»-d, «stop»-p-ed. */
    private static List<String> stems(String s) {
        boolean doubled = s.length() >= 2 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2);
        return doubled ? List.of(s, s + "e", cut(s, 1)) : List.of(s, s + "e");
    }

    private static String cut(String w, int n) {
        return w.substring(0, w.length() - n);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build: it belongs in "
                        + "src/main/resources/pasokh/analysis/");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) words.add(word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
