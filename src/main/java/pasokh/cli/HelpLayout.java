package pasokh.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * One layout for every command's `--help`: set here once rather than repeated in each annotation, and the
 * exit-code list (a map, which annotations can't share) added to all of them.
 */
final class HelpLayout {

    private HelpLayout() {}

    static void apply(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.descriptionHeading("%n")
                .optionListHeading("%nOptions:%n")
                .commandListHeading("%nCommands:%n")
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.described());
        command.getSubcommands().values().forEach(HelpLayout::apply);
    }
}
