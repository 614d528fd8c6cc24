package pasokh;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import pasokh.article.ArticleSet;
import pasokh.article.Categories;
import pasokh.article.Problem;
import pasokh.article.Article;
import pasokh.article.MarkdownRenderer;
import pasokh.analysis.PersianAnalysis;
import pasokh.search.ArticleTexts;
import pasokh.search.Evaluator;
import pasokh.search.Judgments;
import pasokh.search.RankingConfig;
import java.nio.file.Path;
import java.util.stream.Collectors;
import pasokh.web.WebApp;

/** The command line: {@code java -jar target/pasokh.jar <command> [options]}. */
public final class Main {

    private static final String USAGE = """
            Pasokh: the Social Security Organization's Persian FAQ portal

            Usage: java -jar target/pasokh.jar <command> [options]

            Commands:
              serve    start the portal (site + JSON API)
              check    validate every article; exit 1 and print path:line: message if any has problems
              eval     relevance figures on eval/judgments.tsv, ours beside stock Lucene PersianAnalyzer
              bench    /api/search speed under concurrent load: server time, latency, throughput

            Options every command takes:
              --articles DIR   the knowledge base (default: articles)
              --config DIR     editable search and site settings (default: index-config)
              --data DIR       index and database, created if missing (default: data)

            `java -jar target/pasokh.jar <command> --help` describes one command.
            """;

    private static final String SERVE_USAGE = """
            Usage: java -jar target/pasokh.jar serve [--port 7070] [--articles DIR] [--config DIR] [--data DIR]

            Reads the articles (logging and skipping any with errors), brings the search index under
            DIR/index up to date (rebuilt only when articles or config changed), opens the database
            DIR/pasokh.db and serves the site and API on http://localhost:PORT/.
            """;

    private static final String CHECK_USAGE = """
            Usage: java -jar target/pasokh.jar check [--articles DIR] [--config DIR]

            Validates every article: front matter, fields, category, lengths, dates, duplicate slugs and
            questions, internal links. Prints one `path:line: message` line per problem and exits 1 if
            there is any, 0 when all articles are clean.
            """;

    private static final String EVAL_USAGE = """
            Usage: java -jar target/pasokh.jar eval [--judgments eval/judgments.tsv] [--misses] [--articles DIR] [--config DIR]

            Builds two in-memory indexes of the published articles with the same fields and boosts: one with
            Lucene's stock PersianAnalyzer (what Elasticsearch/OpenSearch's `persian` analyzer does), one with
            Pasokh's chain and query rescue. Runs every judged query on both and prints Success@1, MRR@10 and
            nDCG@10 per query class and overall, side by side. --misses also lists the queries whose first
            hit (ours) is not an answer.
            """;

