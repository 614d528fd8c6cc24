package pasokh.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes, the same for every command, so that a script or CI job can tell "the articles have
 * problems" (fix the articles) from "the command could not run" (fix the command line or the config).
 */
final class ExitCodes {

    static final int DONE = 0;
    static final int PROBLEMS = 1;
    static final int CANNOT_RUN = 2;

    private static final Map<String, String> DESCRIBED = describe();

    private ExitCodes() {}

    private static Map<String, String> describe() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(String.valueOf(DONE), "done; for check, every article is valid");
        codes.put(String.valueOf(PROBLEMS), "the command ran and found problems (check: invalid articles;"
                + " bench: failed requests), or failed while running");
        codes.put(String.valueOf(CANNOT_RUN), "the command could not run as asked: unknown command or option,"
                + " bad option value, missing articles or config folder, broken config file, a user change refused"
                + " (name taken or malformed, unknown user or role, password under 10 characters)");
        return codes;
    }

    /** Code to meaning, in order, as `--help` and the README list them. */
    static Map<String, String> described() {
        return DESCRIBED;
    }
}
