package pasokh.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection on a plain blocking socket: write a pre-encoded request, read the
 * response. A response that closes the connection, or a failure, drops the socket; the next request
 * opens a new one.
 */
final class HttpConnection implements Closeable {

    /** Long enough for any search the portal answers; a server that stalls longer counts as an error. */
    static final int TIMEOUT_MILLIS = 10_000;

    /** Holds a whole response head, so the head is parsed without a second read in the usual case. */
    private static final int BUFFER_BYTES = 16 * 1024;

    private final InetSocketAddress address;
    private final ResponseReader reader = new ResponseReader(BUFFER_BYTES);
    private Socket socket;
    private OutputStream out;

    HttpConnection(InetSocketAddress address) {
        this.address = address;
    }

    /** The bytes of a GET request, made once per path before the run so sending costs one write. */
    static byte[] encodeGet(String host, int port, String path) {
        String authority = (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + authority + "\r\n"
                + "User-Agent: pasokh-bench\r\n"
                + "Accept: */*\r\n"
                + "\r\n";
        return request.getBytes(StandardCharsets.US_ASCII);
    }

    boolean isOpen() {
        return socket != null;
    }

    void open() throws IOException {
        if (socket != null) return;
        Socket s = new Socket();
        try {
            // Requests are one small write each; Nagle's algorithm would hold them back waiting for ACKs.
            s.setTcpNoDelay(true);
            s.setSoTimeout(TIMEOUT_MILLIS);
            s.connect(address, TIMEOUT_MILLIS);
            out = s.getOutputStream();
            reader.reset(s.getInputStream());
            socket = s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** Sends the request and reads its whole response; returns the status code. */
    int exchange(byte[] request) throws IOException {
        open();
        try {
            out.write(request);
            int status = reader.read();
            if (reader.closeAfter()) close();
            return status;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** The last response's Server-Timing duration in nanoseconds, or {@link ResponseReader#NO_SERVER_TIME}. */
    long serverNanos() {
        return reader.serverNanos();
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing left to do with a socket that will not close
        } finally {
            socket = null;
            out = null;
        }
    }
}
