package pasokh.questions;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pasokh.analysis.PersianAnalysis;
import pasokh.store.QuestionRepository;
import pasokh.store.QuestionWriter;

/**
 * Imports CRM question logs: each file read ({@link LogFileReader}), each row checked and scrubbed
 * ({@link RowChecker}) and analysed ({@link QuestionText}) in batches on every core while the next batch is
 * read, then stored in one transaction per batch, in the order read ({@link ImportPipeline}). A row already
 * stored is counted and left alone, so importing a file again adds nothing.
 */
public final class QuestionImporter {

    public record Options(Charset encoding, Character delimiter, String source) {
        public static final Options DETECT = new Options(null, null, null);
    }

    /** Told about bytes read so far, out of all the files' sizes together. */
    public interface Progress {
        void advanced(long bytesRead, long totalBytes);

        Progress NONE = (read, total) -> {};
    }

    private static final int BATCH = 5_000;
    /** Wordings repeat a great deal in a day's log; analysing each once pays for the map many times over. */
    private static final int MAX_CACHED = 200_000;

    /** A wording as stored: its analysed form and that form's signature, made once per distinct wording. */
    private record Analysed(String normal, byte[] signature) {}

    /** One batch checked: the rows to store and the problems of those that were refused. */
    private record Prepared(List<QuestionRepository.NewQuestion> rows, List<ImportProblem> problems) {}

    private final QuestionRepository repository;
    private final Supplier<PersianAnalysis> analysis;
    private final ZoneId zone;
    private final Map<String, Analysed> analysed = new ConcurrentHashMap<>();
    private final Map<String, byte[]> signatures = new ConcurrentHashMap<>();

    public QuestionImporter(QuestionRepository repository, Supplier<PersianAnalysis> analysis, ZoneId zone) {
        this.repository = repository;
        this.analysis = analysis;
        this.zone = zone;
    }

    /**
     * @param problems told about each row that was skipped, as {@code file:line: reason}, one at a time (from
     *                 more than one thread)
     * @throws IOException when a file cannot be read at all (missing, no time/channel/text column); the files
     *                     before it stay imported
     */
    public ImportSummary importFiles(List<Path> files, Options options, Progress progress,
                                     Consumer<ImportProblem> problems) throws IOException {
        long total = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) throw new IOException(f + ": file not found");
            total += Files.size(f);
        }
        LogFileReader reader = new LogFileReader(new LogFileReader.Options(options.encoding(), options.delimiter()));
        PersianAnalysis chain = analysis.get();
        Object lock = new Object();
        Consumer<ImportProblem> told = p -> {
            synchronized (lock) {
                problems.accept(p);
            }
        };
        // read problems are counted by the reading thread, the rest by the storing one
        long[] unreadable = new long[1];
        long[] stored = new long[3];
        try (QuestionWriter writer = repository.writer();
             ImportPipeline<Batch, Prepared> pipeline = new ImportPipeline<>(b -> prepare(b, chain),
                     p -> store(p, writer, stored, told))) {
            IOException failure = null;
            long done = 0;
            try {
                for (Path f : files) {
                    String source = options.source() != null ? options.source() : f.getFileName().toString();
                    RowChecker checker = new RowChecker(zone, PersonalData.scrub(source));
                    var batch = new Object() {
                        List<LogRow> rows = new ArrayList<>(BATCH);
                    };
                    long before = done;
                    long grandTotal = total;
                    reader.read(f, row -> {
                        batch.rows.add(row);
                        if (batch.rows.size() == BATCH) {
                            pipeline.submit(new Batch(batch.rows, checker));
                            batch.rows = new ArrayList<>(BATCH);
                        }
                    }, problem -> {
                        unreadable[0]++;
                        told.accept(problem);
                    }, bytes -> progress.advanced(before + bytes, grandTotal));
                    if (!batch.rows.isEmpty()) pipeline.submit(new Batch(batch.rows, checker));
                    done += Files.size(f);
                }
            } catch (IOException e) {
                failure = e;
            }
            // what was read before a failure is stored all the same
            pipeline.finish();
            writer.commit();
            if (failure != null) throw failure;
        }
        progress.advanced(total, total);
        long skipped = unreadable[0] + stored[2];
        return new ImportSummary(stored[0] + stored[1] + skipped, stored[0], stored[1], skipped);
    }

    private record Batch(List<LogRow> rows, RowChecker checker) {}

    private Prepared prepare(Batch batch, PersianAnalysis chain) {
        List<QuestionRepository.NewQuestion> rows = new ArrayList<>(batch.rows().size());
        List<ImportProblem> problems = new ArrayList<>();
        for (LogRow row : batch.rows()) {
            switch (batch.checker().check(row)) {
                case RowChecker.Refused refused -> problems.add(refused.problem());
                case RowChecker.Accepted accepted -> rows.add(newQuestion(accepted.question(), chain));
            }
        }
        // in the order of their keys, which the store's unique index is in; sorted here, on every core,
        // rather than on the one thread that stores (the first wording of a text in a batch becomes its sample)
        rows.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        return new Prepared(rows, problems);
    }

    /** @param counts imported, already present, refused */
    private static void store(Prepared p, QuestionWriter writer, long[] counts, Consumer<ImportProblem> problems) {
        p.problems().forEach(problems);
        counts[2] += p.problems().size();
        int added = writer.addAll(p.rows());
        counts[0] += added;
        counts[1] += p.rows().size() - added;
    }

    private QuestionRepository.NewQuestion newQuestion(Question q, PersianAnalysis chain) {
        if (analysed.size() > MAX_CACHED) analysed.clear();
        Analysed text = analysed.computeIfAbsent(q.text(), t -> {
            QuestionText read = QuestionText.read(chain, t);
            // many wordings analyse alike: their analysed form's signature is made once
            byte[] signature = signatures.get(read.normal());
            if (signature == null) {
                if (signatures.size() > MAX_CACHED) signatures.clear();
                signature = read.signature();
                signatures.put(read.normal(), signature);
            }
            return new Analysed(read.normal(), signature);
        });
        return new QuestionRepository.NewQuestion(q.key(), q.at().toEpochMilli(), day(q.at()), q.channel().id(),
                q.source(), q.province(), q.category(), q.outcome(), q.article(), text.normal(), text.signature(),
                q.text());
    }

    private long day(Instant at) {
        return at.atZone(zone).toLocalDate().toEpochDay();
    }
}
