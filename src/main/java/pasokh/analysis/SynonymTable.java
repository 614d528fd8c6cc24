package pasokh.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The editors' synonyms (index-config/synonyms.txt, Solr format) as sequences of index terms: for each run of
 * query terms that names one entry, the other ways of saying it. Lines are read once, when the chain is
 * built; a query only looks terms up, it is never analysed again for its synonyms.
 *
 * <p>{@code a, b, c} makes the three equivalent; {@code a, b => c} means a and b are searched as c.
 */
public final class SynonymTable {

    /** One way of naming an entry, and what it may be searched as. */
    private record Entry(List<String> terms, List<List<String>> alternatives) {}

    /** A run of query terms that names an entry: terms {@code from} (inclusive) to {@code to} (exclusive). */
    public record Match(int from, int to, List<List<String>> alternatives) {}

    /** Entries by their first term; longest first, so «دفترچه درمان» wins over «دفترچه». */
    private final Map<String, List<Entry>> byFirstTerm;

    private SynonymTable(Map<String, List<Entry>> byFirstTerm) {
        this.byFirstTerm = byFirstTerm;
    }

    static SynonymTable empty() {
        return new SynonymTable(Map.of());
    }

    /**
     * @param rules   the folded lines of synonyms.txt
     * @param toTerms how the index chain turns a phrase into terms
     */
    static SynonymTable parse(String rules, Function<String, List<String>> toTerms) throws IOException {
        Map<String, List<Entry>> byFirst = new HashMap<>();
        int lineNumber = 0;
        for (String line : rules.split("\n")) {
            lineNumber++;
            if (line.isBlank()) continue;
            String[] sides = line.split("=>", -1);
            if (sides.length > 2) {
                throw new IOException(WordLists.SYNONYMS + ": line " + lineNumber + " has more than one '=>': " + line);
            }
            List<List<String>> left = phrases(sides[0], toTerms);
            List<List<String>> right = sides.length == 2 ? phrases(sides[1], toTerms) : left;
            if (left.isEmpty() || right.isEmpty()) {
                throw new IOException(WordLists.SYNONYMS + ": line " + lineNumber + " names no word on one side: "
                        + line);
            }
            for (List<String> phrase : left) {
                List<List<String>> others = right.stream().filter(p -> !p.equals(phrase)).toList();
                if (others.isEmpty()) continue;
                byFirst.computeIfAbsent(phrase.getFirst(), k -> new ArrayList<>()).add(new Entry(phrase, others));
            }
        }
        byFirst.values().forEach(list -> list.sort((a, b) -> b.terms().size() - a.terms().size()));
        Map<String, List<Entry>> frozen = new HashMap<>();
        byFirst.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new SynonymTable(Map.copyOf(frozen));
    }

    private static List<List<String>> phrases(String side, Function<String, List<String>> toTerms) {
        List<List<String>> out = new ArrayList<>();
        for (String phrase : side.split(",")) {
            List<String> terms = toTerms.apply(phrase.strip());
            if (!terms.isEmpty() && !out.contains(terms)) out.add(List.copyOf(terms));
        }
        return out;
    }

    /** The runs of {@code terms} that name an entry, left to right, longest first, never overlapping. */
    public List<Match> find(List<String> terms) {
        if (byFirstTerm.isEmpty()) return List.of();
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < terms.size()) {
            Entry entry = longestAt(terms, i);
            if (entry == null) {
                i++;
                continue;
            }
            found.add(new Match(i, i + entry.terms().size(), entry.alternatives()));
            i += entry.terms().size();
        }
        return found;
    }

    private Entry longestAt(List<String> terms, int start) {
        List<Entry> candidates = byFirstTerm.get(terms.get(start));
        if (candidates == null) return null;
        for (Entry e : candidates) {
            int n = e.terms().size();
            if (start + n <= terms.size() && terms.subList(start, start + n).equals(e.terms())) return e;
        }
        return null;
    }
}
