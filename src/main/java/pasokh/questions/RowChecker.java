package pasokh.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a read row into a {@link Question}, or says in one line what is wrong with it. Every field is scrubbed
 * before it is kept or quoted in a message.
 */
final class RowChecker {

    static final int MAX_TEXT = 2000;
    private static final int MAX_FIELD = 100;
    /** A date or date-time, ISO or Jalali, at most milliseconds: no room for a personal number. */
    private static final Pattern DATE_SHAPE = Pattern.compile(
            "\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}(?:[ T]\\d{1,2}(?::\\d{1,2}){0,2}(?:\\.\\d{1,3})?)?(?:Z|[+-]\\d{2}:?\\d{2})?");

    sealed interface Result permits Accepted, Refused {}

    record Accepted(Question question) implements Result {}

    record Refused(ImportProblem problem) implements Result {}

    private final ZoneId zone;
    private final String source;

    RowChecker(ZoneId zone, String source) {
        this.zone = zone;
        this.source = source;
    }

    Result check(LogRow row) {
        String text = oneLine(PersonalData.scrub(row.get(Column.TEXT)));
        if (text.isEmpty()) return refused(row, "the text is empty");
        if (text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT);
        String timeText = row.get(Column.TIME);
        Optional<Instant> at = QuestionTime.parse(timeText, zone);
        if (at.isEmpty()) {
            return refused(row, timeText.isEmpty() ? "the time is empty"
                    : "the time '" + quoteTime(timeText) + "' is not a date (ISO 2024-08-02T10:30 or Jalali 1403/05/12 10:30)");
        }
        String channelText = row.get(Column.CHANNEL);
        Optional<Channel> channel = Channel.parse(channelText);
        if (channel.isEmpty()) {
            return refused(row, channelText.isEmpty() ? "the channel is empty"
                    : "the channel '" + quote(channelText) + "' is not one of " + Channel.importable());
        }
        String id = field(row, Column.ID);
        // an id that is itself a personal number (a caller's phone) was scrubbed to a placeholder: it can no
        // longer tell rows apart, so the row's content does
        if (!id.equals(row.get(Column.ID))) id = "";
        Question q = new Question(key(id, at.get(), channel.get(), text), at.get(), channel.get(), text,
                label(row, Column.PROVINCE), label(row, Column.CATEGORY), label(row, Column.OUTCOME),
                field(row, Column.ARTICLE), source);
        return new Accepted(q);
    }

    /**
     * A label is counted by its spelling: a Windows-1256 export's «كرمان» must count with the UTF-8 export's
     * «کرمان», so Arabic ي and ك are read as the Persian letters.
     */
    private static String label(LogRow row, Column column) {
        return field(row, column).replace('ي', 'ی').replace('ك', 'ک');
    }

    /**
     * Runs of white space (an agent's line breaks and tabs too) as one space, none at either end: what
     * {@code replaceAll("\\s+", " ").strip()} gives, without a regular expression for every row.
     */
    static String oneLine(String text) {
        int n = text.length();
        boolean collapse = false;
        for (int i = 0; i < n && !collapse; i++) {
            char c = text.charAt(i);
            collapse = c != ' ' ? isSpace(c) : i + 1 < n && isSpace(text.charAt(i + 1));
        }
        if (!collapse) return text.strip();
        StringBuilder b = new StringBuilder(n);
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inRun) b.append(' ');
                inRun = true;
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString().strip();
    }

    /** What {@code \\s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String field(LogRow row, Column column) {
        String v = PersonalData.scrub(row.get(column)).strip();
        return v.length() > MAX_FIELD ? v.substring(0, MAX_FIELD) : v;
    }

    private static String quote(String value) {
        String s = PersonalData.scrub(value);
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * A date-shaped time is quoted as written: the scrubber reads «2024-02-30» as an eight-digit number, and a
     * user told that the time '‹شماره›' is not a date cannot find the row's mistake. Nothing else passes
     * unscrubbed: a phone number in the time column has no year-month-day shape.
     */
    private static String quoteTime(String value) {
        String latin = PersonalData.latinDigits(value);
        return DATE_SHAPE.matcher(latin).matches() ? latin : quote(value);
    }

    private static Refused refused(LogRow row, String reason) {
        return new Refused(new ImportProblem(row.file(), row.line(), reason));
    }

    /**
     * 16 bytes of SHA-256 over the row's id, or its time, channel and (scrubbed) text when it has no id. Never
     * over an original personal number: a hash of a 10-digit national ID is reversed by trying them all.
     */
    static byte[] key(String id, Instant at, Channel channel, String text) {
        // Arabic ي and ك as Persian: the same rows exported as Windows-1256 (which has no ی) are the same rows
        String basis = id.isEmpty() ? "row\0" + at.toEpochMilli() + "\0" + channel.id() + "\0"
                + text.replace('ي', 'ی').replace('ك', 'ک') : "id\0" + channel.id() + "\0" + id;
        return Arrays.copyOf(SHA_256.get().digest(basis.getBytes(StandardCharsets.UTF_8)), 16);
    }

    /** A digest per thread: looking one up for each of a million rows costs more than hashing them. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });
}
