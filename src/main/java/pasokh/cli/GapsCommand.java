package pasokh.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import pasokh.Portal;
import pasokh.article.JalaliDate;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.questions.ArticleMatcher;
import pasokh.questions.GapAnalysis;
import pasokh.questions.GapCalibration;
import pasokh.questions.GapCsv;
import pasokh.questions.GapGroup;
import pasokh.questions.GapJson;
import pasokh.questions.GapReport;
import pasokh.questions.GapThresholds;
import pasokh.search.SearchService;
import pasokh.store.Database;
import pasokh.store.QuestionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `gaps`: what the knowledge base does not answer, from the imported questions. */
@Command(name = "gaps",
        header = "Report the questions the knowledge base does not answer well, ranked by demand.",
        description = {
            "Groups the imported questions with their near-duplicates, matches each group against the articles"
                    + " with the site's search and prints the groups by demand with a verdict (covered, weak,"
                    + " missing), the best article, trend and channels. --calibrate instead measures the verdict"
                    + " thresholds on labelled questions."})
final class GapsCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the report as JSON to FILE")
    private Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the report as CSV to FILE")
    private Path csv;

    @Option(names = "--since", paramLabel = "DATE", defaultValue = "1300-01-01",
            description = "first day (ISO or Jalali; default: ${DEFAULT-VALUE}, everything)")
    private String since;

    @Option(names = "--until", paramLabel = "DATE", defaultValue = "today",
            description = "last day (ISO or Jalali; default: ${DEFAULT-VALUE})")
    private String until;

    @Option(names = "--groups", paramLabel = "N", defaultValue = "500",
            description = "how many groups, by demand, are matched and reported (default: ${DEFAULT-VALUE})")
    private int groups;

    @Option(names = "--calibrate", paramLabel = "FILE", arity = "0..1", fallbackValue = "eval/gaps/labelled.tsv",
            description = "measure the thresholds on labelled questions (default file: ${FALLBACK-VALUE})"
                    + " and print the best ones instead of a report")
    private Path calibrate;

    @Override
    public Integer call() throws IOException {
        Ranges.within(spec, "--groups", groups, 1, 100_000);
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeBase kb = KnowledgeBase.open(knowledgeBase.paths(), new MarkdownRenderer(),
                KnowledgeBase.Storage.MEMORY)) {
            ArticleMatcher matcher = new ArticleMatcher(kb, new SearchService(kb));
            GapThresholds thresholds = GapThresholds.load(knowledgeBase.paths().config());
            if (calibrate != null) return calibrate(out, matcher, thresholds);
            LocalDate from = day("--since", since);
            LocalDate to = until.equals("today") ? LocalDate.now(Portal.READERS_ZONE) : day("--until", until);
            if (to.isBefore(from)) throw new ParameterException(spec.commandLine(), "--until is before --since");
            GapAnalysis analysis = new GapAnalysis(new QuestionRepository(Database.open(knowledgeBase.paths().data())),
                    matcher, thresholds, java.time.Clock.system(Portal.READERS_ZONE));
            GapReport report = analysis.report(from, to, groups);
            print(out, report);
            if (json != null) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
                    mapper.writeValue(w, GapJson.of(report));
                }
            }
            if (csv != null) {
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    GapCsv.write(report, w);
                }
            }
        }
        return ExitCodes.DONE;
    }

    private static void print(PrintWriter out, GapReport r) {
        out.printf("%,d questions, %,d distinct texts, %d groups reported (%s to %s, Jalali)%n", r.questions(),
                r.texts(), r.groups().size(), JalaliDate.of(r.from()), JalaliDate.of(r.to()));
        out.printf("%4s  %-8s %7s %6s  %-34s %s%n", "RANK", "VERDICT", "SIZE", "TREND", "BEST ARTICLE (SCORE, COVER)",
                "REPRESENTATIVE");
        int rank = 0;
        for (GapGroup g : r.groups()) {
            String best = g.match().best().map(s -> String.format("%s (%.1f, %.2f)", s, g.match().score(),
                    g.match().coverage())).orElse("-");
            out.printf("%4d  %-8s %7d %6.2f  %-34s %s%n", ++rank, g.verdict().id(), g.size(), g.trend(), best,
                    g.representative());
        }
        if (!r.rising().isEmpty()) {
            out.println();
            out.println("Rising fastest (last 7 days against the 4 weeks before):");
            for (GapGroup g : r.rising()) out.printf("  %.1fx  %-8s %s%n", g.trend(), g.verdict().id(), g.representative());
        }
    }

    private int calibrate(PrintWriter out, ArticleMatcher matcher, GapThresholds current) throws IOException {
        var examples = GapCalibration.read(calibrate);
        GapCalibration calibration = new GapCalibration(matcher);
        GapCalibration.Figures now = calibration.measure(examples, current);
        GapCalibration.Figures best = calibration.calibrate(examples);
        out.println(examples.size() + " labelled questions in " + calibrate + ": " + now.covered() + " covered, "
                + now.missing() + " missing");
        out.println("current thresholds " + current + ":");
        describe(out, now);
        out.println("best thresholds " + best.thresholds() + ":");
        describe(out, best);
        out.printf("gaps.properties:%n  missing.max-coverage=%s%n  missing.max-score=%s%n  weak.max-coverage=%s%n"
                        + "  weak.max-score=%s%n", best.thresholds().missingCoverage(), best.thresholds().missingScore(),
                best.thresholds().weakCoverage(), best.thresholds().weakScore());
        return ExitCodes.DONE;
    }

    private static void describe(PrintWriter out, GapCalibration.Figures f) {
        out.printf("  unanswered flagged missing or weak: %d/%d (recall %.3f), of them missing: %d; precision of"
                        + " flags %.3f%n", f.missingFlagged(), f.missing(), f.flaggedRecall(), f.missingCalledMissing(),
                f.flaggedPrecision());
        out.printf("  answered called missing: %d/%d (%.3f); flagged at all: %d (%.3f); best article right: %d%n",
                f.coveredCalledMissing(), f.covered(), f.coveredMissingRate(), f.coveredFlagged(),
                f.coveredFlaggedRate(), f.coveredRightArticle());
    }

    private LocalDate day(String option, String text) {
        return JalaliDate.parseTyped(text).orElseThrow(() -> new ParameterException(
                spec.commandLine(), option + ": '" + text + "' is not a date (write 2026-11-22 or 1405-09-01)"));
    }
}
