package pasokh.search;

import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/** Turns what a person typed into the Lucene query to run, saying how it read the text. */
public interface QueryPlanner {

    /** Makes the planner for one snapshot's index, from where that index's terms lie. */
    @FunctionalInterface
    interface Factory {
        QueryPlanner forIndex(TermDirectory terms);
    }

    /**
     * @param query          null when nothing searchable is left
     * @param highlightTerms the index terms worth marking in snippets
     * @param rewrittenQuery the text searched instead of the one typed (keyboard layout, Finglish)
     * @param didYouMean     a corrected spelling to offer
     * @param scoreFloor     hits scoring below this share of the best hit are not listed (0 lists every match)
     */
    record Plan(Query query, Set<String> highlightTerms, Optional<String> rewrittenQuery, Optional<String> didYouMean,
                float scoreFloor) {

        public Plan {
            highlightTerms = Set.copyOf(highlightTerms);
        }

        static Plan nothing(Optional<String> rewrittenQuery) {
            return new Plan(null, Set.of(), rewrittenQuery, Optional.empty(), 0f);
        }
    }

    /** @param asTyped true to search the text exactly as typed (no Finglish or keyboard-layout reading) */
    Plan plan(String text, boolean asTyped);

    /** The same search with only the plain words: what a query falls back to if its full form cannot run. */
    Plan plainWords(String text, boolean asTyped);
}
