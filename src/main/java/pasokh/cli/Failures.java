package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import pasokh.account.InvalidAccountException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into one short message and an exit code. A wrong command line gets the message, the
 * closest option or command picocli can suggest, and the synopsis; a file or folder that can't be read gets the
 * loader's own message (which names the file) and no stack trace: neither is a bug.
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(unknownCommand(e).map(word -> "Unknown command '" + word + "'.").orElse(e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        if (command.getParent() == null) {
            // The top level's help is the list of commands: short, and what someone who typed a wrong one needs.
            err.println();
            command.usage(err);
        } else {
            String heading = "Usage: ";
            err.print(heading + command.getHelp().synopsis(heading.length()));
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        return ExitCodes.CANNOT_RUN;
    }

    /** A word where a command was expected: picocli calls it an unmatched argument of the top level. */
    private static Optional<String> unknownCommand(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.isUnknownOption()
                && e.getCommandLine().getParent() == null && !unmatched.getUnmatched().isEmpty()) {
            return Optional.of(unmatched.getUnmatched().getFirst());
        }
        return Optional.empty();
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (cannotRun(e)) {
            err.println("Error: " + message(e));
            return ExitCodes.CANNOT_RUN;
        }
        err.println("Error: " + e);
        return ExitCodes.PROBLEMS;
    }

    /**
     * The loaders report a missing folder or a broken config file as an IOException naming the file, and
     * `serve` reports an address it can't listen on the same way: the command could not start.
     */
    private static boolean cannotRun(Exception e) {
        return e instanceof IOException || e instanceof InvalidAccountException;
    }

    private static String message(Exception e) {
        // Files.readAllLines and friends say only the path; say what is wrong with it.
        if (e instanceof NoSuchFileException missing) return missing.getFile() + ": file not found";
        return e.getMessage();
    }
}
