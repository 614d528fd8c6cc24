package pasokh.search;

import java.util.Optional;
import org.apache.lucene.search.Query;

/** Turns what a person typed into the Lucene query to run, saying how it read the text. */
public interface QueryPlanner {

    /**
     * @param query          null when nothing searchable is left
     * @param rewrittenQuery the text searched instead of the one typed (keyboard layout, Finglish)
     * @param didYouMean     a corrected spelling to offer
     */
    record Plan(Query query, Optional<String> rewrittenQuery, Optional<String> didYouMean) {
        static Plan nothing() {
            return new Plan(null, Optional.empty(), Optional.empty());
        }
    }

    /** @param asTyped true to search the text exactly as typed (no Finglish or keyboard-layout reading) */
    Plan plan(String text, boolean asTyped);
}
