package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's "Command line" section is what people read instead of `--help`: it must name every option
 * `--help` lists, with the same default, and the exit codes in the same words. A new option fails here until
 * it is documented.
 */
class ReadmeCommandLineTest {

    static String section;
    static CommandLine cli;

    @BeforeAll
    static void read() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Command line\n");
        assertTrue(start >= 0, "README has a 'Command line' section");
        int end = readme.indexOf("\n## ", start + 1);
        section = readme.substring(start, end < 0 ? readme.length() : end);
        cli = new CommandLine(new Main());
    }

    @Test
    void everyCommandHasARow() {
        for (String command : commands().keySet()) {
            assertNotNull(row(command), "a table row for " + command);
        }
    }

    @Test
    void everyCommandsOwnOptionsAreInItsRowWithTheirDefaults() {
        Set<String> shared = sharedOptionNames();
        commands().forEach((name, spec) -> {
            String row = row(name);
            for (OptionSpec option : spec.options()) {
                if (shared.contains(option.longestName())) continue;
                assertTrue(row.contains("`" + written(option) + "`"), written(option) + " in the row of " + name);
                // an option without a default (audit's --since) says so in words
                if (!option.typeInfo().isBoolean() && option.defaultValue() != null) {
                    assertTrue(row.contains("(`" + option.defaultValue() + "`"),
                            option.longestName() + "'s default " + option.defaultValue() + " in the row of " + name);
                }
            }
        });
    }

    @Test
    void theOptionsEveryCommandTakesAreListedWithTheirDefaults() {
        CommandSpec folders = CommandSpec.forAnnotatedObject(new KnowledgeBaseOptions());
        for (OptionSpec option : folders.options()) {
            assertTrue(section.contains("| `" + written(option) + "` | `" + option.defaultValue() + "` |"),
                    written(option) + " with its default");
        }
        assertTrue(section.contains("| `-h`, `--help` |"), "--help is listed");
    }

    @Test
    void theExitCodesReadAsInHelp() {
        ExitCodes.described().forEach((code, meaning) ->
                assertTrue(section.contains("| " + code + " | " + meaning + " |"), "exit code " + code));
    }

    private static Map<String, CommandSpec> commands() {
        return cli.getSubcommands().entrySet().stream()
                .filter(e -> !e.getKey().equals("help"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getCommandSpec()));
    }

    private static Set<String> sharedOptionNames() {
        Set<String> names = CommandSpec.forAnnotatedObject(new KnowledgeBaseOptions()).options().stream()
                .map(OptionSpec::longestName).collect(Collectors.toSet());
        names.add("--help");
        return names;
    }

    /** As `--help` writes it: {@code --port=PORT}, or the bare name of a flag. */
    private static String written(OptionSpec option) {
        return option.typeInfo().isBoolean() ? option.longestName() : option.longestName() + "=" + option.paramLabel();
    }

    private static String row(String command) {
        return section.lines().filter(l -> l.startsWith("| `" + command + "` |")).findFirst().orElse(null);
    }
}
