package pasokh.web;

import java.util.regex.Pattern;

/**
 * Where to go after signing in. Only a path on this site: {@code //evil.example} and {@code /\evil.example}
 * are other sites to a browser, and a scheme or a control character is never a path of ours.
 */
final class SafeNext {

    static final String DEFAULT = "/staff";
    private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]{0,500}");

    private SafeNext() {}

    static String of(String next) {
        if (next == null || !PATH.matcher(next).matches() || next.contains("\\")) return DEFAULT;
        if (next.equals("/login") || next.startsWith("/login?") || next.startsWith("/logout")) return DEFAULT;
        return next;
    }
}
