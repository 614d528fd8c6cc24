package pasokh.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h}/{@code --help}, mixed into every command. A mixin rather than an inherited option, because
 * picocli's {@code help} command declares its own {@code -h} and the two would clash.
 */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "print this help and exit")
    private boolean help;
}
