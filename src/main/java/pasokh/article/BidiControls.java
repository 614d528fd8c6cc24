package pasokh.article;

/**
 * The invisible embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069). One of them
 * reorders everything after it up to the end of its paragraph, so a title, an SMS or a link can display
 * differently from the characters it is made of ("Trojan Source"). Persian text never needs them: the
 * marks U+200E and U+200F, which only give a direction to the character beside them, are not in this set.
 */
final class BidiControls {

    private BidiControls() {}

    static boolean isControl(int c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The index of the first control character in the text, or -1. */
    static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) return i;
        }
        return -1;
    }

    static boolean in(String text) {
        return indexIn(text) >= 0;
    }

    /** «U+202E RIGHT-TO-LEFT OVERRIDE»: editors cannot see the character, so the message must name it. */
    static String describe(char c) {
        return String.format("U+%04X %s", (int) c, Character.getName(c));
    }
}
