package pasokh.article;

/** Numbers as Persian readers expect to see them: ۱۴۰۳, not 1403. */
public final class PersianDigits {

    private PersianDigits() {}

    public static String of(long number) {
        return of(Long.toString(number));
    }

    /** Replaces every Latin digit in the text; everything else is left alone. */
    public static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return sb.toString();
    }

    /** Persian (۱۲۳) and Arabic-Indic (١٢٣) digits to Latin, for parsing what people type. */
    public static String toLatin(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '۰' && c <= '۹') sb.append((char) ('0' + (c - '۰')));
            else if (c >= '٠' && c <= '٩') sb.append((char) ('0' + (c - '٠')));
            else sb.append(c);
        }
        return sb.toString();
    }
}
