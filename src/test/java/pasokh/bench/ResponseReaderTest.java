package pasokh.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser alone, on byte streams: several responses back to back, as on a keep-alive connection. */
class ResponseReaderTest {

    private static ResponseReader over(String wire, int bufferSize) {
        ResponseReader reader = new ResponseReader(bufferSize);
        reader.reset(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
        return reader;
    }

    @Test
    void contentLengthAndChunkedResponsesFollowEachOther() throws IOException {
        String wire = "HTTP/1.1 200 OK\r\ncontent-LENGTH: 5\r\nServer-Timing: app;dur=12.25\r\n\r\nhello"
                + "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "4;ext=1\r\nabcd\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: yes\r\n\r\n"
                + "HTTP/1.1 204 No Content\r\n\r\n"
                + "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok";
        ResponseReader reader = over(wire, 64);
        assertEquals(200, reader.read());
        assertEquals(12_250_000, reader.serverNanos());
        assertFalse(reader.closeAfter());
        assertEquals(404, reader.read());
        assertEquals(ResponseReader.NO_SERVER_TIME, reader.serverNanos());
        assertEquals(204, reader.read());
        assertEquals(200, reader.read());
        assertTrue(reader.closeAfter());
    }

    @Test
    void aBodyLargerThanTheBufferIsSkippedWithoutReadingPastIt() throws IOException {
        String body = "x".repeat(10_000);
        String wire = "HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n" + body
                + "HTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n";
        ResponseReader reader = over(wire, 100);
        assertEquals(200, reader.read());
        assertEquals(201, reader.read());
    }

    @Test
    void withoutALengthTheBodyEndsWithTheConnection() throws IOException {
        ResponseReader reader = over("HTTP/1.0 200 OK\r\nServer-Timing: app;dur=0.5\r\n\r\nuntil the end", 64);
        assertEquals(200, reader.read());
        assertEquals(500_000, reader.serverNanos());
        assertTrue(reader.closeAfter());
    }

    @Test
    void aTruncatedResponseIsAnError() {
        ResponseReader reader = over("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nshort", 64);
        assertThrows(EOFException.class, reader::read);
    }

    @Test
    void somethingThatIsNotHttpIsAnError() {
        assertThrows(IOException.class, () -> over("SSH-2.0-OpenSSH\r\n\r\n", 64).read());
    }
}
