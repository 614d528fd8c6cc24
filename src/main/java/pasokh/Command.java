package pasokh;

import java.io.PrintStream;
import java.util.Set;

/** One subcommand of the command line. */
interface Command {

    /** The text `--help` prints. */
    String usage();

    /** Flags this command takes besides --articles, --config and --data. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs the command; returns the exit code. */
    int run(CliOptions options, PrintStream out, PrintStream err) throws Exception;
}
