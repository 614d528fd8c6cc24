package pasokh.article;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Solar Hijri (Jalali) calendar people in Iran read and write dates in.
 *
 * <p>Leap years follow the 33-year arithmetic rule, which matches the official astronomical calendar for
 * every year from 1178 to 1633; we only accept years well inside that range. Day arithmetic is anchored
 * on 1 Farvardin 1404 = 21 March 2025.
 */
public record JalaliDate(int year, int month, int day) {

    public static final int MIN_YEAR = 1300;
    public static final int MAX_YEAR = 1500;

    private static final int[] LEAP_REMAINDERS = {1, 5, 9, 13, 17, 22, 26, 30};
    private static final long ANCHOR_EPOCH_DAY = LocalDate.of(2025, 3, 21).toEpochDay();
    private static final long ANCHOR_DAYS_BEFORE = daysBeforeYear(1404);
    private static final String[] MONTH_NAMES = {
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"
    };
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    public JalaliDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "سال " + year + " خارج از بازه " + MIN_YEAR + " تا " + MAX_YEAR + " است");
        }
        if (month < 1 || month > 12) throw new IllegalArgumentException("ماه " + month + " وجود ندارد");
        if (day < 1 || day > monthLength(year, month)) {
            throw new IllegalArgumentException(
                    "روز " + day + " در ماه " + MONTH_NAMES[month - 1] + " سال " + year + " وجود ندارد");
        }
    }

    public static boolean isLeapYear(int year) {
        int r = Math.floorMod(year, 33);
        for (int leap : LEAP_REMAINDERS) {
            if (leap == r) return true;
        }
        return false;
    }

    public static int monthLength(int year, int month) {
        if (month <= 6) return 31;
        if (month <= 11) return 30;
        return isLeapYear(year) ? 30 : 29;
    }

    public static JalaliDate of(LocalDate date) {
        long days = date.toEpochDay() - ANCHOR_EPOCH_DAY + ANCHOR_DAYS_BEFORE;
        int year = (int) (days / 365.2424) + 1;
        while (daysBeforeYear(year + 1) <= days) year++;
        while (daysBeforeYear(year) > days) year--;
        int dayOfYear = (int) (days - daysBeforeYear(year));
        int month = 1;
        while (dayOfYear >= monthLength(year, month)) {
            dayOfYear -= monthLength(year, month);
            month++;
        }
        return new JalaliDate(year, month, dayOfYear + 1);
    }

    public LocalDate toLocalDate() {
        long dayOfYear = day - 1;
        for (int m = 1; m < month; m++) dayOfYear += monthLength(year, m);
        return LocalDate.ofEpochDay(ANCHOR_EPOCH_DAY + daysBeforeYear(year) - ANCHOR_DAYS_BEFORE + dayOfYear);
    }

    /**
     * Reads a date as editors write it: Jalali {@code 1403-05-12} or ISO {@code 2024-08-02}, in Latin or
     * Persian digits. Years below 1700 are Jalali. Empty when the text is not a real date.
     */
    public static Optional<LocalDate> parseFlexible(String text) {
        if (text == null) return Optional.empty();
        Matcher m = DATE.matcher(PersianDigits.toLatin(text.strip()));
        if (!m.matches()) return Optional.empty();
        int y = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int d = Integer.parseInt(m.group(3));
        try {
            if (y < 1700) return Optional.of(new JalaliDate(y, mo, d).toLocalDate());
            LocalDate date = LocalDate.of(y, mo, d);
            of(date); // pages show dates in Jalali: refuse ISO dates outside the years we can convert
            return Optional.of(date);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A date typed into a form or a command line: as {@link #parseFlexible}, and with slashes too
     * ({@code 1405/09/01}), the way people write Jalali dates by hand. Front matter keeps dashes only.
     */
    public static Optional<LocalDate> parseTyped(String text) {
        return text == null ? Optional.empty() : parseFlexible(text.replace('/', '-'));
    }

    /** «۱۲ مرداد ۱۴۰۳», the way dates are printed for readers. */
    public String toPersianText() {
        return PersianDigits.of(day) + " " + MONTH_NAMES[month - 1] + " " + PersianDigits.of(year);
    }

    /** {@code 1403-05-12}, the way dates are written in front matter. */
    @Override
    public String toString() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    private static long daysBeforeYear(int year) {
        long n = year - 1L;
        long leaps = 8 * Math.floorDiv(n, 33);
        long rest = Math.floorMod(n, 33);
        for (int leap : LEAP_REMAINDERS) {
            if (leap <= rest) leaps++;
        }
        return 365 * n + leaps;
    }
}
