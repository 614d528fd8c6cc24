package pasokh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import pasokh.Portal;
import pasokh.article.MarkdownRenderer;
import pasokh.knowledge.KnowledgeBase;
import pasokh.questions.ImportSummary;
import pasokh.questions.QuestionImporter;
import pasokh.store.Database;
import pasokh.store.QuestionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `import-questions`: CRM question logs into the database, scrubbed of personal numbers on the way in. */
@Command(name = "import-questions",
        header = "Import CRM question logs (CSV or JSON Lines), scrubbed of personal numbers.",
        description = {
            "Reads each FILE: CSV with a header row (comma, semicolon or tab; UTF-8 with or without BOM, UTF-16"
                    + " with BOM or Windows-1256, all detected) or JSON Lines, with the columns time, channel and"
                    + " text (id, province, category, outcome, article optional; Persian names accepted)."
                    + " Personal numbers are replaced by placeholders before anything is stored. A bad row is"
                    + " reported as file:line: reason and skipped; a row already imported is not added again."})
final class ImportQuestionsCommand implements Callable<Integer> {

    /** More than this many bad rows are counted but not each printed: a wrong file must not flood a terminal. */
    private static final int MAX_PRINTED = 200;

    @Mixin
    private HelpOption help;

    @Mixin
    private KnowledgeBaseOptions knowledgeBase;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "log files to import")
    private List<Path> files;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "detect",
            description = "the files' encoding, e.g. UTF-8, UTF-16, windows-1256 (default: ${DEFAULT-VALUE})")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = "detect",
            description = "the CSV delimiter: ',', ';' or 'tab' (default: ${DEFAULT-VALUE})")
    private String delimiter;

    @Option(names = "--source", paramLabel = "NAME", defaultValue = "the file name",
            description = "where the rows come from, kept with each row (default: ${DEFAULT-VALUE})")
    private String source;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        QuestionImporter.Options options = new QuestionImporter.Options(charset(), delimiterChar(),
                source.equals("the file name") ? null : source);
        AtomicLong problems = new AtomicLong();
        ImportSummary summary;
        try (KnowledgeBase kb = KnowledgeBase.open(knowledgeBase.paths(), new MarkdownRenderer(),
                KnowledgeBase.Storage.MEMORY)) {
            QuestionImporter importer = new QuestionImporter(
                    new QuestionRepository(Database.open(knowledgeBase.paths().data())), () -> kb.current().analysis(),
                    Portal.READERS_ZONE);
            QuestionImporter.Progress bar = ProgressBar.onTerminal(err, "importing");
            summary = importer.importFiles(files, options, bar, problem -> {
                if (problems.incrementAndGet() <= MAX_PRINTED) {
                    // the bar's line is cleared first, so the problem is not printed over it
                    err.println((bar == QuestionImporter.Progress.NONE ? "" : "\r\033[K") + problem);
                }
            });
        }
        if (problems.get() > MAX_PRINTED) err.println((problems.get() - MAX_PRINTED) + " more skipped row(s) not listed.");
        out.println("Questions: " + summary + ".");
        return ExitCodes.DONE;
    }

    private Charset charset() {
        if (encoding.equals("detect")) return null;
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), "--encoding: unknown encoding '" + encoding
                    + "' (try UTF-8, UTF-16 or windows-1256)");
        }
    }

    private Character delimiterChar() {
        return switch (delimiter) {
            case "detect" -> null;
            case "tab", "\\t", "\t" -> '\t';
            case ",", ";", "|" -> delimiter.charAt(0);
            default -> throw new ParameterException(spec.commandLine(), "--delimiter: use ',', ';', '|' or 'tab', not '"
                    + delimiter + "'");
        };
    }
}
