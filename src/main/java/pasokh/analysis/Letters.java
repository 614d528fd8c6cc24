package pasokh.analysis;

/** Which script a character or word is in: the one home of these tests, used across the chain. */
public final class Letters {

    private Letters() {}

    /** A letter of the Arabic-script block as Persian uses it (digits and punctuation of the block excluded). */
    public static boolean isPersianLetter(char c) {
        return c >= '\u0620' && c <= '\u06FF' && Character.isLetter(c);
    }

    public static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public static boolean hasPersianLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isPersianLetter(s.charAt(i))) return true;
        }
        return false;
    }

    public static boolean hasLatinLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLatinLetter(s.charAt(i))) return true;
        }
        return false;
    }

    /** Whether the word starts with a Persian letter: what the stemmer and the vocabulary treat as Persian. */
    public static boolean startsPersian(CharSequence s) {
        return s.length() > 0 && isPersianLetter(s.charAt(0));
    }
}
