package pasokh.questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pasokh.article.Article;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.search.SearchQuery;
import pasokh.search.SearchResult;
import pasokh.search.SearchService;

/**
 * Asks the site's own search what answers a question, and measures how much of the question the best
 * article speaks about: the share of the question's topic terms that occur in it, each weighted by how rare
 * it is among the articles (inverse document frequency). «بیمه» is in every article and says little; a word
 * no article has («یارانه», «پاسپورت») weighs most, so a question about another organisation's matter that
 * merely mentions insurance covers little of itself.
 */
public final class ArticleMatcher {

    private final KnowledgeBase knowledge;
    private final SearchService search;
    /** Per snapshot generation: each article's terms, as indexing makes them, and in how many articles each is. */
    private final Map<Long, Vocabulary> byGeneration = new ConcurrentHashMap<>();

    private record Vocabulary(Map<String, Set<String>> terms, Map<String, Integer> documentFrequency, int articles) {

        double weight(String term) {
            int df = documentFrequency.getOrDefault(term, 0);
            return Math.log(1 + articles / (df + 0.5));
        }
    }

    public ArticleMatcher(KnowledgeBase knowledge, SearchService search) {
        this.knowledge = knowledge;
        this.search = search;
    }

    public ArticleMatch match(String question) {
        Snapshot kb = knowledge.current();
        QuestionText text = QuestionText.read(kb.analysis(), question);
        if (text.isEmpty()) return ArticleMatch.none(List.of());
        SearchResult result;
        try {
            result = search.search(new SearchQuery(question.replaceAll("‹[^›]*›", " "), Optional.empty(), 1, 3));
        } catch (RuntimeException unusable) {
            // a question too long or odd for the search box is simply not answered by it
            return ArticleMatch.none(text.terms());
        }
        if (result.hits().isEmpty()) return ArticleMatch.none(text.terms());
        SearchResult.Hit best = result.hits().getFirst();
        // Finglish or Persian typed on an English keyboard: weigh the words the search actually read
        if (result.rewrittenQuery().isPresent()) {
            QuestionText rewritten = QuestionText.read(kb.analysis(), result.rewrittenQuery().get());
            if (!rewritten.isEmpty()) text = rewritten;
        }
        Vocabulary vocabulary = vocabulary(kb);
        Set<String> articleTerms = vocabulary.terms().getOrDefault(best.article().slug(), Set.of());
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        double all = 0, found = 0;
        for (String t : new LinkedHashSet<>(text.terms())) {
            double w = vocabulary.weight(t);
            all += w;
            if (articleTerms.contains(t)) {
                matched.add(t);
                found += w;
            } else {
                missing.add(t);
            }
        }
        return new ArticleMatch(Optional.of(best.article().slug()), best.score(), found / all, matched, missing);
    }

    private Vocabulary vocabulary(Snapshot kb) {
        return byGeneration.computeIfAbsent(kb.generation(), g -> {
            byGeneration.keySet().removeIf(old -> old < g);
            Map<String, Set<String>> terms = new HashMap<>();
            Map<String, Integer> df = new HashMap<>();
            for (Article a : kb.articles().published()) {
                Set<String> t = new HashSet<>(kb.analysis().indexTerms(String.join(" ", a.title(),
                        String.join(" ", a.questions()), a.summary(), String.join(" ", a.keyPoints()),
                        String.join(" ", a.tags()), a.body())));
                terms.put(a.slug(), t);
                t.forEach(term -> df.merge(term, 1, Integer::sum));
            }
            return new Vocabulary(terms, df, terms.size());
        });
    }
}
