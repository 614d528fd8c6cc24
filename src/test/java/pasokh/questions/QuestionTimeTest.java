package pasokh.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import pasokh.Portal;

class QuestionTimeTest {

    static final ZoneId TEHRAN = Portal.READERS_ZONE;

    static Optional<Instant> parse(String text) {
        return QuestionTime.parse(text, TEHRAN);
    }

    /** Tehran's local time as an instant, worked out by java.time rather than written down. */
    static Instant tehran(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TEHRAN).toInstant();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-08-02                     | 2024-08-02T00:00
            2024-08-02T10:30               | 2024-08-02T10:30
            2024-08-02 10:30               | 2024-08-02T10:30
            2024-08-02 10:30:15            | 2024-08-02T10:30:15
            ۲۰۲۴-۰۸-۰۲ ۱۰:۳۰               | 2024-08-02T10:30
            1403/05/12                     | 2024-08-02T00:00
            1403-05-12                     | 2024-08-02T00:00
            1403-05-12 10:30               | 2024-08-02T10:30
            1403/05/12 10:30:15            | 2024-08-02T10:30:15
            1403/5/2 9:05                  | 2024-07-23T09:05
            ۱۴۰۳/۰۵/۱۲                     | 2024-08-02T00:00
            ۱۴۰۳/۰۵/۱۲ ۱۰:۳۰               | 2024-08-02T10:30
            ١٤٠٣/٠٥/١٢                     | 2024-08-02T00:00
            1403/12/30                     | 2025-03-20T00:00
            1405/09/14                     | 2026-12-05T00:00
            """)
    void localTimesAreTehrans(String text, String tehranLocal) {
        assertEquals(Optional.of(tehran(tehranLocal)), parse(text));
    }

    @Test
    void tehranIsThreeAndAHalfHoursAheadOfUtc() {
        // Iran has kept standard time all year since 2022: 10:30 in Tehran is 07:00 UTC in August
        assertEquals(Optional.of(Instant.parse("2024-08-02T07:00:00Z")), parse("1403/05/12 10:30"));
        assertEquals(Optional.of(Instant.parse("2024-08-01T20:30:00Z")), parse("2024-08-02"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-08-02T10:30:00Z           | 2024-08-02T10:30:00Z
            2024-08-02T10:30+00:00         | 2024-08-02T10:30:00Z
            2024-08-02T10:30:00+03:30      | 2024-08-02T07:00:00Z
            2024-08-02 10:30:00+03:30      | 2024-08-02T07:00:00Z
            2024-08-02T10:30:00.250-05:00  | 2024-08-02T15:30:00.250Z
            """)
    void anOffsetIsKept(String text, String utc) {
        assertEquals(Optional.of(Instant.parse(utc)), parse(text));
    }

    @Test
    void theZoneGivenIsTheOneApplied() {
        assertEquals(Optional.of(Instant.parse("2024-08-02T10:30:00Z")),
                QuestionTime.parse("1403/05/12 10:30", ZoneId.of("UTC")));
        assertEquals(Optional.of(Instant.parse("2024-08-02T10:30:00Z")),
                QuestionTime.parse("2024-08-02 10:30", ZoneId.of("UTC")));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "  ", "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "1403/13/01",
        "1403/00/10", "1403/07/31", "1404/12/30", "1403/05/32", "1403/05/12 25:00", "1403/05/12 10:61",
        "2024-08-02 24:30", "12/08/2024", "02.08.2024", "دیروز", "1403/05", "14030512", "0912 345 6789"})
    void whatIsNotADayIsRefused(String text) {
        assertEquals(Optional.empty(), parse(text));
    }

    @Test
    void leapDaysAreDays() {
        // 1403 is a leap year in the 33-year rule (1404 is not); 2024 is a Gregorian leap year
        assertTrue(parse("1403/12/30").isPresent());
        assertTrue(parse("2024-02-29").isPresent());
        assertEquals(parse("1403/12/30"), parse("2025-03-20"));
    }
}
