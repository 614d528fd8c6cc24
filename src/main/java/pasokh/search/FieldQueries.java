package pasokh.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import pasokh.analysis.WordPairFilter;

/**
 * The same term or phrase in every article field, each weighed by the editors' boost (ranking.properties):
 * the multi-field BM25 that every clause of a search is made of.
 */
final class FieldQueries {

    private final List<Map.Entry<String, Float>> boosts;

    private final float questionsBoost;
    private final TermDirectory terms;

    FieldQueries(Map<String, Float> boosts, TermDirectory terms) {
        this.boosts = List.copyOf(boosts.entrySet());
        this.questionsBoost = boosts.getOrDefault(ArticleDocuments.QUESTIONS, 1f);
        this.terms = terms;
    }

    private TermQuery termQuery(String field, String term) {
        return terms != null && terms.covers(field)
                ? new TermQuery(new Term(field, term), terms.states(field, term))
                : new TermQuery(new Term(field, term));
    }

    /** One term in every field. */
    Query term(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : boosts) {
            fields.add(boosted(termQuery(field.getKey(), term), field.getValue()), BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

    /**
     * A term and its one-word synonyms in every field, the synonyms at {@code synonymWeight}. Plain term
     * clauses rather than Lucene's SynonymQuery: they start from the {@link TermDirectory}, and pooling the
     * frequencies ranked no better on the judged queries.
     */
    Query termWithSynonyms(String term, List<String> synonyms, float synonymWeight) {
        if (synonyms.isEmpty()) return term(term);
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : boosts) {
            fields.add(boosted(termQuery(field.getKey(), term), field.getValue()), BooleanClause.Occur.SHOULD);
            for (String s : synonyms) {
                fields.add(boosted(termQuery(field.getKey(), s), field.getValue() * synonymWeight),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return fields.build();
    }

    /** Terms standing in this order (with up to {@code slop} other words between them) in any field. */
    Query phrase(List<String> terms, List<Integer> positions, int slop) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : boosts) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
            for (int i = 0; i < terms.size(); i++) phrase.add(new Term(field.getKey(), terms.get(i)), positions.get(i));
            fields.add(boosted(phrase.build(), field.getValue()), BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

    /**
     * Two terms standing together (or with one word between, in either order) in one of the ways people
     * ask: one lookup of their pair term ({@link WordPairFilter}), weighed like the questions field. A sloppy
     * phrase query in every field did the same by reading positions, and cost most of the search time.
     */
    Query together(String a, String b) {
        return boosted(termQuery(ArticleDocuments.PAIRS, WordPairFilter.pair(a, b)), questionsBoost);
    }

    static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
