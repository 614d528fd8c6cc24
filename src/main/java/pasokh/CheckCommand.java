package pasokh;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import pasokh.article.ArticleSet;
import pasokh.article.Problem;

/** `check`: every problem of every article as path:line: message, for editors and CI. */
final class CheckCommand implements Command {

    @Override
    public String usage() {
        return """
                Usage: java -jar target/pasokh.jar check [--articles DIR] [--config DIR]

                Validates every article: front matter, fields, category, lengths, dates, duplicate slugs and
                questions, internal links, SMS texts, required topics. Prints one `path:line: message` line per
                problem and exits 1 if there is any, 0 when all articles are clean.
                """;
    }

    @Override
    public int run(CliOptions options, PrintStream out, PrintStream err) throws Exception {
        ArticleSet set;
        try {
            set = LoadedArticles.load(options.paths()).articles();
        } catch (java.io.IOException e) {
            err.println("Error: " + e.getMessage());
            return 1;
        }
        List<Problem> problems = set.problems().stream()
                .sorted(Comparator.comparing((Problem p) -> p.path().toString()).thenComparingInt(Problem::line))
                .toList();
        problems.forEach(out::println);
        if (problems.isEmpty()) {
            err.println("All " + set.all().size() + " articles are valid.");
            return 0;
        }
        err.println(problems.size() + " problem(s) in " + problems.stream().map(Problem::path).distinct().count() + " file(s).");
        return 1;
    }
}
