package pasokh.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/** Multi-field BM25 queries over the article fields, with the editors' boosts. */
final class FieldQueries {

    /**
     * People paste text with quotes, stars, colons and minus signs in it; only the phrase operator
     * ("...") is worth honouring. Everything else is ordinary text, so nothing a user types becomes an
     * operator by accident or an error.
     */
    private static final int PARSER_FLAGS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    private final Map<String, Float> boosts;

    FieldQueries(Map<String, Float> boosts) {
        this.boosts = boosts;
    }

    /** Words a phrase may have between its terms and still count as together. */
    private static final int PROXIMITY_SLOP = 2;

    /**
     * For each pair of neighbouring query terms, a sloppy phrase in every field: rewards articles where the
     * words stand together («مستمری بازماندگان») over articles that merely contain both. Null when
     * no pair is worth a bonus (one term, or only stopwords).
     */
    Query proximity(java.util.List<String> terms, java.util.function.Predicate<String> isStopword) {
        if (terms.size() < 2) return null;
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        int added = 0;
        for (int i = 0; i + 1 < terms.size(); i++) {
            // «از را», «من به»: two little words together say nothing about an article
            if (isStopword.test(terms.get(i)) && isStopword.test(terms.get(i + 1))) continue;
            added++;
            for (Map.Entry<String, Float> field : boosts.entrySet()) {
                Query phrase = new org.apache.lucene.search.PhraseQuery(PROXIMITY_SLOP, field.getKey(), terms.get(i), terms.get(i + 1));
                pairs.add(new org.apache.lucene.search.BoostQuery(phrase, field.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return added == 0 ? null : pairs.build();
    }

    /** Null when the analyzer leaves no term. */
    Query parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) return null;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, boosts, PARSER_FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query query = parser.parse(text);
        // SimpleQueryParser answers "nothing left" with a MatchNoDocsQuery or an empty BooleanQuery
        if (query == null || query instanceof org.apache.lucene.search.MatchNoDocsQuery
                || (query instanceof BooleanQuery bq && bq.clauses().isEmpty())) return null;
        return query;
    }
}
