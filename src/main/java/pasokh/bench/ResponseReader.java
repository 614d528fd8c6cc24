package pasokh.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads one HTTP/1.1 response after another from a connection with a single reusable buffer, looking at
 * only what a load generator needs: the status, how the body ends (Content-Length, chunked, or the
 * connection closing), whether the server closes the connection, and the Server-Timing duration. Header
 * names are compared byte by byte and the body is skipped, so a response allocates nothing.
 */
final class ResponseReader {

    static final long NO_SERVER_TIME = -1;

    private static final byte[] CONTENT_LENGTH = ascii("content-length");
    private static final byte[] TRANSFER_ENCODING = ascii("transfer-encoding");
    private static final byte[] CONNECTION = ascii("connection");
    private static final byte[] SERVER_TIMING = ascii("server-timing");
    private static final byte[] CHUNKED = ascii("chunked");
    private static final byte[] CLOSE = ascii("close");
    private static final byte[] KEEP_ALIVE = ascii("keep-alive");
    private static final byte[] DURATION = ascii("dur=");

    private final byte[] buffer;
    private InputStream in;
    private int position;
    private int limit;
    private int lineStart;

    private boolean closeAfter;
    private long serverNanos;
    private long contentLength;
    private boolean chunked;

    ResponseReader(int bufferSize) {
        this.buffer = new byte[bufferSize];
    }

    /** Starts reading a new connection; whatever the old one left in the buffer is dropped. */
    void reset(InputStream input) {
        this.in = input;
        this.position = 0;
        this.limit = 0;
    }

    /** True when the last response said, or showed by its framing, that the server closes the connection. */
    boolean closeAfter() {
        return closeAfter;
    }

    /** The last response's Server-Timing duration in nanoseconds, or {@link #NO_SERVER_TIME}. */
    long serverNanos() {
        return serverNanos;
    }

    /** Reads a whole response, body included, and returns its status code. */
    int read() throws IOException {
        int status;
        do {
            status = readHead();
        } while (status >= 100 && status < 200); // 100 Continue and friends precede the real response
        if (status == 204 || status == 304) return status;
        if (chunked) {
            skipChunks();
        } else if (contentLength >= 0) {
            skip(contentLength);
        } else {
            skipToEnd();
        }
        return status;
    }

    private int readHead() throws IOException {
        contentLength = -1;
        chunked = false;
        serverNanos = NO_SERVER_TIME;
        int end = nextLine();
        int status = statusOf(lineStart, end);
        // HTTP/1.0 closes after each response unless the server says keep-alive.
        boolean http10 = buffer[lineStart + 7] == '0';
        closeAfter = http10;
        while ((end = nextLine()) > lineStart) {
            int colon = indexOf((byte) ':', lineStart, end);
            if (colon < 0) continue;
            int value = skipSpaces(colon + 1, end);
            if (nameIs(CONTENT_LENGTH, colon)) {
                contentLength = decimal(value, end);
            } else if (nameIs(TRANSFER_ENCODING, colon)) {
                chunked = contains(CHUNKED, value, end);
            } else if (nameIs(CONNECTION, colon)) {
                if (contains(CLOSE, value, end)) closeAfter = true;
                else if (contains(KEEP_ALIVE, value, end)) closeAfter = false;
            } else if (nameIs(SERVER_TIMING, colon)) {
                int duration = find(DURATION, value, end);
                if (duration >= 0) serverNanos = millisToNanos(duration + DURATION.length, end);
            }
        }
        return status;
    }

    private int statusOf(int start, int end) throws IOException {
        // "HTTP/1.1 200 OK": the status is the three digits after the first space.
        if (end - start < 12 || buffer[start] != 'H' || buffer[start + 8] != ' ') {
            throw new IOException("not an HTTP response: " + text(start, end));
        }
        int status = 0;
        for (int i = start + 9; i < start + 12; i++) {
            int digit = buffer[i] - '0';
            if (digit < 0 || digit > 9) throw new IOException("bad status line: " + text(start, end));
            status = status * 10 + digit;
        }
        return status;
    }

