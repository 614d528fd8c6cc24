package pasokh.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.StopAnalyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.junit.jupiter.api.Test;

class WordPairFilterTest {

    private static List<String> pairs(Analyzer base, String text) {
        try (Analyzer pairs = PersianAnalysis.wordPairs(base)) {
            return Lexicon.tokens(pairs, text);
        }
    }

    @Test
    void neighboursAndWordsOneApartArePairsInEitherOrder() {
        List<String> pairs = pairs(new WhitespaceAnalyzer(), "a b c");
        assertEquals(List.of(WordPairFilter.pair("a", "b"), WordPairFilter.pair("a", "c"),
                WordPairFilter.pair("b", "c")), pairs);
        assertEquals(WordPairFilter.pair("بیمه", "بیکار"), WordPairFilter.pair("بیکار", "بیمه"),
                "order does not matter");
    }

    @Test
    void wordsTwoApartAreNotAPair() {
        List<String> pairs = pairs(new WhitespaceAnalyzer(), "a b c d");
        assertTrue(!pairs.contains(WordPairFilter.pair("a", "d")));
        assertEquals(5, pairs.size(), pairs.toString());
    }

    @Test
    void aRemovedWordStillSeparatesItsNeighbours() {
        // "the" is removed with a position gap: "cat" and "sat" are two apart, "big" and "sat" one apart
        List<String> pairs = pairs(new StopAnalyzer(new CharArraySet(List.of("the"), true)), "big the cat sat");
        assertTrue(pairs.contains(WordPairFilter.pair("big", "cat")), pairs.toString());
        assertTrue(!pairs.contains(WordPairFilter.pair("big", "sat")), pairs.toString());
    }

    @Test
    void aStreamIsReadAgainFromTheStartAfterReset() {
        Analyzer pairs = PersianAnalysis.wordPairs(new WhitespaceAnalyzer());
        assertEquals(Lexicon.tokens(pairs, "x y"), Lexicon.tokens(pairs, "x y"),
                "nothing left over from the last text");
        assertEquals(List.of(), Lexicon.tokens(pairs, "alone"));
    }
}
