package pasokh.questions;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import pasokh.analysis.PersianAnalysis;
import pasokh.store.QuestionRepository;

/**
 * Imports CRM question logs: each file read ({@link LogFileReader}), each row checked and scrubbed
 * ({@link RowChecker}) and analysed ({@link QuestionText}) in parallel batches, then stored in one transaction
 * per batch. A row already stored is counted and left alone, so importing a file again adds nothing.
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

    private static final int BATCH = 20_000;
    /** Wordings repeat a great deal in a day's log; analysing each once pays for the map many times over. */
    private static final int MAX_CACHED = 200_000;

    private final QuestionRepository repository;
    private final Supplier<PersianAnalysis> analysis;
    private final ZoneId zone;
    private final Map<String, QuestionText> analysed = new ConcurrentHashMap<>();

    public QuestionImporter(QuestionRepository repository, Supplier<PersianAnalysis> analysis, ZoneId zone) {
        this.repository = repository;
        this.analysis = analysis;
        this.zone = zone;
    }

    /**
     * @param problems told about each row that was skipped, as {@code file:line: reason}
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
        long[] counts = new long[4];
        long done = 0;
        for (Path f : files) {
            String source = options.source() != null ? options.source() : f.getFileName().toString();
            RowChecker checker = new RowChecker(zone, PersonalData.scrub(source));
            List<LogRow> batch = new ArrayList<>(BATCH);
            long before = done;
            long grandTotal = total;
            reader.read(f, row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    store(batch, checker, chain, counts, problems);
                    batch.clear();
                }
            }, problem -> {
                counts[0]++;
                counts[3]++;
                problems.accept(problem);
            }, bytes -> progress.advanced(before + bytes, grandTotal));
            store(batch, checker, chain, counts, problems);
            done += Files.size(f);
        }
        progress.advanced(total, total);
        return new ImportSummary(counts[0], counts[1], counts[2], counts[3]);
    }

    private void store(List<LogRow> rows, RowChecker checker, PersianAnalysis chain, long[] counts,
                       Consumer<ImportProblem> problems) {
        if (rows.isEmpty()) return;
        // checking, scrubbing and analysis run on every core; storing is one writer
        List<Object> prepared = rows.parallelStream().map(row -> switch (checker.check(row)) {
            case RowChecker.Refused refused -> (Object) refused.problem();
            case RowChecker.Accepted accepted -> newQuestion(accepted.question(), chain);
        }).toList();
        List<QuestionRepository.NewQuestion> batch = new ArrayList<>(prepared.size());
        for (Object p : prepared) {
            counts[0]++;
            if (p instanceof ImportProblem problem) {
                counts[3]++;
                problems.accept(problem);
            } else {
                batch.add((QuestionRepository.NewQuestion) p);
            }
        }
        int added = repository.addAll(batch);
        counts[1] += added;
        counts[2] += batch.size() - added;
    }

    private QuestionRepository.NewQuestion newQuestion(Question q, PersianAnalysis chain) {
        if (analysed.size() > MAX_CACHED) analysed.clear();
        QuestionText text = analysed.computeIfAbsent(q.text(), t -> QuestionText.read(chain, t));
        return new QuestionRepository.NewQuestion(q.key(), q.at().toEpochMilli(), day(q.at()), q.channel().id(),
                q.source(), q.province(), q.category(), q.outcome(), q.article(), text.normal(),
                MinHash.toBytes(MinHash.of(text.shingles())), q.text());
    }

    private long day(Instant at) {
        return at.atZone(zone).toLocalDate().toEpochDay();
    }
}
