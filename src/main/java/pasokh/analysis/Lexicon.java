package pasokh.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The knowledge base's own vocabulary: every word the articles use, folded, with how often, and the stem
 * each becomes. It is the dictionary for the stemmer's ambiguous rules, for splitting glued words, for
 * correcting typos and for choosing among Finglish and keyboard-layout readings, so everything we suggest
 * is something that can actually be found.
 */
public final class Lexicon {

    private static final int MIN_PARADIGM_EVIDENCE = 2;

    private final Map<String, Integer> surfaceCounts;
    private final Set<String> sureStems;
    private final Map<String, Integer> stemCounts;
    private final Set<String> contentSurfaces;
    /** The stem of each content word, kept so counts that move over the same words need no stemming. */
    private final Map<String, String> stemOf;

    private Lexicon(Map<String, Integer> surfaceCounts, Set<String> sureStems, Map<String, Integer> stemCounts,
                    Set<String> contentSurfaces, Map<String, String> stemOf) {
        this.contentSurfaces = contentSurfaces;
        this.surfaceCounts = surfaceCounts;
        this.sureStems = sureStems;
        this.stemCounts = stemCounts;
        this.stemOf = stemOf;
    }

    /**
     * The lexicon of these counts. When they hold exactly the words of {@code previous} (an edit that only
     * moves counts, the usual case), its stems are taken over: they depend on which words exist, not on how
     * often, and working them out again for tens of thousands of words was most of an article change.
     */
    static Lexicon of(WordCounts counts, WordLists lists, Lexicon previous) {
        Map<String, Integer> surfaces = counts.asMap();
        if (previous == null || !previous.surfaceCounts.keySet().equals(surfaces.keySet())) return of(counts, lists);
        Map<String, Integer> stems = new HashMap<>();
        previous.stemOf.forEach((word, stem) -> stems.merge(stem, surfaces.get(word), Integer::sum));
        return new Lexicon(Map.copyOf(surfaces), previous.sureStems, Map.copyOf(stems), previous.contentSurfaces,
                previous.stemOf);
    }

    /** Whether both lexicons hold exactly the same words (their counts may differ). */
    boolean sameWordsAs(Lexicon other) {
        return other != null && surfaceCounts.keySet().equals(other.surfaceCounts.keySet());
    }

    /** Derives stems and content words from the articles' word counts. */
    static Lexicon of(WordCounts counts, WordLists lists) {
        Map<String, Integer> surfaces = counts.asMap();
        PersianStemmer sureOnly = new PersianStemmer(lists.protectedWords(), s -> false);
        Set<String> sure = new HashSet<>();
        Map<String, Set<String>> suffixesOfCandidate = new HashMap<>();
        for (String w : surfaces.keySet()) {
            if (!isContentWord(w, lists)) continue;
            sure.add(sureOnly.sureStem(w));
            for (var candidate : sureOnly.candidateStems(w)) {
                suffixesOfCandidate.computeIfAbsent(candidate.getValue(), k -> new HashSet<>()).add(candidate.getKey());
            }
        }
        // A stem no article writes bare still counts when two differently suffixed forms share it.
        suffixesOfCandidate.forEach((stem, suffixes) -> {
            if (suffixes.size() >= MIN_PARADIGM_EVIDENCE && !lists.stopwords().contains(stem)) sure.add(stem);
        });
        PersianStemmer stemmer = new PersianStemmer(lists.protectedWords(), sure::contains);
        Map<String, Integer> stems = new HashMap<>();
        Map<String, String> stemOf = new HashMap<>();
        for (var e : surfaces.entrySet()) {
            if (!isContentWord(e.getKey(), lists)) continue;
            String stem = stemmer.stem(e.getKey());
            stems.merge(stem, e.getValue(), Integer::sum);
            stemOf.put(e.getKey(), stem);
        }
        return new Lexicon(Map.copyOf(surfaces), Set.copyOf(sure), Map.copyOf(stems), Set.copyOf(stemOf.keySet()),
                Map.copyOf(stemOf));
    }

    private static boolean isContentWord(String w, WordLists lists) {
        return !lists.stopwords().contains(w) && Letters.startsPersian(w);
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing in memory cannot fail", e);
        }
        return out;
    }

    /** Whether the stemmer would make the same stem of every word with this lexicon as with {@code other}. */
    public boolean stemsAlikeAs(Lexicon other) {
        return sureStems.equals(other.sureStems);
    }

    /** Whether the stemmer's sure rules produce this stem from some article word. */
    public boolean isSureStem(String stem) {
        return sureStems.contains(stem);
    }

    /** Whether this (final) stem occurs in the articles. */
    public boolean hasStem(String stem) {
        return stemCounts.containsKey(stem);
    }

    public int stemCount(String stem) {
        return stemCounts.getOrDefault(stem, 0);
    }

    /** How often this folded surface word occurs in the articles (stopwords included). */
    public int surfaceCount(String word) {
        return surfaceCounts.getOrDefault(word, 0);
    }

    /** Article words that are not stopwords: what a typo is corrected to. */
    public Set<String> contentSurfaces() {
        return contentSurfaces;
    }

    public Set<String> surfaces() {
        return Collections.unmodifiableSet(surfaceCounts.keySet());
    }
}
