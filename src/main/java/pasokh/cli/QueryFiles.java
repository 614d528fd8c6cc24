package pasokh.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import pasokh.bench.QuerySet;
import picocli.CommandLine.Option;

/** {@code --queries}, mixed into both benchmarks so they send the same queries unless told otherwise. */
final class QueryFiles {

    /** Every judged query the project has; a constant string because picocli defaults must be. */
    static final String EVAL_FILES =
            "eval/judgments.tsv,eval/holdout.tsv,eval/dev.tsv,eval/holdout-2.tsv,eval/holdout-3.tsv";

    @Option(names = "--queries", paramLabel = "FILE", split = ",", defaultValue = EVAL_FILES,
            description = "judgment files (query TAB slugs TAB class) whose queries are sent, each distinct query"
                    + " once, in file order; repeat the option or separate files with commas"
                    + " (default: ${DEFAULT-VALUE})")
    private List<Path> files;

    /** Fails with an IOException naming a file that is missing or holds no query. */
    QuerySet read() throws IOException {
        return QuerySet.read(files);
    }
}
