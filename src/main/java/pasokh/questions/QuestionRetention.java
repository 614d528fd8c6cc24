package pasokh.questions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Properties;
import pasokh.store.QuestionRepository;

/**
 * How long the wording of a question is kept: {@code questions.keep-text-months} in index-config/gaps.properties
 * (default 13, a year and the same month before it, for year-on-year comparison). After that the text is
 * deleted (overwritten in the file, not only unlinked); the row stays, with its time, channel, province and
 * analysed terms, so the counts, trends and groups of earlier months stay as they were.
 */
public record QuestionRetention(int months) {

    public static final QuestionRetention DEFAULT = new QuestionRetention(13);

    public static QuestionRetention load(Path configDir) throws IOException {
        Path file = configDir.resolve(GapThresholds.FILE_NAME);
        if (!Files.isRegularFile(file)) return DEFAULT;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String text = p.getProperty("questions.keep-text-months");
        if (text == null) return DEFAULT;
        try {
            int m = Integer.parseInt(text.strip());
            if (m >= 1 && m <= 120) return new QuestionRetention(m);
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IOException(file + ": questions.keep-text-months must be a whole number of months from 1 to 120, not '"
                + text.strip() + "'");
    }

    /** @return how many question texts were deleted */
    public int apply(QuestionRepository repository, Clock clock) {
        return repository.forgetTextsBefore(ZonedDateTime.now(clock).minusMonths(months).toInstant().toEpochMilli());
    }
}
