package pasokh.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The same term or phrase in every article field, each weighed by the editors' boost (ranking.properties):
 * the multi-field BM25 that every clause of a search is made of.
 */
final class FieldQueries {

    private final List<Map.Entry<String, Float>> boosts;

    private final float questionsBoost;

    FieldQueries(Map<String, Float> boosts) {
        this.boosts = List.copyOf(boosts.entrySet());
        this.questionsBoost = boosts.getOrDefault(ArticleDocuments.QUESTIONS, 1f);
    }

    /** One term in every field. */
    Query term(String term) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : boosts) {
            fields.add(boosted(new TermQuery(new Term(field.getKey(), term)), field.getValue()), BooleanClause.Occur.SHOULD);
        }
        return fields.build();
    }

    /**
     * A term and its one-word synonyms as one word of the article (Lucene's SynonymQuery: frequencies
     * pooled, so «سابقه» and «سوابق» in one article are not counted as two different words), synonyms at
     * {@code synonymWeight}.
     */
    Query termWithSynonyms(String term, List<String> synonyms, float synonymWeight) {
        if (synonyms.isEmpty()) return term(term);
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : boosts) {
            SynonymQuery.Builder same = new SynonymQuery.Builder(field.getKey());
            same.addTerm(new Term(field.getKey(), term), 1f);
            for (String s : synonyms) same.addTerm(new Term(field.getKey(), s), synonymWeight);
            fields.add(boosted(same.build(), field.getValue()), BooleanClause.Occur.SHOULD);
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
     * Terms standing together in one of the ways people ask (the questions field, with its boost): where
     * word order says most, in the shortest texts. The same bonus over every field cost four phrase
     * queries per pair, most of the search time, and ranked no better on the judged queries.
     */
    Query questionPhrase(List<String> terms, List<Integer> positions, int slop) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
        for (int i = 0; i < terms.size(); i++) phrase.add(new Term(ArticleDocuments.QUESTIONS, terms.get(i)), positions.get(i));
        return boosted(phrase.build(), questionsBoost);
    }

    static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }
}
