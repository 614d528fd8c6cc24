package pasokh.web;

import java.time.LocalDate;
import pasokh.article.JalaliDate;
import pasokh.article.PersianDigits;

/** Formatting for Persian pages, called from templates: Persian digits, Jalali dates. */
public final class Fa {

    private Fa() {}

    public static String num(long n) {
        return PersianDigits.of(String.format("%,d", n).replace(',', '٬'));
    }

    public static String digits(String text) {
        return PersianDigits.of(text);
    }

    public static String date(LocalDate date) {
        return JalaliDate.of(date).toPersianText();
    }
}
