package pasokh.search;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * What Elasticsearch/OpenSearch's `persian` analyzer would do: the raw text through Lucene's stock
 * PersianAnalyzer, with the same fields and boosts as ours. The baseline of `pasokh eval`.
 */
public final class StockQueryPlanner implements QueryPlanner {

    private final Analyzer analyzer;
    private final FieldQueries fields;

    public StockQueryPlanner(Analyzer analyzer, Map<String, Float> boosts) {
        this.analyzer = analyzer;
        this.fields = new FieldQueries(boosts);
    }

    @Override
    public Plan plan(String text, boolean asTyped) {
        return new Plan(fields.parse(QueryText.clean(text), analyzer), Optional.empty(), Optional.empty());
    }
}
