package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import pasokh.LoadedArticles;
import pasokh.PortalPaths;
import pasokh.bench.QuerySet;
import pasokh.bench.ScaleBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `bench scale`: start-up, memory, index size and in-process search time as the article count grows. */
@Command(name = "scale",
        header = "Measure how start-up, memory, index size and search time grow with the number of articles.",
        description = {
            "For each of --counts N, smallest first: writes a synthetic knowledge base of N articles to"
                    + " <work>/N/articles, <work> being the --work folder (the articles of --articles, copied, plus"
                    + " generated variants of them;"
                    + " N equal to their number is just those articles), empties <work>/N/data, and opens the"
                    + " knowledge base there with the --config folder, so the index is built from scratch."
                    + " Then measures:",
            "- start-up: that opening (read, check and index every article), in ms; the first count's includes"
                    + " loading the code, as a fresh 'serve' does;",
            "- heap in use after start-up and two garbage collections, in MB, this JVM's baseline included; and"
                    + " the index folder on disk, in MB;",
            "- search: every distinct query of the --queries files (repeats removed), searched in this process"
                    + " (first page, no HTTP) untimed for at least 10 s (at least once), then --rounds times timed"
                    + " one at a time on one thread:"
                    + " median and p99 over all timed searches, and the median by query length in words. Nothing"
                    + " caches results, so every search does the whole work.",
            "Each knowledge base is closed before the next count. Prints the context (CPUs, JDK, load average:"
                    + " the machine may be shared), a table with one row per count, and the largest count's"
                    + " median as a multiple of the smallest count's."})
final class BenchScaleCommand implements Callable<Integer> {

    private static final String HEADER = String.format(Locale.ROOT,
            "%8s  %8s  %7s  %8s  %9s  %7s  | median by words: %6s %6s %6s %6s",
            "articles", "start-up", "heap MB", "index MB", "median ms", "p99 ms", "1-2", "3-5", "6-9", "10+");

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Mixin
    private QueryFiles queryFiles;

    @Spec
    private CommandSpec spec;

    @Option(names = "--counts", paramLabel = "N", split = ",", defaultValue = "68,500,1000,2000,5000",
            description = "article counts to measure, comma-separated, each at least the number of articles in"
                    + " --articles"
                    + " (default: ${DEFAULT-VALUE})")
    private List<Integer> counts;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "timed rounds over all queries, after at least 10 s untimed (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "for the generated articles: the same seed writes the same files (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--work", paramLabel = "DIR",
            description = "where DIR/N/articles and DIR/N/data are made, and replaced on every run"
                    + " (default: bench-scale in the --data folder)")
    private Path work;

    @Override
    public Integer call() throws IOException {
        for (int count : counts) Ranges.within(spec, "--counts", count, 1, 1_000_000);
        Ranges.within(spec, "--rounds", rounds, 1, 1000);
        PortalPaths source = knowledgeBase.paths();
        // the config and the articles, read once first: a wrong folder fails now, before anything is written
        LoadedArticles.load(source);
        QuerySet queries = queryFiles.read();
        List<Integer> sorted = counts.stream().distinct().sorted().toList();
        Path folder = work != null ? work : source.data().resolve("bench-scale");
        ScaleBenchmark.Plan plan = new ScaleBenchmark.Plan(sorted, rounds, seed, folder);
        PrintWriter err = spec.commandLine().getErr();
        ScaleBenchmark.Report report;
        try {
            report = ScaleBenchmark.run(source, queries, plan, count -> err.printf(Locale.ROOT,
                    "%d articles: generating into %s, indexing, %d searches...%n",
                    count, folder.resolve(Integer.toString(count)), queries.size() * (rounds + 1)));
        } catch (IllegalArgumentException e) {
            // the generator refuses a count below the number of source articles; counts run smallest first,
            // so this comes before any figure is measured
            throw new ParameterException(spec.commandLine(), "--counts: " + e.getMessage());
        }
        spec.commandLine().getOut().print(text(report));
        return ExitCodes.DONE;
    }

    static String text(ScaleBenchmark.Report report) {
        StringBuilder out = new StringBuilder();
        out.append(context(report)).append('\n');
        out.append(HEADER).append('\n');
        for (ScaleBenchmark.Row r : report.rows()) out.append(row(r)).append('\n');
        for (ScaleBenchmark.Row r : report.rows()) {
            out.append(String.format(Locale.ROOT, "%d articles: %d published, %d of %d queries found an article%n",
                    r.articles(), r.published(), r.queriesWithHits(), report.queries()));
        }
        report.growth().ifPresent(g -> out.append(String.format(Locale.ROOT,
                "median at %d articles: %.2f times the median at %d (%s against %s)%n",
                g.largest().articles(), g.ratio(), g.smallest().articles(),
                BenchText.millis(g.largest().medianMillis()), BenchText.millis(g.smallest().medianMillis()))));
        out.append("load average after: ").append(BenchText.load(report.loadAfter())).append('\n');
        return out.toString();
    }

    private static String context(ScaleBenchmark.Report report) {
        StringJoiner buckets = new StringJoiner(", ", " (by words: ", ")");
        report.queriesByWords().forEach((bucket, n) -> buckets.add(bucket.label() + ": " + n));
        return "context: " + report.machine().cpus() + " CPUs, JDK " + report.machine().jdk()
                + ", load average " + BenchText.load(report.loadBefore())
                + ", " + report.queries() + " distinct queries" + buckets
                + ", " + report.plan().rounds() + " timed round(s) after 10 s or more untimed, seed "
                + report.plan().seed();
    }

    /** Aligned under {@link #HEADER}; a bucket without queries shows "-". */
    private static String row(ScaleBenchmark.Row r) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%8d  %5.0f ms  %7.1f  %8.2f  %9.3f  %7.3f  | %16s", r.articles(), r.startupMillis(),
                r.heapMegabytes(), r.indexMegabytes(), r.medianMillis(), r.p99Millis(), ""));
        for (double median : r.medianByWords().values()) {
            line.append(Double.isNaN(median) ? String.format("%7s", "-")
                    : String.format(Locale.ROOT, " %6.3f", median));
        }
        return line.toString();
    }
}
