package pasokh.web;

/**
 * What of a request goes into a log line: printable ASCII only and a bounded length. A path may be 128 KB long
 * (the header limit), and a repeated request must not be able to fill the disk through the log.
 */
final class LoggedText {

    static final int PATH_CHARS = 60;

    private LoggedText() {}

    static String path(String path) {
        return printable(path == null ? "" : path, PATH_CHARS);
    }

    static String printable(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 1);
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x21 && c < 0x7F ? c : '?');
        }
        return s.length() > max ? b + "…" : b.toString();
    }
}
