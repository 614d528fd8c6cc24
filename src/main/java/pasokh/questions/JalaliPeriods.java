package pasokh.questions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import pasokh.article.JalaliDate;

/** The periods trends are counted in: Jalali weeks (from Saturday, named by that Saturday) and months. */
public final class JalaliPeriods {

    private JalaliPeriods() {}

    /** {@code 1405-09-08}: the Jalali date of the Saturday that starts the day's week. */
    public static String week(long epochDay) {
        LocalDate saturday = LocalDate.ofEpochDay(epochDay).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return JalaliDate.of(saturday).toString();
    }

    /** {@code 1405-09}. */
    public static String month(long epochDay) {
        JalaliDate d = JalaliDate.of(LocalDate.ofEpochDay(epochDay));
        return String.format("%04d-%02d", d.year(), d.month());
    }
}
