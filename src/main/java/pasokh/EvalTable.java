package pasokh;

import java.util.Map;
import pasokh.search.Evaluator;
import pasokh.search.Metrics;

/** The side-by-side figures of `pasokh eval` as a plain-text table. */
final class EvalTable {

    private EvalTable() {}

    static String render(Evaluator.Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-15s %5s | %-23s | %-23s%n", "", "", "stock PersianAnalyzer", "Pasokh"));
        sb.append(String.format("%-15s %5s | %7s %7s %7s | %7s %7s %7s%n", "class", "n", "S@1", "MRR@10", "nDCG@10", "S@1", "MRR@10", "nDCG@10"));
        sb.append("-".repeat(75)).append('\n');
        for (Map.Entry<String, Metrics> e : report.ours().entrySet()) {
            if (e.getKey().equals(Evaluator.OVERALL)) sb.append("-".repeat(75)).append('\n');
            Metrics s = report.stock().get(e.getKey());
            Metrics o = e.getValue();
            sb.append(String.format("%-15s %5d | %7.3f %7.3f %7.3f | %7.3f %7.3f %7.3f%n", e.getKey(), o.queries(),
                    s.successAt1(), s.mrrAt10(), s.ndcgAt10(), o.successAt1(), o.mrrAt10(), o.ndcgAt10()));
        }
        return sb.toString();
    }
}
