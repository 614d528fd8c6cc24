package pasokh.article;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link targets survive in rendered articles: site-relative addresses and http, https and mailto.
 * Everything else ({@code javascript:}, {@code data:}, {@code vbscript:}, obfuscated schemes, and any address
 * holding a {@link BidiControls bidi control}, which would read differently from where it leads) becomes "#".
 */
final class LinkPolicy implements UrlSanitizer {

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    static final String BLOCKED = "#";

    @Override
    public String sanitizeLinkUrl(String url) {
        return isAllowed(url) ? url : BLOCKED;
    }

    /** Only site-relative images: the Content-Security-Policy would block any other anyway. */
    @Override
    public String sanitizeImageUrl(String url) {
        return isAllowed(url) && isRelative(url) ? url : BLOCKED;
    }

    private static boolean isRelative(String url) {
        String compact = compact(url);
        return compact.startsWith("/") && !compact.startsWith("//");
    }

    /** Browsers ignore control characters and spaces inside a URL's scheme («java\tscript:»), so we must too. */
    private static String compact(String url) {
        return url.replaceAll("[\\x00-\\x20\\x7f]", "");
    }

    static boolean isAllowed(String url) {
        if (url == null || BidiControls.in(url)) return false;
        String compact = compact(url);
        int colon = compact.indexOf(':');
        int firstDelimiter = firstIndexOfAny(compact, "/?#");
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon)) {
            return true; // relative address: no scheme
        }
        String scheme = compact.substring(0, colon).toLowerCase(Locale.ROOT);
        return ALLOWED_SCHEMES.contains(scheme);
    }

    private static int firstIndexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}
