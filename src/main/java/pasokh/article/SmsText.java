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
}
