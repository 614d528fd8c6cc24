package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import pasokh.LoadedArticles;
import pasokh.article.ArticleSet;
import pasokh.article.Problem;
import pasokh.article.ReviewDates;
import pasokh.Portal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `check`: every problem of every article as path:line: message, for editors and CI. */
@Command(name = "check",
        header = "Validate every article; print path:line: message for each problem.",
        description = {
            "Validates every article: front matter, fields, category, lengths, dates, duplicate slugs and questions,"
                    + " internal links, SMS texts, required topics. Prints one `path:line: message` line per problem"
                    + " and exits 1 if there is any, 0 when all articles are clean."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleSet set = LoadedArticles.load(knowledgeBase.paths()).articles();
        List<Problem> all = new java.util.ArrayList<>(set.problems());
        all.addAll(ReviewDates.overdue(set, java.time.LocalDate.now(Portal.READERS_ZONE)));
        List<Problem> problems = all.stream()
                .sorted(Comparator.comparing((Problem p) -> p.path().toString()).thenComparingInt(Problem::line))
                .toList();
        problems.forEach(out::println);
        if (problems.isEmpty()) {
            err.println("All " + set.all().size() + " articles are valid.");
            return ExitCodes.DONE;
        }
        long files = problems.stream().map(Problem::path).distinct().count();
        err.println(problems.size() + " problem(s) in " + files + " file(s).");
        return ExitCodes.PROBLEMS;
    }
}
