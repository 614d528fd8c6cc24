package pasokh.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Raw sockets for tests: requests no HTTP client would send, from a chosen loopback address. */
final class RawHttp {

    record Response(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;

    RawHttp(String origin) {
        URI uri = URI.create(origin);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    int port() {
        return port;
    }

    /** A connected socket from {@code from} (any 127.x.y.z works on Linux: each is its own client address). */
    Socket open(String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getByName(host.equals("localhost") ? "127.0.0.1" : host),
                port), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Sends the bytes as given (ISO-8859-1: one char, one byte) on a new connection and reads until it closes. */
    Response send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    /** With {@code hangUp}, the client closes its sending side right after the bytes, as if it went away. */
    Response send(byte[] request, boolean hangUp) throws IOException {
        try (Socket socket = open("127.0.0.1")) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            if (hangUp) socket.shutdownOutput();
            return parse(readAll(socket.getInputStream()));
        }
    }

    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (SocketException reset) {
            // the server closed first; what arrived before is the answer
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String head = end < 0 ? raw : raw.substring(0, end);
        String body = end < 0 ? "" : raw.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = lines[0].startsWith("HTTP/1.1 ") ? Integer.parseInt(lines[0].substring(9, 12)) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        return new Response(status, headers, body);
    }

    /** True once the server has closed the socket (end of stream or reset); false if it is still open after waiting. */
    static boolean closedBy(Socket socket, int waitMillis) throws IOException {
        socket.setSoTimeout(waitMillis);
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                if (in.read() < 0) return true;
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }
}
