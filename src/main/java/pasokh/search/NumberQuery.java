package pasokh.search;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pasokh.article.ArticleNumbers;

/**
 * A query that is an article's answer number, as an agent or caller types what was said on the phone: «۲۳۴»,
 * «پاسخ شماره ۲۳۴», «شمارهٔ ۲۳۴», «#234», in Latin, Persian or Arabic-Indic digits, with spaces and half-spaces
 * anywhere. Anything more (another word, two numbers) is an ordinary query.
 */
final class NumberQuery {

    /** Longer than any «پاسخ شمارهٔ ۹۹۹۹۹۹» with spaces: a longer text is never read character by character. */
    private static final int MAX_LENGTH = 40;
    /** The words that may stand around the number once spaces, half-spaces and ezafe marks are gone. */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:پاسخ|شماره(?:ی|ء)?|#|:|-)*([0-9۰-۹٠-٩]+)(?:پاسخ|شماره|#|\\.)*");

    private NumberQuery() {}

    /** The answer number the text names, or empty when it is not just a number. */
    static OptionalInt numberIn(String text) {
        if (text == null || text.length() > MAX_LENGTH || !hasDigit(text)) return OptionalInt.empty();
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200c' || c == '\u200f' || c == '\u200e' || c == 'ٔ') continue;
            // «شمارهٔ» is also written with the one letter ۀ, and Arabic keyboards type ي
            compact.append(c == 'ۀ' ? 'ه' : c == 'ي' ? 'ی' : c);
        }
        Matcher m = NUMBERED.matcher(compact);
        return m.matches() ? ArticleNumbers.parse(m.group(1)) : OptionalInt.empty();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return false;
    }
}
