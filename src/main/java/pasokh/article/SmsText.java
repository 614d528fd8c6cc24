package pasokh.article;

/**
 * SMS texts carry a {@code {link}} placeholder rather than a literal address, so a change of the public
 * domain never means editing 68 articles. The limit of 134 characters is two concatenated Persian
 * (UCS-2) SMS segments of 67 characters each, counted after the link is filled in.
 */
public final class SmsText {

    public static final String PLACEHOLDER = "{link}";
    public static final int MAX_LENGTH = 134;

    private SmsText() {}

    /** The short address used in SMS: the public host without scheme, then /a/slug. */
    public static String shortLink(String publicUrl, String slug) {
        String host = publicUrl.replaceFirst("^https?://", "").replaceFirst("/+$", "");
        return host + "/a/" + slug;
    }

    public static String expand(String sms, String publicUrl, String slug) {
        return sms.replace(PLACEHOLDER, shortLink(publicUrl, slug));
    }

    /** How long a text is as an SMS, and how many messages it is sent as. */
    public record Count(int characters, int segments, boolean unicode) {}

    // GSM 03.38 characters that take two places (an escape and the character)
    private static final String GSM_EXTENDED = "^{}\\[~]|";

    /**
     * One letter outside plain ASCII (every Persian text) makes the message UCS-2: 70 characters in one SMS, 67 a
     * segment when it is split. Otherwise GSM 7-bit: 160, 153 a segment. Accented Latin letters that GSM has
     * are counted as UCS-2 too: over-counting by a message is safer than an SMS cut short.
     */
    public static Count count(String text) {
        boolean unicode = text.chars().anyMatch(c -> c > 0x7E || (c < 0x20 && c != '\n' && c != '\r'));
        int length = unicode ? text.length()
                : text.length() + (int) text.chars().filter(c -> GSM_EXTENDED.indexOf(c) >= 0).count();
        int single = unicode ? 70 : 160;
        int part = unicode ? 67 : 153;
        int segments = length == 0 ? 0 : length <= single ? 1 : (length + part - 1) / part;
        return new Count(length, segments, unicode);
    }
}
