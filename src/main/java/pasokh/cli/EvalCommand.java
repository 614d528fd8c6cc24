package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import pasokh.knowledge.Evaluation;
import pasokh.search.Evaluator;
import pasokh.search.Judgments;
import pasokh.search.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `eval`: relevance on the judged queries, ours beside Lucene's stock PersianAnalyzer. Formats only. */
@Command(name = "eval",
        header = "Relevance on the judged queries, ours beside stock Lucene.",
        description = {
            "Builds two in-memory indexes of the published articles with the same fields and boosts: one with"
                    + " Lucene's stock PersianAnalyzer (what Elasticsearch/OpenSearch's `persian` analyzer does),"
                    + " one with Pasokh's chain and query rescue. Runs every judged query on both and prints"
                    + " Success@1, MRR@10 and nDCG@10 per query class and overall, side by side, and how many"
                    + " articles each lists per query on average (listed)."})
final class EvalCommand implements Callable<Integer> {

    private static final String RULE = "-".repeat(91);

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--judgments", paramLabel = "FILE", defaultValue = Judgments.DEFAULT_FILE,
            description = "the judged queries: query TAB slug[,slug] TAB class (default: ${DEFAULT-VALUE})")
    private Path judgments;

    @Option(names = "--misses",
            description = "also list the queries whose first hit (ours) is not an answer, marking those the stock"
                    + " analyzer got right")
    private boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        err.println("Evaluating " + judgments + "...");
        Evaluator.Report report = Evaluation.of(knowledgeBase.paths(), judgments);
        out.println(table(report));
        if (misses) {
            out.println();
            out.println("Queries whose first hit (Pasokh) does not answer them:");
            report.misses().forEach(m -> out.println(describe(m)));
        }
        err.println("Done in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
        return ExitCodes.DONE;
    }

    static String table(Evaluator.Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-15s %5s | %-31s | %-31s%n", "", "", "stock PersianAnalyzer", "Pasokh"));
        sb.append(String.format("%-15s %5s | %7s %7s %7s %7s | %7s %7s %7s %7s%n",
                "class", "n", "S@1", "MRR@10", "nDCG@10", "listed", "S@1", "MRR@10", "nDCG@10", "listed"));
        sb.append(RULE).append('\n');
        for (Map.Entry<String, Metrics> e : report.ours().entrySet()) {
            if (e.getKey().equals(Evaluator.OVERALL)) sb.append(RULE).append('\n');
            Metrics s = report.stock().get(e.getKey());
            Metrics o = e.getValue();
            sb.append(String.format("%-15s %5d | %7.3f %7.3f %7.3f %7.1f | %7.3f %7.3f %7.3f %7.1f%n", e.getKey(),
                    o.queries(), s.successAt1(), s.mrrAt10(), s.ndcgAt10(), s.meanResults(),
                    o.successAt1(), o.mrrAt10(), o.ndcgAt10(), o.meanResults()));
        }
        return sb.toString();
    }

    private static String describe(Evaluator.Miss m) {
        return (m.stockRight() ? "[stock right] " : "") + m.judgment().kind() + "\t" + m.judgment().query()
                + "\twant " + m.judgment().relevant() + "\tgot " + m.ranked().stream().limit(3).toList()
                + m.rewritten().map(r -> "\tread as «" + r + "»").orElse("")
                + m.didYouMean().map(d -> "\tdid you mean «" + d + "»").orElse("");
    }
}
