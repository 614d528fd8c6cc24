package pasokh.web;

import java.util.Optional;
import pasokh.search.Snippet;

/**
 * Decides whether a result's highlighted passage earns a place under the summary. The summary is the answer and
 * is always shown; a passage that only repeats it, or that highlights nothing, would be noise on a phone screen.
 */
final class SupportingText {

    private static final String ELLIPSIS = "…";

    private SupportingText() {}

    static Optional<Snippet> of(Snippet snippet, String summary) {
        if (snippet == null || !snippet.hasHighlights()) return Optional.empty();
        StringBuilder text = new StringBuilder();
        for (Snippet.Part part : snippet.parts()) text.append(part.text());
        String passage = text.toString().replace(ELLIPSIS, "").strip();
        if (passage.isEmpty() || summary.contains(passage)) return Optional.empty();
        return Optional.of(snippet);
    }
}
