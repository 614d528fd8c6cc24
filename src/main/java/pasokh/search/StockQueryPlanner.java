package pasokh.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What Elasticsearch/OpenSearch's `persian` analyzer would do: the raw text through Lucene's stock
 * PersianAnalyzer, parsed like their simple_query_string, with the same fields and boosts as ours. The
 * baseline of `pasokh eval`: every article that matches is listed.
 */
public final class StockQueryPlanner implements QueryPlanner {

    private static final int PARSER_FLAGS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR;

    private final Analyzer analyzer;
    private final Map<String, Float> boosts;

    /** The stock planner needs nothing from the index it searches. */
    public static QueryPlanner.Factory factory(Analyzer analyzer, Map<String, Float> boosts) {
        StockQueryPlanner planner = new StockQueryPlanner(analyzer, boosts);
        return terms -> planner;
    }

    private StockQueryPlanner(Analyzer analyzer, Map<String, Float> boosts) {
        this.analyzer = analyzer;
        this.boosts = Map.copyOf(boosts);
    }

    @Override
    public Plan plan(String text, boolean asTyped) {
        String cleaned = QueryText.clean(text);
        if (cleaned.isEmpty()) return Plan.nothing(Optional.empty());
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, boosts, PARSER_FLAGS);
        parser.setDefaultOperator(BooleanClause.Occur.SHOULD);
        Query query = parser.parse(cleaned);
        if (query == null || query instanceof MatchNoDocsQuery
                || (query instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
            return Plan.nothing(Optional.empty());
        }
        return new Plan(query, termsOf(query), Optional.empty(), Optional.empty(), 0f);
    }

    @Override
    public Plan plainWords(String text, boolean asTyped) {
        return plan(text.replace("\"", " "), asTyped);
    }

    private static Set<String> termsOf(Query query) {
        Set<String> terms = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... ts) {
                for (Term t : ts) terms.add(t.text());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return terms;
    }
}
