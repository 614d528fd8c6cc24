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

    /**
     * @param digits the fewest digits a match holds; a text with fewer digits in all cannot match
     *               ({@link #digitCount}), and most questions have no long number at all
     */
    private record Rule(Pattern pattern, String placeholder, int digits) {}

    /**
     * What may stand between the digits of one number: a few spaces (a line end in a wrapped message, a double
     * space) and one dash at most: «۰۹۱۲ ۳۴۵ ۶۷۸۹», «0912-345-6789», «0912 - 345 - 6789»; not a dot or slash,
     * which dates use.
     */
    private static final String SEP = "[ \\t\\r\\n\\u00a0\\u200c]{0,3}-?[ \\t\\r\\n\\u00a0\\u200c]{0,3}";

    private static final Rule EMAIL = new Rule(
            Pattern.compile("[\\p{L}\\p{N}._%+\\-]+\\s?@\\s?[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+"), "‹ایمیل›", 0);

    private static final List<Rule> NUMBERS = List.of(
            new Rule(Pattern.compile("(?i)(?<![\\p{L}\\d])I\\s?R" + SEP + "\\d(?:" + SEP + "\\d){23}(?!\\d)"), "‹شبا›", 24),
            new Rule(Pattern.compile("(?<!\\d)\\d{4}" + SEP + "\\d{4}" + SEP + "\\d{4}" + SEP + "\\d{4}(?!\\d)"),
                    "‹شماره کارت›", 16),
            new Rule(Pattern.compile("(?<![\\d+])(?:(?:\\+|00)" + SEP + "98" + SEP + "|0)?9\\d(?:" + SEP + "\\d){8}(?!\\d)"),
                    "‹موبایل›", 10),
            new Rule(Pattern.compile("(?<![\\d+])(?:(?:\\+|00)" + SEP + "98" + SEP + "|0)[1-8]\\d(?:" + SEP + "\\d){8,9}(?!\\d)"),
                    "‹تلفن›", 10),
            new Rule(Pattern.compile("(?<!\\d)\\d(?:" + SEP + "\\d){9}(?!\\d)"), "‹کد ملی›", 10),
            new Rule(Pattern.compile("(?<!\\d)\\d(?:" + SEP + "\\d){6,}(?!\\d)"), "‹شماره›", 7));

    /** The fewest digits of any number rule: below it, only an e-mail address can be personal. */
    private static final int FEWEST_DIGITS = 7;

    private PersonalData() {}

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) return text;
        String out = latinDigits(text);
        int run = digitCount(out);
        boolean at = out.indexOf('@') >= 0;
        if (run < FEWEST_DIGITS && !at) return out;
        if (at) out = replace(out, EMAIL);
        for (Rule rule : NUMBERS) {
            if (run >= rule.digits()) out = replace(out, rule);
        }
        return out;
    }

    private static String replace(String text, Rule rule) {
        Matcher m = rule.pattern().matcher(text);
        return m.find() ? m.replaceAll(Matcher.quoteReplacement(rule.placeholder())) : text;
    }

    /**
     * How many digits the text holds: an upper bound on the digits any one match can hold, whatever stands
     * between them ({@link #SEP}), so a rule needing more cannot match. Replacing a match only lowers it.
     */
    static int digitCount(String latin) {
        int n = 0;
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= '0' && c <= '9') n++;
        }
        return n;
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