    private void skipChunks() throws IOException {
        while (true) {
            int end = nextLine();
            long size = hex(lineStart, end);
            if (size == 0) {
                while (nextLine() > lineStart) {
                    // trailer fields, up to the empty line that ends the response
                }
                return;
            }
            skip(size);
            if (nextLine() != lineStart) throw new IOException("chunk data not followed by CRLF");
        }
    }

    /** Moves past the next line, leaving it in {@code buffer[lineStart, returned end)} without its CRLF. */
    private int nextLine() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    lineStart = position;
                    position = i + 1;
                    return i > lineStart && buffer[i - 1] == '\r' ? i - 1 : i;
                }
            }
            int kept = limit - position;
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, kept);
                position = 0;
                limit = kept;
            }
            scanned = kept;
            if (limit == buffer.length) {
                throw new IOException("response header line longer than " + buffer.length + " bytes");
            }
            fill();
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) throw new EOFException("server closed the connection before the response was complete");
        limit += n;
    }

    /** Skips body bytes: first what the buffer holds, then straight from the socket, never past the body. */
    private void skip(long bytes) throws IOException {
        long left = bytes;
        int buffered = (int) Math.min(left, limit - position);
        position += buffered;
        left -= buffered;
        if (left == 0) return;
        position = 0;
        limit = 0;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) throw new EOFException("server closed the connection inside a response body");
            left -= n;
        }
    }

    /** A body without a length ends when the server closes the connection. */
    private void skipToEnd() throws IOException {
        position = 0;
        limit = 0;
        while (in.read(buffer, 0, buffer.length) >= 0) {
            // discard
        }
        closeAfter = true;
    }

    private boolean nameIs(byte[] name, int colon) {
        int end = colon;
        while (end > lineStart && buffer[end - 1] == ' ') end--;
        if (end - lineStart != name.length) return false;
        for (int i = 0; i < name.length; i++) {
            if (lower(buffer[lineStart + i]) != name[i]) return false;
        }
        return true;
    }

    private boolean contains(byte[] word, int from, int to) {
        return find(word, from, to) >= 0;
    }

    private int find(byte[] word, int from, int to) {
        outer:
        for (int i = from; i <= to - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (lower(buffer[i + j]) != word[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == b) return i;
        }
        return -1;
    }

    private int skipSpaces(int from, int to) {
        int i = from;
        while (i < to && (buffer[i] == ' ' || buffer[i] == '\t')) i++;
        return i;
    }

    private long decimal(int from, int to) throws IOException {
        long value = 0;
        int i = from;
        for (; i < to && buffer[i] >= '0' && buffer[i] <= '9'; i++) value = value * 10 + (buffer[i] - '0');
        if (i == from) throw new IOException("bad Content-Length: " + text(lineStart, to));
        return value;
    }

    private long hex(int from, int to) throws IOException {
        long value = 0;
        int i = from;
        for (; i < to; i++) {
            int digit = Character.digit(buffer[i], 16);
            if (digit < 0) break; // a chunk extension (";name=value") or trailing spaces follow
            value = value * 16 + digit;
        }
        if (i == from) throw new IOException("bad chunk size line: " + text(from, to));
        return value;
    }

    /** "1.234" milliseconds as nanoseconds, read without making a string; digits past the sixth decimal are dropped. */
    private long millisToNanos(int from, int to) {
        long whole = 0;
        int i = from;
        for (; i < to && buffer[i] >= '0' && buffer[i] <= '9'; i++) whole = whole * 10 + (buffer[i] - '0');
        if (i == from) return NO_SERVER_TIME;
        long fraction = 0;
        long scale = 1_000_000;
        if (i < to && buffer[i] == '.') {
            for (i++; i < to && buffer[i] >= '0' && buffer[i] <= '9' && scale > 1; i++) {
                scale /= 10;
                fraction += (buffer[i] - '0') * scale;
            }
        }
        return whole * 1_000_000 + fraction;
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
    }

    private String text(int from, int to) {
        return new String(buffer, from, Math.min(to - from, 200), StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
