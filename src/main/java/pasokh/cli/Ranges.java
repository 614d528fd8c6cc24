package pasokh.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Bounds on numeric options; out of bounds is a usage error (exit 2), reported like picocli's own. */
final class Ranges {

    private Ranges() {}

    static int within(CommandSpec spec, String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
