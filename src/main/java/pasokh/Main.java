package pasokh;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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

    private static final Map<String, Command> COMMANDS = Map.of(
            "serve", new ServeCommand(),
            "check", new CheckCommand(),
            "eval", new EvalCommand(),
            "bench", new BenchCommand());

    private Main() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code != 0) System.exit(code);
    }

    /** Returns the exit code: 0 done, 1 the command found problems or failed, 2 the command line was wrong. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help") || args[0].equals("-h")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("Unknown command '" + args[0] + "'.\n");
            err.print(USAGE);
            return 2;
        }
        try {
            CliOptions options = CliOptions.parse(args, 1, command.flags());
            if (options.help()) {
                out.print(command.usage());
                return 0;
            }
            return command.run(options, out, err);
        } catch (CliOptions.UsageException e) {
            err.println("Error: " + e.getMessage() + "\n");
            err.print(command.usage());
            return 2;
        } catch (IOException e) {
            err.println("Error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("Error: " + e);
            return 1;
        }
    }
}
