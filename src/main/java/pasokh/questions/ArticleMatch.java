package pasokh.questions;

import java.util.List;
import java.util.Optional;

/** The knowledge base's best answer to a question, and the evidence: its score and the terms they share. */
public record ArticleMatch(Optional<String> best, float score, double coverage, List<String> matchedTerms,
                           List<String> missingTerms) {

    static ArticleMatch none(List<String> terms) {
        return new ArticleMatch(Optional.empty(), 0, 0, List.of(), terms);
    }
}
