package pasokh.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editable word lists of index-config/, folded to our normal form as they are read, so an editor
 * may write «می‌شود» or «ميشود» and it still matches what the analyzer produces.
 */
public record WordLists(Set<String> stopwords, Set<String> protectedWords, Map<String, String> colloquial,
                        String synonyms) {

    public static final String STOPWORDS = "stopwords.txt";
    public static final String PROTECTED = "protected-words.txt";
    public static final String COLLOQUIAL = "colloquial.tsv";
    public static final String SYNONYMS = "synonyms.txt";

    public static WordLists load(Path configDir) throws IOException {
        return new WordLists(
                words(configDir.resolve(STOPWORDS)),
                words(configDir.resolve(PROTECTED)),
                colloquial(configDir.resolve(COLLOQUIAL)),
                synonyms(configDir.resolve(SYNONYMS)));
    }

    public static WordLists empty() {
        return new WordLists(Set.of(), Set.of(), Map.of(), "");
    }

    /** Spelling variants the character table cannot settle (the hamza seat of هیئت becomes ی, of هیأت ا). */
    private static final Map<String, String> HAMZA_VARIANTS = Map.of(
            "هییت", "هیات",
            "مسیله", "مساله",
            "مسله", "مساله",
            "سیوال", "سوال",
            "مسول", "مسیول",
            "ریس", "رییس");

    /**
     * Every word the chain writes another way before anything else: the editors' spoken forms and the hamza
     * spellings, spoken forms winning where both name a word.
     */
    public Map<String, String> spokenForms() {
        Map<String, String> all = new HashMap<>(HAMZA_VARIANTS);
        all.putAll(colloquial);
        return Map.copyOf(all);
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith("\uFEFF")) l = l.substring(1);
            if (l.isEmpty() || l.startsWith("#")) continue;
            lines.add(l);
        }
        return lines;
    }

    /** One word per line; a line that folds to several tokens contributes each of them. */
    private static Set<String> words(Path file) throws IOException {
        Set<String> words = new HashSet<>();
        for (String line : lines(file)) {
            for (String w : CharFolding.fold(line).split("\\s+")) {
                if (!w.isBlank()) words.add(w);
            }
        }
        return Set.copyOf(words);
    }

    private static Map<String, String> colloquial(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        int n = 0;
        for (String line : lines(file)) {
            n++;
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IOException(file + ": line " + n + " of the entries must be 'spoken<TAB>written', got: "
                        + line);
            }
            String spoken = CharFolding.fold(parts[0].strip());
            if (spoken.contains(" ")) {
                throw new IOException(file + ": the spoken form must be one word: " + parts[0]);
            }
            map.put(spoken, CharFolding.fold(parts[1].strip()).replaceAll("\\s+", " "));
        }
        return Map.copyOf(map);
    }

    /** Solr synonym format, folded; parsed later by Lucene's SolrSynonymParser. */
    private static String synonyms(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : lines(file)) sb.append(CharFolding.fold(line)).append('\n');
        return sb.toString();
    }
}
