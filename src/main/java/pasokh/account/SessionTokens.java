package pasokh.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Session ids and what is derived from them. The id (256 random bits) lives only in the browser's cookie;
 * the database keeps its SHA-256, so a copy of the database (or a backup) signs nobody in. The CSRF token is
 * another hash of the id: only the holder of the id can know it, and nothing more needs storing.
 */
final class SessionTokens {

    private static final int ID_BYTES = 32;
    private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    String newId() {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        return URL_SAFE.encodeToString(id);
    }

    /** Whether the text could be one of our ids: anything else is refused before the database is asked. */
    static boolean wellFormed(String id) {
        return id != null && ID_SHAPE.matcher(id).matches();
    }

    /** The key the session is stored under. */
    static String storageKey(String id) {
        return HexFormat.of().formatHex(sha256("session\0" + id));
    }

    static String csrfToken(String id) {
        return URL_SAFE.encodeToString(sha256("csrf\0" + id));
    }

    /** Constant time, so the comparison does not tell an attacker how much of a guess was right. */
    static boolean csrfMatches(String id, String token) {
        if (token == null) return false;
        return MessageDigest.isEqual(csrfToken(id).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
