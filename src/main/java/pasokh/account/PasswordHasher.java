package pasokh.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) through Bouncy Castle, stored in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} so that each hash carries its own parameters and
 * stronger ones can be adopted later without breaking stored passwords.
 */
public final class PasswordHasher {

    /**
     * OWASP's baseline for Argon2id: 19 MiB of memory, 2 passes, 1 lane; about 26 ms on one core of the
     * 2-core server this runs on: a guesser gets some 40 tries a second per core (and the throttle allows 5
     * per account per quarter hour), a person signing in does not notice.
     */
    public static final Cost DEFAULT = new Cost(19 * 1024, 2, 1);
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getDecoder();

    /** Memory in KiB, passes, lanes. */
    public record Cost(int memoryKib, int iterations, int parallelism) {}

    private final Cost cost;
    private final SecureRandom random = new SecureRandom();
    /**
     * Each hash holds {@code memoryKib} for its duration: a burst of sign-ins (or a guesser) must queue,
     * not take the heap with it.
     */
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    /** Checked against when the user does not exist, so that an unknown name costs as much as a wrong password. */
    private final String decoy;

    public PasswordHasher(Cost cost) {
        this.cost = cost;
        this.decoy = hash("decoy password, never a real one");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = derive(password, salt, cost, HASH_BYTES);
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** Constant-time comparison; false for a malformed stored hash rather than an error at sign-in. */
    public boolean matches(String password, String stored) {
        Matcher m = PHC.matcher(stored == null ? "" : stored);
        if (!m.matches()) return false;
        Cost storedCost = new Cost(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (!affordable(storedCost)) return false;
        try {
            byte[] salt = B64_DECODE.decode(m.group(4));
            byte[] expected = B64_DECODE.decode(m.group(5));
            return MessageDigest.isEqual(expected, derive(password, salt, storedCost, expected.length));
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            // base64 the decoder refuses, or a cost or length Bouncy Castle refuses (t=0, p=0, a 2-byte hash)
            return false;
        }
    }

    /**
     * A stored hash names its own cost: one edited to ask for gigabytes or a hundred passes would make each
     * sign-in a denial of service. Up to 256 MiB, 10 passes and 4 lanes is accepted (13 times the default).
     */
    private static boolean affordable(Cost c) {
        return c.memoryKib() <= 256 * 1024 && c.iterations() <= 10 && c.parallelism() <= 4;
    }

    /** Spends the time a real check would, for a name that has no account. */
    public void matchNothing(String password) {
        matches(password, decoy);
    }

    private byte[] derive(String password, byte[] salt, Cost c, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(c.memoryKib())
                .withIterations(c.iterations())
                .withParallelism(c.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        slots.acquireUninterruptibly();
        try {
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        } finally {
            slots.release();
        }
        return out;
    }
}