    private static final String BENCH_USAGE = """
            Usage: java -jar target/pasokh.jar bench [--clients 16] [--requests 20000] [--warmup 5000]
                                                     [--judgments eval/judgments.tsv] [--articles DIR] [--config DIR] [--data DIR]

            Starts the portal on a loopback port, sends /api/search requests with the judged queries from
            concurrent clients and prints server time (Server-Timing header), client latency and throughput.
            """;

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code != 0) System.exit(code);
    }

    /** Returns the exit code; -1 never: serve keeps running and returns 0 once started. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        try {
            return switch (args[0]) {
                case "serve" -> serve(CliOptions.parse(args, 1, Set.of("port")), out);
                case "check" -> check(CliOptions.parse(args, 1, Set.of()), out, err);
                case "eval" -> eval(CliOptions.parse(args, 1, Set.of("judgments", "misses")), out, err);
                case "bench" -> bench(CliOptions.parse(args, 1, Set.of("clients", "requests", "warmup", "judgments")), out, err);
                default -> {
                    err.println("Unknown command '" + args[0] + "'.\n");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (CliOptions.UsageException e) {
            err.println("Error: " + e.getMessage() + "\n");
            err.print(switch (args[0]) {
                case "serve" -> SERVE_USAGE;
                case "check" -> CHECK_USAGE;
                case "eval" -> EVAL_USAGE;
                case "bench" -> BENCH_USAGE;
                default -> USAGE;
            });
            return 2;
        } catch (IOException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("Error: " + e);
            return 1;
        }
    }

    private static int serve(CliOptions options, PrintStream out) throws CliOptions.UsageException, IOException {
        if (options.help()) {
            out.print(SERVE_USAGE);
            return 0;
        }
        int port = options.integer("port", 7070, 0, 65535);
        Portal portal = Portal.start(options.paths());
        Javalin app = WebApp.create(portal);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            app.stop();
            try {
                portal.close();
            } catch (IOException e) {
                System.err.println("Error while closing: " + e.getMessage());
            }
        }));
        app.start(port);
        out.println("Pasokh is serving " + portal.articles().published().size() + " articles on http://localhost:" + app.port() + "/");
        return 0;
    }

    private static int check(CliOptions options, PrintStream out, PrintStream err) throws IOException {
        if (options.help()) {
            out.print(CHECK_USAGE);
            return 0;
        }
        PortalPaths paths = options.paths();
        Categories categories = Categories.load(paths.config());
        SiteSettings site = SiteSettings.load(paths.config());
        ArticleSet set = Portal.articleStore(paths, categories, site).load();
        List<Problem> problems = set.problems().stream()
                .sorted(Comparator.comparing((Problem p) -> p.path().toString()).thenComparingInt(Problem::line))
                .toList();
        problems.forEach(out::println);
        int files = set.all().size() + (int) problems.stream().filter(Problem::isError).map(Problem::path).distinct().count();
        if (problems.isEmpty()) {
            err.println("All " + set.all().size() + " articles are valid.");
            return 0;
        }
        err.println(problems.size() + " problem(s) in " + problems.stream().map(Problem::path).distinct().count()
                + " of " + files + " article files.");
        return 1;
    }

    private static int eval(CliOptions options, PrintStream out, PrintStream err) throws IOException {
        if (options.help()) {
            out.print(EVAL_USAGE);
            return 0;
        }
        PortalPaths paths = options.paths();
        Categories categories = Categories.load(paths.config());
        SiteSettings site = SiteSettings.load(paths.config());
        RankingConfig ranking = RankingConfig.load(paths.config());
        MarkdownRenderer markdown = new MarkdownRenderer();
        ArticleSet set = Portal.articleStore(paths, categories, site).load();
        Path judgmentsFile = options.path("judgments", Path.of("eval", "judgments.tsv"));
        Set<String> slugs = set.published().stream().map(Article::slug).collect(Collectors.toSet());
        List<Judgments.Judgment> judgments = Judgments.read(judgmentsFile, slugs);
        err.println("Evaluating " + judgments.size() + " queries from " + judgmentsFile + " over " + slugs.size() + " articles...");
        long started = System.nanoTime();
        Evaluator.Report report;
        try (PersianAnalysis analysis = PersianAnalysis.load(paths.config(), ArticleTexts.of(set.published(), markdown))) {
            report = Evaluator.compare(set, categories, ranking, analysis, markdown, judgments);
        }
        out.println(EvalTable.render(report));
        if (options.flag("misses")) {
            out.println();
            out.println("Queries whose first hit (Pasokh) does not answer them:");
            for (Evaluator.Miss m : report.misses()) {
                out.println((m.stockRight() ? "[stock right] " : "") + m.judgment().kind() + "\t" + m.judgment().query() + "\twant " + m.judgment().relevant()
                        + "\tgot " + m.ranked().stream().limit(3).toList()
                        + m.rewritten().map(r -> "\tread as «" + r + "»").orElse("")
                        + m.didYouMean().map(d -> "\tdid you mean «" + d + "»").orElse(""));
            }
        }
        err.println("Done in " + (System.nanoTime() - started) / 1_000_000 + " ms.");
        return 0;
    }

    private static int bench(CliOptions options, PrintStream out, PrintStream err) throws Exception {
        if (options.help()) {
            out.print(BENCH_USAGE);
            return 0;
        }
        int clients = options.integer("clients", 16, 1, 512);
        Bench.Figures figures = Bench.run(options.paths(), options.path("judgments", Path.of("eval", "judgments.tsv")),
                clients, options.integer("requests", 20_000, 1, 10_000_000), options.integer("warmup", 5_000, 0, 10_000_000), err);
        out.print(Bench.report(figures, clients));
        return figures.errors() == 0 ? 0 : 1;
    }
}
