package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import pasokh.Portal;
import pasokh.article.JalaliDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `audit`: the audit log, oldest first, one tab-separated line per entry (easy to grep, cut or import). */
@Command(name = "audit",
        header = "Print the audit log: sign-ins, sign-outs, failures and account changes.",
        description = {
            "Prints one line per entry, oldest first: time (Tehran), actor, action, target, address, detail,"
                    + " separated by tabs. A tab, line break or backslash inside a field is written \\t, \\n"
                    + " or \\\\."})
final class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(Portal.READERS_ZONE);

    @Mixin
    private HelpOption help;

    @Mixin
    private DataFolderOption data;

    @Spec
    private CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE",
            description = "only entries from this day on (Tehran time): 2026-11-22 or Jalali 1405-09-01 / 1405/09/01")
    private String since;

    @Override
    public Integer call() throws IOException {
        Instant from = Instant.EPOCH;
        if (since != null) {
            LocalDate day = JalaliDate.parseTyped(since).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "--since: '" + since + "' is not a date (write 2026-11-22 or 1405-09-01)"));
            from = day.atStartOfDay(Portal.READERS_ZONE).toInstant();
        }
        PrintWriter out = spec.commandLine().getOut();
        AtomicLong count = new AtomicLong();
        data.accounts().audit().forEachSince(from, e -> {
            out.println(String.join("\t", TIME.format(e.at()), field(e.actor()), field(e.action()),
                    field(e.target()), field(e.address()), field(e.detail())));
            count.incrementAndGet();
        });
        spec.commandLine().getErr().println(count.get() + " entr" + (count.get() == 1 ? "y" : "ies") + ".");
        return ExitCodes.DONE;
    }

    /**
     * One field of a line. The name tried at a failed sign-in is logged as typed, so a field can hold a tab
     * or a line break: written as backslash-t, backslash-n, backslash-r (other control characters as
     * backslash-u and four hex digits, a backslash as two), so that one entry stays one line of six fields
     * and cannot pass for another.
     */
    private static String field(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) b.append(String.format("\\u%04x", c));
                    else b.appendCodePoint(c);
                }
            }
        });
        return b.toString();
    }
}
