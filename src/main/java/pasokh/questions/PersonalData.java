package pasokh.questions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal numbers and addresses in a question with placeholders (‹کد ملی›, ‹موبایل›...) before
 * anything is stored, indexed, logged or shown. Digits of every script are read as digits, and a number may
 * be written in groups separated by spaces or dashes, as people dictate them.
 *
 * <p>Specific shapes go first so that each gets its own name; then any run of seven digits or more, whatever
 * it is (an insurance or file number, a number we have no rule for), becomes ‹شماره›: a question never needs
 * one to be understood, and a number we fail to recognise must not survive.
 */
public final class PersonalData {

    private record Rule(Pattern pattern, String placeholder) {}

    /**
     * What may stand between the digits of one number: a few spaces (a line end in a wrapped message, a double
     * space) and one dash at most: «۰۹۱۲ ۳۴۵ ۶۷۸۹», «0912-345-6789», «0912 - 345 - 6789»; not a dot or slash,
     * which dates use.
     */
    private static final String SEP = "[ \\t\\r\\n\\u00a0\\u200c]{0,3}-?[ \\t\\r\\n\\u00a0\\u200c]{0,3}";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}\\p{N}._%+\\-]+\\s?@\\s?[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+"),
                    "‹ایمیل›"),
            new Rule(Pattern.compile("(?i)(?<![\\p{L}\\d])I\\s?R" + SEP + "\\d(?:" + SEP + "\\d){23}(?!\\d)"), "‹شبا›"),
            new Rule(Pattern.compile("(?<!\\d)\\d{4}" + SEP + "\\d{4}" + SEP + "\\d{4}" + SEP + "\\d{4}(?!\\d)"),
                    "‹شماره کارت›"),
            new Rule(Pattern.compile("(?<![\\d+])(?:(?:\\+|00)" + SEP + "98" + SEP + "|0)?9\\d(?:" + SEP + "\\d){8}(?!\\d)"),
                    "‹موبایل›"),
            new Rule(Pattern.compile("(?<![\\d+])(?:(?:\\+|00)" + SEP + "98" + SEP + "|0)[1-8]\\d(?:" + SEP + "\\d){8,9}(?!\\d)"),
                    "‹تلفن›"),
            new Rule(Pattern.compile("(?<!\\d)\\d(?:" + SEP + "\\d){9}(?!\\d)"), "‹کد ملی›"),
            new Rule(Pattern.compile("(?<!\\d)\\d(?:" + SEP + "\\d){6,}(?!\\d)"), "‹شماره›"));

    private PersonalData() {}

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) return text;
        String out = latinDigits(text);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(out);
            if (m.find()) out = m.replaceAll(Matcher.quoteReplacement(rule.placeholder()));
        }
        return out;
    }

    /** Every Unicode decimal digit (Persian ۰-۹, Arabic ٠-٩, full-width...) as 0-9. */
    static String latinDigits(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '9' && Character.isDigit(c)) {
                if (b == null) b = new StringBuilder(text);
                b.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return b == null ? text : b.toString();
    }
}
