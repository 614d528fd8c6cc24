package pasokh;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.Article;
import pasokh.article.MarkdownRenderer;
import pasokh.search.ArticleTexts;
import pasokh.search.Evaluator;
import pasokh.search.Judgments;
import pasokh.search.Metrics;
import pasokh.search.RankingConfig;

/** `eval`: relevance on the judged queries, ours beside Lucene's stock PersianAnalyzer. */
public final class EvalCommand implements Command {

    public static final Path DEFAULT_JUDGMENTS = Path.of("eval", "judgments.tsv");

    @Override
    public String usage() {
        return """
                Usage: java -jar target/pasokh.jar eval [--judgments eval/judgments.tsv] [--misses] [--articles DIR] [--config DIR]

                Builds two in-memory indexes of the published articles with the same fields and boosts: one with
                Lucene's stock PersianAnalyzer (what Elasticsearch/OpenSearch's `persian` analyzer does), one with
                Pasokh's chain and query rescue. Runs every judged query on both and prints Success@1, MRR@10 and
                nDCG@10 per query class and overall, side by side. --misses also lists the queries whose first
                hit (ours) is not an answer, marking those the stock analyzer got right.
                """;
    }

    @Override
    public Set<String> flags() {
        return Set.of("judgments", "misses");
    }

    @Override
    public int run(CliOptions options, PrintStream out, PrintStream err) throws Exception {
        Path judgments = options.path("judgments", DEFAULT_JUDGMENTS);
        long started = System.nanoTime();
        err.println("Evaluating " + judgments + "...");
        Evaluator.Report report = evaluate(options.paths(), judgments);
        out.println(table(report));
        if (options.flag("misses")) {
            out.println();
            out.println("Queries whose first hit (Pasokh) does not answer them:");
            report.misses().forEach(m -> out.println(describe(m)));
        }
        err.println("Done in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
        return 0;
    }

    /** Both systems over the published articles of {@code paths}; also what RelevanceFloorTest runs. */
    public static Evaluator.Report evaluate(PortalPaths paths, Path judgmentsFile) throws IOException {
        LoadedArticles loaded = LoadedArticles.load(paths);
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<Article> published = loaded.articles().published();
        Set<String> slugs = published.stream().map(Article::slug).collect(Collectors.toSet());
        List<Judgments.Judgment> judgments = Judgments.read(judgmentsFile, slugs);
        try (PersianAnalysis analysis = PersianAnalysis.load(paths.config(), ArticleTexts.of(published, markdown))) {
            return Evaluator.compare(loaded.articles(), loaded.categories(), RankingConfig.load(paths.config()), analysis, markdown, judgments);
        }
    }

    static String table(Evaluator.Report report) {
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

    private static String describe(Evaluator.Miss m) {
        return (m.stockRight() ? "[stock right] " : "") + m.judgment().kind() + "\t" + m.judgment().query()
                + "\twant " + m.judgment().relevant() + "\tgot " + m.ranked().stream().limit(3).toList()
                + m.rewritten().map(r -> "\tread as «" + r + "»").orElse("")
                + m.didYouMean().map(d -> "\tdid you mean «" + d + "»").orElse("");
    }
}
