package pasokh.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ConnectionMetaData;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections whose parser keeps the first bytes of each request as sent.
 *
 * <p>When Jetty cannot parse a request line (a NUL byte in the path, a URI over the size limit) it hands
 * its error handler a stand-in request for {@code /badMessage}, so the error page cannot tell whether the
 * client was talking to the JSON API. The first bytes say so; they are used for nothing else and never logged.
 */
final class RecordingHttpConnectionFactory extends HttpConnectionFactory {

    /** Enough for the method and {@code /api/} or {@code /health}. */
    private static final int KEPT_BYTES = 32;

    RecordingHttpConnectionFactory(HttpConfiguration config) {
        super(config);
    }

    @Override
    public Connection newConnection(Connector connector, EndPoint endPoint) {
        HttpConnection connection = new HttpConnection(getHttpConfiguration(), connector, endPoint) {
            @Override
            protected HttpParser newHttpParser(HttpCompliance compliance) {
                HttpParser stock = super.newHttpParser(compliance);
                RecordingParser parser = new RecordingParser((HttpParser.RequestHandler) stock.getHandler(),
                        getHttpConfiguration().getRequestHeaderSize(), compliance);
                parser.setHeaderCacheSize(stock.getHeaderCacheSize());
                parser.setHeaderCacheCaseSensitive(stock.isHeaderCacheCaseSensitive());
                return parser;
            }
        };
        connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
        return configure(connection, connector, endPoint);
    }

    /** The start of the request line as the client sent it, if the request came through one of ours. */
    static Optional<String> requestLineAsSent(Request request) {
        ConnectionMetaData meta = request.getConnectionMetaData();
        if (meta instanceof HttpConnection http && http.getParser() instanceof RecordingParser parser) {
            return Optional.of(parser.requestLine());
        }
        return Optional.empty();
    }

    private static final class RecordingParser extends HttpParser {

        private final byte[] kept = new byte[KEPT_BYTES];
        private volatile int length;
        /** Set once the parser closes (a bad message ends the connection): its error page still needs the line. */
        private volatile boolean closed;

        RecordingParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
            super(handler, maxHeaderBytes, compliance);
        }

        @Override
        public boolean parseNext(ByteBuffer buffer) {
            // Copied before parsing: on a bad request line the parser clears the buffer.
            if (!closed) {
                if (buffer.hasRemaining() && getState() == State.START) length = 0;
                if (length < KEPT_BYTES && getState().ordinal() < State.HEADER.ordinal()) {
                    int n = Math.min(KEPT_BYTES - length, buffer.remaining());
                    buffer.get(buffer.position(), kept, length, n);
                    length += n;
                }
            }
            boolean handled = super.parseNext(buffer);
            if (getState() == State.CLOSE || getState() == State.CLOSED) closed = true;
            return handled;
        }

        String requestLine() {
            return new String(kept, 0, length, StandardCharsets.ISO_8859_1).stripLeading();
        }
    }
}
