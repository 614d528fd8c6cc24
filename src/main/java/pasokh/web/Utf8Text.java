package pasokh.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether text a client sent is UTF-8, raw or percent-encoded. Decoders everywhere else replace a bad byte
 * with U+FFFD and carry on; a search or a comment of mojibake helps nobody, so we ask first and refuse.
 */
final class Utf8Text {

    private static final Pattern BROKEN_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private Utf8Text() {}

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** {@code %E0%A4%A}, {@code %zz} and {@code %FF%FE} are all false; text without a {@code %} is true. */
    static boolean percentDecodesAsUtf8(String encoded) {
        if (encoded.indexOf('%') < 0) return true;
        if (BROKEN_PERCENT.matcher(encoded).find()) return false;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return isUtf8(bytes.toByteArray());
    }
}
