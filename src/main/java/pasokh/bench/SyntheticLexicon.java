package pasokh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word lists and sentence patterns of synthetic-lexicon.txt (a resource beside this class): place
 * names, occupations, organisations, stems and affixes, and the patterns that put them into titles,
 * questions and sentences.
 */
record SyntheticLexicon(
        List<String> cities,
        List<String> provinces,
        List<String> jobs,
        List<String> organisations,
        List<String> stems,
        List<String> prefixes,
        List<String> suffixes,
        List<String> titleForms,
        List<String> summaryForms,
        List<String> questionForms,
        List<String> sentences) {

    static final String RESOURCE = "synthetic-lexicon.txt";

    static SyntheticLexicon load() {
        Map<String, List<String>> sections = read();
        return new SyntheticLexicon(
                section(sections, "cities"), section(sections, "provinces"), section(sections, "jobs"),
                section(sections, "organisations"), section(sections, "stems"),
                noneFirst(section(sections, "prefixes")), noneLast(section(sections, "suffixes")),
                section(sections, "title-forms"), section(sections, "summary-forms"),
                section(sections, "question-forms"), section(sections, "sentences"));
    }

    private static Map<String, List<String>> read() {
        Map<String, List<String>> sections = new TreeMap<>();
        try (InputStream in = SyntheticLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) continue;
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1), k -> new ArrayList<>());
                } else if (current == null || entry.indexOf('\u064A') >= 0 || entry.indexOf('\u0643') >= 0) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNumber
                            + ": an entry outside a [section], or with Arabic ye/kaf instead of Persian ی/ک");
                } else {
                    current.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }

    private static List<String> section(Map<String, List<String>> sections, String name) {
        List<String> entries = sections.get(name);
        if (entries == null || entries.isEmpty()) throw new IllegalStateException(RESOURCE + ": no [" + name + "]");
        return List.copyOf(entries);
    }

    /**
     * Affix lists also offer "no affix". Most common words have no prefix, so "none" is the first prefix;
     * a bare stem is a real word already in the articles, so "none" is the last suffix.
     */
    private static List<String> noneFirst(List<String> affixes) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(affixes);
        return List.copyOf(all);
    }

    private static List<String> noneLast(List<String> affixes) {
        List<String> all = new ArrayList<>(affixes);
        all.add("");
        return List.copyOf(all);
    }
}
