package pasokh.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/** The command line: {@code pasokh <command> [options]}, the main class of target/pasokh.jar. */
@Command(name = "pasokh",
        description = "Pasokh: the Social Security Organization's Persian FAQ portal.",
        synopsisSubcommandLabel = "<command>",
        subcommands = {ServeCommand.class, CheckCommand.class, EvalCommand.class, BenchCommand.class, ImportQuestionsCommand.class, GapsCommand.class, UserCommand.class,
                AuditCommand.class,
                HelpCommand.class},
        footerHeading = "%n",
        footer = "'pasokh <command> --help' describes one command.")
public final class Main {

    @Mixin
    private HelpOption help;

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        // Not on 0: `serve` has returned but its server threads must keep the process alive.
        if (code != 0) System.exit(code);
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}); never exits the JVM. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, out.charset()), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, err.charset()), true);
        Failures failures = new Failures();
        CommandLine cli = new CommandLine(new Main())
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(failures)
                .setExecutionExceptionHandler(failures);
        HelpLayout.apply(cli);
        try {
            return cli.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }
}
