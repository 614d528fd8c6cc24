package pasokh.cli;

import java.util.Locale;
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

    /** The same for a number of seconds; NaN is out of every range. */
    static double within(CommandSpec spec, String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "%s must be between %s and %s, not %s", option, plain(min), plain(max), plain(value)));
        }
        return value;
    }

    private static String plain(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value)
                : Double.toString(value);
    }
}
