package pasokh.article;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Which link targets survive in rendered articles: site-relative addresses and http, https and mailto.
 * Everything else ({@code javascript:}, {@code data:}, {@code vbscript:}, obfuscated schemes, and any address
 * holding a {@link BidiControls bidi control}, which would read differently from where it leads) becomes "#".
 *
 * <p>Every part of the code that asks "is this link ours?" asks {@link #classify}, so the renderer, the
 * plain text for the index and the checker agree with each other and with the browser.
 */
final class LinkPolicy implements UrlSanitizer {

    /** Where a browser takes a reader who follows the address from one of our pages. */
    enum Target {
        /** this site: a path, a query or a fragment */
        SITE,
        /** another site, written as an allowed scheme or as {@code //host} */
        EXTERNAL,
        /** never rendered */
        REFUSED
    }

    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");
    static final String BLOCKED = "#";

    @Override
    public String sanitizeLinkUrl(String url) {
        return classify(url) == Target.REFUSED ? BLOCKED : url;
    }

    /** Only site-relative images: the Content-Security-Policy would block any other anyway. */
    @Override
    public String sanitizeImageUrl(String url) {
        return isShownImage(url) ? url : BLOCKED;
    }

    private static boolean isShownImage(String url) {
        return classify(url) == Target.SITE && compact(url).startsWith("/");
    }

    /** Browsers ignore control characters and spaces inside a URL's scheme («java\tscript:»), so we must too. */
    private static String compact(String url) {
        return url.replaceAll("[\\x00-\\x20\\x7f]", "");
    }

    static Target classify(String url) {
        if (url == null || BidiControls.in(url)) return Target.REFUSED;
        String compact = compact(url);
        int colon = compact.indexOf(':');
        // in an http(s) page's links a backslash is a slash, so it ends a scheme just as '/' does
        int firstDelimiter = firstIndexOfAny(compact, "/\\?#");
        if (colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter)) {
            String scheme = compact.substring(0, colon).toLowerCase(Locale.ROOT);
            return ALLOWED_SCHEMES.contains(scheme) ? Target.EXTERNAL : Target.REFUSED;
        }
        int slashes = leadingSlashes(compact);
        if (slashes < 2) return Target.SITE;
        // Two or more of '/' and '\' start a host name: «/\evil.example» is «//evil.example». Written with
        // slashes only it is an honest link elsewhere; with a backslash it passes for a path of ours to a
        // reviewer's eye, so it is refused.
        return compact.substring(0, slashes).indexOf('\\') < 0 ? Target.EXTERNAL : Target.REFUSED;
    }

    /** Whether the address is one of our articles' pages, {@code /articles/<slug>}. */
    static boolean isArticleLink(String url) {
        return classify(url) == Target.SITE && compact(url).startsWith(Article.urlOf(""));
    }

    /** Why the renderer drops a link or image the editor wrote, or null when it keeps it. */
    static String whyRefused(String url, boolean image) {
        // a bidi control is reported with the line it sits on, like any other in the body
        if (url == null || url.equals(BLOCKED) || BidiControls.in(url)) return null;
        if (image) {
            return isShownImage(url) ? null
                    : "image '" + url + "' is not shown: only images on this site (an address starting with '/') are";
        }
        if (classify(url) != Target.REFUSED) return null;
        if (leadingSlashes(compact(url)) >= 2) {
            return "link '" + url + "' is not rendered: browsers read '\\' as '/', so it would lead to the site "
                    + "named after the slashes; write the full https:// address if another site is meant";
        }
        return "link '" + url + "' is not rendered: only http, https, mailto and site addresses (/articles/...) are";
    }

    private static int leadingSlashes(String s) {
        int n = 0;
        while (n < s.length() && (s.charAt(n) == '/' || s.charAt(n) == '\\')) n++;
        return n;
    }

    private static int firstIndexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}
