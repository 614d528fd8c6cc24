package pasokh.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JalaliDateTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "1403-05-12, 2024-08-02",
        "1403-12-30, 2025-03-20",   // last day of a leap year
        "1404-01-01, 2025-03-21",
        "1399-12-30, 2021-03-20",
        "1400-01-01, 2021-03-21",
        "1357-11-22, 1979-02-11",
        "1405-09-02, 2026-11-23",
        "1408-12-30, 2030-03-20",
    })
    void convertsBothWays(String jalali, String gregorian) {
        LocalDate date = LocalDate.parse(gregorian);
        assertEquals(jalali, JalaliDate.of(date).toString());
        assertEquals(Optional.of(date), JalaliDate.parseFlexible(jalali));
    }

    @Test
    void everyDayOfTwoCenturiesRoundTrips() {
        for (LocalDate d = LocalDate.of(1925, 1, 1); d.isBefore(LocalDate.of(2100, 1, 1)); d = d.plusDays(1)) {
            JalaliDate j = JalaliDate.of(d);
            assertEquals(d, j.toLocalDate(), () -> "round trip failed at " + j);
        }
    }

    @Test
    void leapYearsFollowTheOfficialCalendar() {
        for (int year : new int[] {1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408}) {
            assertTrue(JalaliDate.isLeapYear(year), year + " is a leap year");
        }
        for (int year : new int[] {1400, 1401, 1402, 1404, 1405, 1406, 1407}) {
            assertFalse(JalaliDate.isLeapYear(year), year + " is not a leap year");
        }
    }

    @Test
    void readsIsoAndPersianDigitDates() {
        assertEquals(Optional.of(LocalDate.of(2024, 8, 2)), JalaliDate.parseFlexible("2024-08-02"));
        assertEquals(Optional.of(LocalDate.of(2024, 8, 2)), JalaliDate.parseFlexible("۱۴۰۳-۰۵-۱۲"));
    }

    @Test
    void rejectsDatesThatDoNotExist() {
        assertEquals(Optional.empty(), JalaliDate.parseFlexible("1404-12-30"), "1404 is not leap: Esfand has 29 days");
        assertEquals(Optional.empty(), JalaliDate.parseFlexible("1403-07-31"), "Mehr has 30 days");
        assertEquals(Optional.empty(), JalaliDate.parseFlexible("1403-13-01"));
        assertEquals(Optional.empty(), JalaliDate.parseFlexible("2024-02-30"));
        assertEquals(Optional.empty(), JalaliDate.parseFlexible("12/05/1403"));
        assertEquals(Optional.empty(), JalaliDate.parseFlexible("دیروز"));
        assertThrows(IllegalArgumentException.class, () -> new JalaliDate(1403, 12, 31));
    }

    @Test
    void printsDatesAsPersianReadersWriteThem() {
        assertEquals("۱۲ مرداد ۱۴۰۳", JalaliDate.of(LocalDate.of(2024, 8, 2)).toPersianText());
        assertEquals("۲ آذر ۱۴۰۵", JalaliDate.of(LocalDate.of(2026, 11, 23)).toPersianText());
    }
}
