package pasokh.search;

import java.util.List;

/** Suggestions for text still being typed, from the knowledge base as it is at that moment. */
public final class SuggestService {

    private final Searchers searchers;

    public SuggestService(Searchers searchers) {
        this.searchers = searchers;
    }

    /** At most {@value Suggester#MAX_SUGGESTIONS} articles, best first; empty for blank or unreadable text. */
    public List<Suggestion> suggest(String typed) {
        return searchers.withCurrent(searcher -> searcher.suggest(typed));
    }
}
