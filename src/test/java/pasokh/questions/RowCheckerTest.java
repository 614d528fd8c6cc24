package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowCheckerTest {

    @ParameterizedTest
    @ValueSource(strings = {"سلام", "  دو  فاصله  ", "خط\nدوم", "\tتب\t\tو\r\nخط ", "یک فاصله", "", " ", "a\u00a0b",
        "\u2003em space\u2003", "x \n y"})
    void oneLineIsWhatTheRegularExpressionGave(String text) {
        assertEquals(text.replaceAll("\\s+", " ").strip(), RowChecker.oneLine(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-22 13:13:56", "2025-06-22T13:13", "2025-06-22T13:13:56+03:30", "2025-06-22",
        "2025-06-22T10:00:00Z", "2025-06-22T10:00-05:00", "1404/04/01 16:50:52", "1404-04-01", "۱۴۰۴/۰۴/۰۱ ۱۰:۳۰",
        "2025-02-30 10:00", "31/12/2025", "yesterday", "N/A", "2025-06-22 25:00", "2025-06-22T10:00+99:00"})
    void timesReadTheSameWithTheLikelyShapeFirst(String text) {
        ZoneId tehran = ZoneId.of("Asia/Tehran");
        assertEquals(everyShape(text, tehran), QuestionTime.parse(text, tehran).map(Object::toString).orElse("none"));
    }

    /** The order the shapes were tried in before: offset, local date-time, date. */
    private static String everyShape(String text, ZoneId zone) {
        String t = PersonalData.latinDigits(text).strip();
        if (t.matches("1[2-4]\\d\\d[/\\-]\\d{1,2}[/\\-]\\d{1,2}.*")) {
            return QuestionTime.parse(text, zone).map(Object::toString).orElse("none");
        }
        String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + "T" + t.substring(11) : t;
        try {
            return java.time.OffsetDateTime.parse(iso).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            // next
        }
        try {
            return java.time.LocalDateTime.parse(iso).atZone(zone).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            // next
        }
        try {
            return java.time.LocalDate.parse(iso).atStartOfDay(zone).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return "none";
        }
    }
}
