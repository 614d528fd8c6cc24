package pasokh.search;

/** Makes raw user input safe to parse: no control characters, no runs of white space. */
public final class QueryText {

    private QueryText() {}

    public static String clean(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                sb.append(' ');
            } else if (Character.getType(c) != Character.FORMAT || c == '\u200c') {
                // Invisible format characters (RLM, LRM, ZWJ, soft hyphen, BOM) are dropped, not turned
                // into spaces, so they never split a word; ZWNJ stays because it separates word parts.
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }
}
