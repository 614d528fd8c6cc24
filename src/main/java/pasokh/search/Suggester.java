package pasokh.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pasokh.analysis.PrefixCompleter;
import pasokh.article.Article;

/**
 * Articles for the search box while someone types: the typed text is completed into a few likely queries
 * ({@link PrefixCompleter}), each is searched with the full Persian chain, and the articles that answer them best are
 * offered, one suggestion per article, linking straight to it.
 */
final class Suggester {

    static final int MAX_SUGGESTIONS = 8;
    /** Three readings of the last word cover «بیمه بی» -> بیکاری, بیماری, بیمه without tripling the cost. */
    private static final int COMPLETIONS_SEARCHED = 3;
    /** A less likely completion's articles rank a little lower than an equally good match for a likelier one. */
    private static final double LATER_COMPLETION_DISCOUNT = 0.12;

    interface Ranker {
        List<ArticleSearcher.Ranked> rank(String text, int max);
    }

    private final PrefixCompleter completer;

    Suggester(PrefixCompleter completer) {
        this.completer = completer;
    }

    List<Suggestion> suggest(String typed, Ranker ranker) {
        String text = QueryText.clean(typed);
        if (text.isEmpty()) return List.of();
        // isSpaceChar: some phone keyboards end a word with a no-break space
        char lastTyped = typed.charAt(typed.length() - 1);
        boolean unfinished = !Character.isWhitespace(lastTyped) && !Character.isSpaceChar(lastTyped);
        List<String> queries = completer.complete(text, unfinished, COMPLETIONS_SEARCHED);
        record Candidate(Article article, double score) {}
        Map<String, Candidate> best = new HashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            List<ArticleSearcher.Ranked> ranked = ranker.rank(queries.get(i), MAX_SUGGESTIONS);
            double top = ranked.isEmpty() ? 0 : ranked.getFirst().score();
            if (!(top > 0)) continue;
            double weight = 1.0 - LATER_COMPLETION_DISCOUNT * i;
            for (ArticleSearcher.Ranked r : ranked) {
                // scores of different queries are not comparable; each query's share of its own best is
                Candidate c = new Candidate(r.article(), weight * r.score() / top);
                best.merge(r.article().slug(), c, (old, now) -> old.score() >= now.score() ? old : now);
            }
        }
        List<Candidate> ordered = new ArrayList<>(best.values());
        ordered.sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(c -> c.article().title()));
        List<Suggestion> out = new ArrayList<>(Math.min(MAX_SUGGESTIONS, ordered.size()));
        for (Candidate c : ordered.subList(0, Math.min(MAX_SUGGESTIONS, ordered.size()))) {
            out.add(new Suggestion(c.article().title(), c.article().slug(), c.article().url()));
        }
        return out;
    }
}
