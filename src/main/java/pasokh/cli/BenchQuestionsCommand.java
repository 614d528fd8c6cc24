package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import pasokh.PortalPaths;
import pasokh.bench.QuestionBenchmark;
import pasokh.bench.SyntheticQuestionLog;
import pasokh.questions.GapAnalysis;
import pasokh.questions.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `bench questions`: import and gap report of a national-volume synthetic CRM log, timed. */
@Command(name = "questions",
        header = "Measure importing a large CRM question log and making its gap report.",
        description = {
            "Writes a synthetic log of --lines lines to <work>/logs, <work> being the --work folder: about five"
                    + " months of questions in four files (UTF-8 CSV with a BOM, Windows-1256 CSV with Jalali"
                    + " times, tab-separated UTF-16 and JSON Lines), made of the articles' questions and the"
                    + " --labelled ones, reworded (greetings, spoken forms, half-spaces, Arabic letters, typos),"
                    + " some with personal numbers, about 0.5% of rows broken on purpose; and one more day's log."
                    + " Generating is not timed. Then, on an empty database in <work>/data, times in one run:",
            "- the import, as import-questions does it (with its progress bar on a terminal);",
            "- the gap report, as gaps makes it over the log's period: grouping and matching the --groups"
                    + " largest groups;",
            "- one more day's import on top, which must take a small part of the first import's time.",
            "Prints lines per second, each phase's time, distinct texts and groups, the heap (-Xmx, the most in"
                    + " use and committed at once, sampled, and the collections) and the load average before and"
                    + " after: the machine may be shared."})
final class BenchQuestionsCommand implements Callable<Integer> {

    /** The target for import and report together. */
    static final double TARGET_SECONDS = 60;
    private static final double MEGABYTE = 1024 * 1024;

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "1500000",
            description = "log lines over the five months (default: ${DEFAULT-VALUE}, about a national office's)")
    private long lines;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "for the generated log: the same seed writes the same files (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--work", paramLabel = "DIR",
            description = "where DIR/logs and DIR/data are made, and replaced on every run"
                    + " (default: bench-questions in the --data folder)")
    private Path work;

    @Option(names = "--labelled", paramLabel = "FILE", defaultValue = "eval/gaps/labelled.tsv",
            description = "labelled questions asked in the log besides the articles' own (default: ${DEFAULT-VALUE})")
    private Path labelled;

    @Option(names = "--groups", paramLabel = "N", defaultValue = "" + GapAnalysis.DEFAULT_MAX_GROUPS,
            description = "groups matched and reported, as gaps --groups (default: ${DEFAULT-VALUE})")
    private int groups;

    @Override
    public Integer call() throws IOException {
        Ranges.within(spec, "--lines", lines, 1, 100_000_000);
        Ranges.within(spec, "--groups", groups, 1, 100_000);
        PortalPaths source = knowledgeBase.paths();
        Path folder = work != null ? work : source.data().resolve("bench-questions");
        PrintWriter err = spec.commandLine().getErr();
        QuestionBenchmark.Report report = QuestionBenchmark.run(source,
                new QuestionBenchmark.Plan(lines, seed, folder, labelled, groups),
                () -> ProgressBar.onTerminal(err, "importing"), step -> {
                    err.println(step + "...");
                    err.flush();
                });
        spec.commandLine().getOut().print(text(report));
        return ExitCodes.DONE;
    }

    static String text(QuestionBenchmark.Report r) {
        StringBuilder out = new StringBuilder();
        line(out, "context: %d CPUs, JDK %s, heap at most %.0f MB (-Xmx), load average %s", r.machine().cpus(),
                r.machine().jdk(), r.heap().maxBytes() / MEGABYTE, BenchText.load(r.loadBefore()));
        SyntheticQuestionLog.Report log = r.log();
        StringBuilder files = new StringBuilder();
        for (SyntheticQuestionLog.LogFile f : log.files()) {
            files.append(String.format(Locale.ROOT, "%n  %-26s %-10s %,10d lines %,8.1f MB", f.path().getFileName(),
                    f.format(), f.rows(), f.bytes() / MEGABYTE));
        }
        line(out, "log: %,d lines in %d files, %.1f MB, %s to %s, seed %d; %,d broken on purpose, %,d with a personal"
                        + " number; %,d questions reworded; generated in %.1f s (not timed)%s",
                log.rows(), log.files().size(), log.bytes() / MEGABYTE, log.firstDay(), log.lastDay(), r.plan().seed(),
                log.faulty(), log.withPersonal(), log.questions(), r.generateSeconds(), files);
        line(out, "knowledge base: %d articles, opened in %.1f s (not timed)", r.articles(), r.openSeconds());
        ImportSummary s = r.imported().result();
        line(out, "%-16s %7.1f s  %,9.0f lines/s  %s", "import", r.imported().seconds(),
                s.read() / r.imported().seconds(), s);
        var gaps = r.report().result();
        line(out, "%-16s %7.1f s  %,d questions, %,d distinct texts, %,d groups, %d matched and reported",
                "gap report", r.report().seconds(), gaps.questions(), gaps.texts(), gaps.formed(), gaps.groups().size());
        line(out, "%-16s %7.1f s  %,9.0f lines/s  target under %.0f s: %s", "import + report", r.seconds(),
                s.read() / r.seconds(), TARGET_SECONDS, r.seconds() < TARGET_SECONDS ? "met" : "NOT met");
        ImportSummary day = r.nextDay().result();
        line(out, "%-16s %7.2f s  %,9.0f lines/s  %s; %.1f%% of the first import's time", "one more day",
                r.nextDay().seconds(), day.read() / r.nextDay().seconds(), day,
                100 * r.nextDay().seconds() / r.imported().seconds());
        line(out, "heap during import and report: at most %.0f MB in use (garbage included), %.0f MB committed, of"
                        + " %.0f MB allowed; %d collections, %.1f s", r.heap().peakUsedBytes() / MEGABYTE,
                r.heap().peakCommittedBytes() / MEGABYTE, r.heap().maxBytes() / MEGABYTE, r.heap().collections(),
                r.heap().collectionMillis() / 1000.0);
        line(out, "load average after: %s", BenchText.load(r.loadAfter()));
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
