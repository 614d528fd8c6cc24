package pasokh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import pasokh.Portal;
import pasokh.PortalPaths;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.questions.ArticleMatcher;
import pasokh.questions.GapAnalysis;
import pasokh.questions.GapReport;
import pasokh.questions.GapThresholds;
import pasokh.questions.ImportSummary;
import pasokh.questions.QuestionImporter;
import pasokh.search.SearchService;
import pasokh.store.Database;
import pasokh.store.QuestionRepository;

/**
 * The content-gap loop at national volume: a synthetic log ({@link SyntheticQuestionLog}) imported as
 * {@code import-questions} imports it, then the gap report made as {@code gaps} makes it (grouping and
 * matching), both timed in one run on an empty database; then one more day's log imported on top, timed
 * too, to show that a day's import does not redo the months before it.
 *
 * <p>Folders: {@code <work>/logs} for the generated files and {@code <work>/data} for the database,
 * emptied on every run. {@code <work>/data} is only emptied if this benchmark made it.
 */
public final class QuestionBenchmark {

    private static final String DATA_MARKER = ".bench-questions-data";

    /** @param labelled the calibration's labelled questions, mixed into the log; null for none */
    public record Plan(long lines, long seed, Path work, Path labelled, int groups) {}

    /** A timed stretch of work and what it did. */
    public record Timed<T>(T result, double seconds) {}

    public record Report(Machine machine, Optional<LoadAverage> loadBefore, Optional<LoadAverage> loadAfter, Plan plan,
                         SyntheticQuestionLog.Report log, double generateSeconds, int articles, double openSeconds,
                         Timed<ImportSummary> imported, Timed<GapReport> report, Timed<ImportSummary> nextDay,
                         HeapWatch.Figures heap) {

        /** Import and report together: the figure the target is set for. */
        public double seconds() {
            return imported.seconds() + report.seconds();
        }
    }

    private QuestionBenchmark() {}

    /**
     * @param source   the articles and config to match against; {@code source.data()} is not used
     * @param progress a new progress bar for each import
     * @param status   told what starts, for a line on the terminal
     */
    public static Report run(PortalPaths source, Plan plan, Supplier<QuestionImporter.Progress> progress,
                             Consumer<String> status) throws IOException {
        Optional<LoadAverage> loadBefore = LoadAverage.now();
        status.accept("generating " + plan.lines() + " lines into " + plan.work().resolve("logs") + " (not timed)");
        long started = System.nanoTime();
        SyntheticQuestionLog.Report log = SyntheticQuestionLog.generate(new SyntheticQuestionLog.Plan(plan.lines(),
                plan.seed(), source.articles(), plan.labelled(), plan.work().resolve("logs")));
        double generated = seconds(started);
        Path data = emptyData(plan.work().resolve("data"));

        status.accept("opening the knowledge base (not timed)");
        started = System.nanoTime();
        try (KnowledgeBase kb = KnowledgeBase.open(new PortalPaths(source.articles(), source.config(), data),
                new MarkdownRenderer(), KnowledgeBase.Storage.MEMORY)) {
            double opened = seconds(started);
            int articles = kb.current().articles().published().size();
            QuestionRepository repository = new QuestionRepository(Database.open(data));
            GapAnalysis analysis = new GapAnalysis(repository, new ArticleMatcher(kb, new SearchService(kb)),
                    GapThresholds.load(source.config()), Clock.system(Portal.READERS_ZONE));
            // what came before (generating, opening) is not the work measured
            System.gc();
            Timed<ImportSummary> imported;
            Timed<GapReport> report;
            Timed<ImportSummary> nextDay;
            HeapWatch.Figures heap;
            try (HeapWatch watch = new HeapWatch()) {
                status.accept("importing " + log.files().size() + " files");
                imported = importing(repository, kb, log.paths(), progress.get());
                status.accept("grouping and matching (the gap report)");
                started = System.nanoTime();
                GapReport gaps = analysis.report(log.firstDay(), log.lastDay(), plan.groups());
                report = new Timed<>(gaps, seconds(started));
                heap = watch.figures();
            }
            status.accept("importing one more day: " + log.nextDay().path().getFileName());
            nextDay = importing(repository, kb, List.of(log.nextDay().path()), progress.get());
            return new Report(Machine.current(), loadBefore, LoadAverage.now(), plan, log, generated, articles, opened,
                    imported, report, nextDay, heap);
        }
    }

    /** A new importer each time: a later day's import starts with nothing remembered, as a new process would. */
    private static Timed<ImportSummary> importing(QuestionRepository repository, KnowledgeBase kb, List<Path> files,
                                                  QuestionImporter.Progress progress) throws IOException {
        QuestionImporter importer = new QuestionImporter(repository, () -> kb.current().analysis(), Portal.READERS_ZONE);
        long started = System.nanoTime();
        ImportSummary summary = importer.importFiles(files, QuestionImporter.Options.DETECT, progress, problem -> {});
        return new Timed<>(summary, seconds(started));
    }

    private static Path emptyData(Path data) throws IOException {
        if (Files.isDirectory(data)) {
            boolean ours = Files.isRegularFile(data.resolve(DATA_MARKER));
            try (Stream<Path> entries = Files.list(data)) {
                if (!ours && entries.findAny().isPresent()) {
                    throw new IOException(data + " is not empty and was not made by the benchmark (no " + DATA_MARKER
                            + "): choose another --work folder");
                }
            }
            List<Path> deepestFirst;
            try (Stream<Path> all = Files.walk(data)) {
                deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            }
            for (Path p : deepestFirst) Files.delete(p);
        }
        Files.createDirectories(data);
        Files.writeString(data.resolve(DATA_MARKER), "Made by pasokh bench questions; emptied on every run.\n",
                StandardCharsets.UTF_8);
        return data;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
