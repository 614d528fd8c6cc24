package pasokh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flags every command shares ({@code --articles}, {@code --config}, {@code --data}) plus the ones a
 * command adds. Unknown flags are errors, not silently ignored: a typo must not start a server on the
 * wrong folder.
 */
final class CliOptions {

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private static final Set<String> SHARED = Set.of("articles", "config", "data");
    /** Flags that take no value. */
    private static final Set<String> BOOLEAN_FLAGS = Set.of("misses");

    private final Map<String, String> values;
    private final List<String> positional;
    private final boolean help;

    private CliOptions(Map<String, String> values, List<String> positional, boolean help) {
        this.values = values;
        this.positional = positional;
        this.help = help;
    }

    static CliOptions parse(String[] args, int from, Set<String> extraFlags) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean help = false;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!SHARED.contains(name) && !extraFlags.contains(name)) throw new UsageException("unknown option --" + name);
                if (value == null && BOOLEAN_FLAGS.contains(name)) {
                    value = "true";
                } else if (value == null) {
                    if (i + 1 >= args.length) throw new UsageException("--" + name + " needs a value");
                    value = args[++i];
                }
                values.put(name, value);
            } else {
                positional.add(arg);
            }
        }
        return new CliOptions(values, positional, help);
    }

    boolean help() {
        return help;
    }

    List<String> positional() {
        return positional;
    }

    PortalPaths paths() {
        PortalPaths d = PortalPaths.defaults();
        return new PortalPaths(path("articles", d.articles()), path("config", d.config()), path("data", d.data()));
    }

    int integer(String name, int fallback, int min, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new UsageException("--" + name + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + v + "'");
        }
    }

    /** A flag without a value, like --misses. */
    boolean flag(String name) {
        return "true".equals(values.get(name));
    }

    Path path(String name, Path fallback) {
        String v = values.get(name);
        return v == null ? fallback : Path.of(v);
    }
}
