package pasokh.questions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pasokh.article.JalaliDate;

/**
 * Reads the {@code time} of a log row: ISO-8601 (a date, a local date-time with {@code T} or a space, or one
 * with an offset) or Jalali ({@code 1403/05/12}, {@code 1403-05-12 10:30}), in Persian or Latin digits.
 * Times without an offset are Tehran's.
 */
final class QuestionTime {

    private static final Pattern JALALI = Pattern.compile(
            "(1[2-4]\\d\\d)[/\\-](\\d{1,2})[/\\-](\\d{1,2})(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private QuestionTime() {}

    static Optional<Instant> parse(String text, ZoneId zone) {
        if (text == null) return Optional.empty();
        String t = PersonalData.latinDigits(text).strip();
        if (t.isEmpty()) return Optional.empty();
        Matcher m = JALALI.matcher(t);
        if (m.matches()) {
            try {
                LocalDate day = new JalaliDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toLocalDate();
                LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                return Optional.of(day.atTime(time).atZone(zone).toInstant());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + "T" + t.substring(11) : t;
        // the likely shape first: a failed parse throws, and a million exceptions cost more than the parsing
        boolean offset = hasOffset(iso);
        if (offset) {
            Optional<Instant> at = withOffset(iso);
            if (at.isPresent()) return at;
        }
        if (iso.length() > 10) {
            try {
                return Optional.of(LocalDateTime.parse(iso).atZone(zone).toInstant());
            } catch (DateTimeParseException notLocal) {
                // next shape
            }
        }
        try {
            return Optional.of(LocalDate.parse(iso).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException notDate) {
            return offset ? Optional.empty() : withOffset(iso);
        }
    }

    /** {@code Z}, {@code +03:30} or {@code -05:00} after the date. */
    private static boolean hasOffset(String iso) {
        for (int i = 10; i < iso.length(); i++) {
            char c = iso.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') return true;
        }
        return false;
    }

    private static Optional<Instant> withOffset(String iso) {
        try {
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeParseException notOffset) {
            return Optional.empty();
        }
    }
}
