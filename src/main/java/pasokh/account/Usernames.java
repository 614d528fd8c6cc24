package pasokh.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** User names are case-insensitive and trimmed: stored and compared in one normal form. */
public final class Usernames {

    /** Letters (Latin or Persian), digits, dot, dash and underscore: safe in logs, URLs and audit lines. */
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Nd}._-]{2,40}");

    private Usernames() {}

    public static String normalize(String name) {
        if (name == null) throw invalid("");
        String normal = name.strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(normal).matches()) throw invalid(name.strip());
        return normal;
    }

    private static InvalidAccountException invalid(String name) {
        return new InvalidAccountException("the user name '" + name + "' is not valid: use 2-40 letters, digits,"
                + " '.', '-' or '_'", "نام کاربری باید ۲ تا ۴۰ حرف، رقم یا یکی از نشانه‌های . - _ باشد.");
    }
}
