package pasokh.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import pasokh.questions.Channel;

/**
 * A realistic CRM question log, to measure the import and the gap report at national volume: about five
 * months of the office's questions across the exports it arrives in ({@link LogFormat}), plus one more day
 * in a file of its own, for the incremental import.
 *
 * <p>Questions are the project's own (articles' {@code questions:} and the calibration's labelled ones,
 * {@link QuestionSeeds}), asked with a heavy-tailed popularity ({@link Popularity}) and reworded on every
 * asking ({@link Rewording}): greetings, spoken forms, half-spaces, Arabic letters, typos, personal numbers.
 * Days follow the office's week (Thursday half, Friday almost nothing), hours the channel's. About 0.5% of
 * rows are broken on purpose, each in one way an import must skip ({@link LogLine.Fault}).
 *
 * <p>Deterministic: the same plan and seed write byte-identical files. The target folder is replaced only if
 * it is empty or holds {@value #MARKER}.
 */
public final class SyntheticQuestionLog {

    public static final String MARKER = ".synthetic-question-log";
    /** 1 Tir 1404: five months of it end in Aban. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 6, 22);
    public static final int DAYS = 150;
    private static final String NEXT_DAY_PREFIX = "next-day-";
    private static final int FAULTS_PER_10000 = 50;

    /** @param labelled the calibration's labelled questions, or null to ask only the articles' ones */
    public record Plan(long lines, long seed, Path articles, Path labelled, Path target) {
        public Plan {
            if (lines < 1) throw new IllegalArgumentException("a log needs at least one line");
        }
    }

    /** One file written: rows (the header not counted), of them broken on purpose, and its size. */
    public record LogFile(Path path, String format, long rows, long faulty, long bytes) {}

    /**
     * @param files        the period's files, one per format
     * @param nextDay      the day after the period, in the CRM's CSV
     * @param withPersonal rows whose text carries a personal number, in all files
     */
    public record Report(List<LogFile> files, LogFile nextDay, LocalDate firstDay, LocalDate lastDay, int questions,
                         long withPersonal) {
        public Report {
            files = List.copyOf(files);
        }

        public long rows() {
            return files.stream().mapToLong(LogFile::rows).sum();
        }

        public long faulty() {
            return files.stream().mapToLong(LogFile::faulty).sum();
        }

        public long bytes() {
            return files.stream().mapToLong(LogFile::bytes).sum();
        }

        public List<Path> paths() {
            return files.stream().map(LogFile::path).toList();
        }
    }

    private final SplittableRandom random;
    private final Popularity popularity;
    private final Rewording rewording;
    private long serial;
    private long withPersonal;

    private SyntheticQuestionLog(List<QuestionSeeds.Seed> seeds, long seed) {
        this.random = new SplittableRandom(seed);
        this.popularity = new Popularity(seeds, DAYS, random);
        this.rewording = new Rewording(random, new PersonalNumbers(random));
    }

    /** @throws IOException when the target holds files this generator did not make, or a file cannot be written */
    public static Report generate(Plan plan) throws IOException {
        List<QuestionSeeds.Seed> seeds = QuestionSeeds.load(plan.articles(), plan.labelled());
        prepare(plan.target(), plan);
        SyntheticQuestionLog log = new SyntheticQuestionLog(seeds, plan.seed());
        double[] weights = new double[DAYS + 1];
        double period = 0;
        for (int d = 0; d <= DAYS; d++) {
            weights[d] = dayWeight(d);
            if (d < DAYS) period += weights[d];
        }
        Map<LogFormat, LogFileWriter> writers = new EnumMap<>(LogFormat.class);
        List<LogFile> files = new ArrayList<>();
        try {
            for (LogFormat f : LogFormat.values()) writers.put(f, new LogFileWriter(f, plan.target().resolve(f.fileName)));
            double before = 0;
            for (int d = 0; d < DAYS; d++) {
                long from = Math.round(plan.lines() * before / period);
                before += weights[d];
                long to = Math.round(plan.lines() * before / period);
                for (long i = from; i < to; i++) log.row(d, writers, null);
            }
        } finally {
            for (LogFileWriter w : writers.values()) w.close();
        }
        for (LogFileWriter w : writers.values()) files.add(w.report());
        LocalDate next = FIRST_DAY.plusDays(DAYS);
        LogFileWriter day = new LogFileWriter(LogFormat.UTF8_CSV, plan.target().resolve(NEXT_DAY_PREFIX + next + ".csv"));
        try {
            long lines = Math.max(1, Math.round(plan.lines() * weights[DAYS] / period));
            for (long i = 0; i < lines; i++) log.row(DAYS, writers, day);
        } finally {
            day.close();
        }
        return new Report(files, day.report(), FIRST_DAY, FIRST_DAY.plusDays(DAYS - 1), seeds.size(),
                log.withPersonal);
    }

    /** {@code SyntheticQuestionLog ARTICLES LABELLED TARGET LINES [SEED]}: generates and prints what was written. */
    public static void main(String[] args) throws IOException {
        if (args.length < 4 || args.length > 5) {
            System.err.println("Usage: java -cp pasokh.jar pasokh.bench.SyntheticQuestionLog ARTICLES LABELLED TARGET"
                    + " LINES [SEED]");
            System.exit(2);
        }
        long started = System.nanoTime();
        Report r = generate(new Plan(Long.parseLong(args[3]), args.length == 5 ? Long.parseLong(args[4]) : 1L,
                Path.of(args[0]), Path.of(args[1]), Path.of(args[2])));
        for (LogFile f : r.files()) System.out.println(f);
        System.out.println(r.nextDay());
        System.out.printf(Locale.ROOT, "%d rows, %d broken, %d with a personal number, in %.1f s%n", r.rows(),
                r.faulty(), r.withPersonal(), (System.nanoTime() - started) / 1e9);
    }

