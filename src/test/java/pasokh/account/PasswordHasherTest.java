package pasokh.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.DEFAULT);
    static final String PASSWORD = "correct horse battery staple";
    /** The PHC string: algorithm, version, the OWASP cost, a 16-byte salt and a 32-byte hash, unpadded base64. */
    static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    @Test
    void theHashIsAnArgon2idPhcStringWithTheDefaultCost() {
        String stored = HASHER.hash(PASSWORD);
        Matcher m = PHC.matcher(stored);
        assertTrue(m.matches(), stored);
        assertTrue(Base64.getDecoder().decode(m.group(1)).length == 16, "16-byte salt: " + stored);
        assertTrue(Base64.getDecoder().decode(m.group(2)).length == 32, "32-byte hash: " + stored);
    }

    @Test
    void theRightPasswordMatches() {
        assertTrue(HASHER.matches(PASSWORD, HASHER.hash(PASSWORD)));
    }

    @Test
    void aPersianPasswordMatchesItselfAndNotItsFoldedForm() {
        String stored = HASHER.hash("گذرواژهٔ بسیار محکم");
        assertTrue(HASHER.matches("گذرواژهٔ بسیار محکم", stored));
        // Arabic yeh (U+064A) for Persian yeh (U+06CC): looks the same, is another password
        assertFalse(HASHER.matches("گذرواژهٔ بسيار محکم", stored));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertFalse(HASHER.matches("something else entirely", HASHER.hash(PASSWORD)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "correct horse battery stapl",    // one character missing
        "correct horse battery staple ",  // one character more
        "correct horse battery staplE",   // one character changed
        "Correct horse battery staple",   // case matters
        ""})
    void aOneCharacterChangeDoesNotMatch(String near) {
        assertFalse(HASHER.matches(near, HASHER.hash(PASSWORD)), "'" + near + "'");
    }

    @Test
    void twoHashesOfOnePasswordDifferAndBothMatch() {
        String first = HASHER.hash(PASSWORD);
        String second = HASHER.hash(PASSWORD);
        assertNotEquals(first, second, "a fresh salt each time");
        assertNotEquals(first.split("\\$")[4], second.split("\\$")[4], "the salts differ");
        assertTrue(HASHER.matches(PASSWORD, first));
        assertTrue(HASHER.matches(PASSWORD, second));
    }

    @Test
    void theCostIsReadFromTheStoredHashSoOldHashesStillMatchAfterTheCostChanges() {
        PasswordHasher cheaper = new PasswordHasher(new PasswordHasher.Cost(1024, 1, 1));
        String old = cheaper.hash(PASSWORD);
        assertTrue(old.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"), old);
        assertTrue(HASHER.matches(PASSWORD, old), "the default hasher checks with the stored cost");
        assertFalse(HASHER.matches("wrong password!", old));
    }

    @Test
    void changingTheStoredCostBreaksTheMatch() {
        String stored = HASHER.hash(PASSWORD);
        assertFalse(HASHER.matches(PASSWORD, stored.replace("t=2", "t=3")), "the cost is part of what is checked");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "correct horse battery staple",                                   // a clear password, stored by mistake
        "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA",          // no hash
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$",         // empty hash
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA==",                 // padding
        "$argon2id$v=19$m=19456,t=2,p=1$A$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",   // salt not base64
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$A",                 // hash not base64
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGE",               // a 2-byte hash
        "$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=0,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA",
        "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaA x"})
    void aMalformedStoredHashIsFalseNotAnException(String stored) {
        assertFalse(HASHER.matches(PASSWORD, stored), String.valueOf(stored));
    }

    @Test
    void aTruncatedRealHashIsFalse() {
        String stored = HASHER.hash(PASSWORD);
        assertFalse(HASHER.matches(PASSWORD, stored.substring(0, stored.length() - 1)));
    }

    @Test
    void theHashNeverContainsThePassword() {
        for (String password : new String[] {PASSWORD, "گذرواژهٔ بسیار محکم", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
            String stored = HASHER.hash(password);
            assertFalse(stored.contains(password), stored);
            String b64 = Base64.getEncoder().withoutPadding()
                    .encodeToString(password.getBytes(StandardCharsets.UTF_8));
            assertFalse(stored.contains(b64.substring(0, 12)), "not even base64-encoded: " + stored);
        }
    }

    @Test
    void aStoredHashAskingForAHugeCostIsRefusedWithoutRunningIt() {
        String stored = HASHER.hash(PASSWORD);
        String huge = stored.replace("m=19456,t=2,p=1", "m=9999999,t=2,p=1");
        assertFalse(HASHER.matches(PASSWORD, huge));
        assertFalse(HASHER.matches(PASSWORD, stored.replace("t=2", "t=99")));
        // a real 9.5 GiB derivation would run out of heap long before returning
        assertTrue(HASHER.matches(PASSWORD, stored));
    }
}
