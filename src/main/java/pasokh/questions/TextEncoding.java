package pasokh.questions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which encoding a log file is in: a byte-order mark says UTF-8 or UTF-16; without one, text that decodes as
 * UTF-8 is UTF-8, and anything else is Windows-1256, the Arabic-script code page older Windows exports use.
 */
record TextEncoding(Charset charset, int bomLength) {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Enough to tell: a Windows-1256 file's Persian letters are invalid UTF-8 within the first line or two. */
    private static final int SAMPLE_BYTES = 1 << 20;

    static TextEncoding detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
        }
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) return new TextEncoding(StandardCharsets.UTF_8, 3);
        if (startsWith(head, 0xFF, 0xFE)) return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        if (startsWith(head, 0xFE, 0xFF)) return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        return new TextEncoding(isUtf8(head, head.length == SAMPLE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1256, 0);
    }

    /** The encoding a user forced; a BOM of that encoding is still skipped. */
    static TextEncoding forced(Path file, Charset charset) throws IOException {
        TextEncoding seen = detect(file);
        return new TextEncoding(charset, seen.charset().equals(charset) ? seen.bomLength() : 0);
    }

    private static boolean isUtf8(byte[] bytes, boolean cut) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = bytes.length;
        // a sample cut inside a character is not an error: drop the last incomplete sequence
        if (cut) {
            int back = 0;
            while (back < 4 && length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0x80) back++;
            length -= Math.min(length, back + 1);
        }
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