    /** {@code only}: write every row there, in its format, whatever channel asked. */
    private void row(int day, Map<LogFormat, LogFileWriter> writers, LogFileWriter only) throws IOException {
        QuestionSeeds.Seed seed = popularity.pick(day);
        Rewording.Said said = rewording.say(seed.text());
        Channel channel = channel();
        LogFormat format = only != null ? LogFormat.UTF8_CSV : format(channel);
        String text = said.text();
        // agents' notes sometimes break a line after the greeting; CSV quotes it
        if (format == LogFormat.UTF8_CSV && random.nextInt(500) == 0) text = text.replaceFirst(" ", "\n");
        boolean named = seed.covered() && (channel == Channel.PHONE || channel == Channel.IN_PERSON)
                && random.nextInt(5) == 0;
        LogLine line = new LogLine(id(format), time(day, channel), channel,
                random.nextInt(100) < 15 ? "" : Provinces.pick(random), outcome(format), named ? seed.article() : "",
                text, fault());
        if (said.personal() && line.fault() == LogLine.Fault.NONE) withPersonal++;
        (only != null ? only : writers.get(format)).write(line, random.nextInt(12));
    }

    private Channel channel() {
        int x = random.nextInt(100);
        if (x < 50) return Channel.PHONE;
        if (x < 68) return Channel.SMS;
        if (x < 85) return Channel.PORTAL;
        if (x < 95) return Channel.IN_PERSON;
        return Channel.VOICEMAIL;
    }

    /** The portal's and the SMS gateway's rows mostly come as JSON; the CRM's exports carry the rest. */
    private LogFormat format(Channel channel) {
        if ((channel == Channel.SMS || channel == Channel.PORTAL) && random.nextInt(10) < 8) return LogFormat.JSON_LINES;
        int x = random.nextInt(100);
        if (x < 45) return LogFormat.UTF8_CSV;
        if (x < 80) return LogFormat.CP1256_CSV;
        return LogFormat.UTF16_TSV;
    }

    /** Ticket numbers as CRMs make them: letters and digits, never seven digits in a row (that is scrubbed). */
    private String id(LogFormat format) {
        String prefix = switch (format) {
            case UTF8_CSV -> "CRM-";
            case CP1256_CSV -> "P";
            case UTF16_TSV -> "X";
            case JSON_LINES -> "W-";
        };
        return prefix + Long.toString(++serial + 36L * 36 * 36 * 36, 36).toUpperCase(Locale.ROOT);
    }

    private LocalDateTime time(int day, Channel channel) {
        int open, close;
        switch (channel) {
            case IN_PERSON -> { open = 7 * 3600 + 1800; close = 14 * 3600; }
            case PHONE -> { open = 8 * 3600; close = 20 * 3600; }
            default -> { open = 0; close = 24 * 3600; }
        }
        // two draws averaged: busiest mid-window, as a day's calls are
        int second = open + (random.nextInt(close - open) + random.nextInt(close - open)) / 2;
        return FIRST_DAY.plusDays(day).atStartOfDay().plusSeconds(second);
    }

    private String outcome(LogFormat format) {
        int x = random.nextInt(10);
        if (format == LogFormat.CP1256_CSV) return x < 6 ? "پاسخ داده شد" : x < 8 ? "ارجاع به کارشناس" : "تماس مجدد";
        return x < 6 ? "answered" : x < 8 ? "referred" : x < 9 ? "callback" : "";
    }

    private LogLine.Fault fault() {
        if (random.nextInt(10_000) >= FAULTS_PER_10000) return LogLine.Fault.NONE;
        LogLine.Fault[] kinds = LogLine.Fault.values();
        return kinds[1 + random.nextInt(kinds.length - 1)];
    }

    /** The office's week (Friday off, Thursday half) and demand growing a little over the period. */
    private static double dayWeight(int day) {
        DayOfWeek weekday = FIRST_DAY.plusDays(day).getDayOfWeek();
        double week = switch (weekday) {
            case FRIDAY -> 0.12;
            case THURSDAY -> 0.55;
            default -> 1.0;
        };
        return week * (1 + 0.15 * day / DAYS);
    }

    private static void prepare(Path target, Plan plan) throws IOException {
        Path marker = target.resolve(MARKER);
        if (Files.isDirectory(target)) {
            boolean ours = Files.isRegularFile(marker);
            try (Stream<Path> entries = Files.list(target)) {
                List<Path> all = entries.toList();
                if (!ours && !all.isEmpty()) {
                    throw new IOException(target + " is not empty and was not made by the log generator (no "
                            + MARKER + "): choose an empty or new folder");
                }
                for (Path p : all) {
                    if (Files.isRegularFile(p) && isOurs(p.getFileName().toString())) Files.delete(p);
                }
            }
        } else if (Files.exists(target)) {
            throw new IOException(target + " is a file, not a folder");
        }
        Files.createDirectories(target);
        Files.writeString(marker, String.format(Locale.ROOT,
                "Made by pasokh.bench.SyntheticQuestionLog: %d lines, seed %d. Generating again replaces it.%n",
                plan.lines(), plan.seed()), StandardCharsets.UTF_8);
    }

    private static boolean isOurs(String name) {
        if (name.equals(MARKER) || name.startsWith(NEXT_DAY_PREFIX)) return true;
        for (LogFormat f : LogFormat.values()) if (f.fileName.equals(name)) return true;
        return false;
    }
}
