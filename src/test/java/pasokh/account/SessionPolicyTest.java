package pasokh.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionPolicyTest {

    @TempDir
    Path config;

    private Path site(String text) throws IOException {
        return Files.writeString(config.resolve("site.properties"), text, StandardCharsets.UTF_8);
    }

    @Test
    void withoutSitePropertiesTheDefaultsAre30MinutesAnd12Hours() throws IOException {
        SessionPolicy policy = SessionPolicy.load(config);
        assertEquals(Duration.ofMinutes(30), policy.idle());
        assertEquals(Duration.ofHours(12), policy.absolute());
    }

    @Test
    void aSitePropertiesWithoutTheKeysGivesTheDefaults() throws IOException {
        site("public-url=https://pasokh.example.ir\n# staff-session-idle-minutes=5\n");
        assertEquals(new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12)), SessionPolicy.load(config));
    }

    @Test
    void bothKeysAreRead() throws IOException {
        site("public-url=https://pasokh.example.ir\nstaff-session-idle-minutes=45\nstaff-session-max-hours=8\n");
        SessionPolicy policy = SessionPolicy.load(config);
        assertEquals(Duration.ofMinutes(45), policy.idle());
        assertEquals(Duration.ofHours(8), policy.absolute());
    }

    @Test
    void eachKeyAloneKeepsTheOthersDefault() throws IOException {
        site("staff-session-idle-minutes = 15 \n");
        assertEquals(new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(12)), SessionPolicy.load(config));
        site("staff-session-max-hours=2\n");
        assertEquals(new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(2)), SessionPolicy.load(config));
    }

    @Test
    void theEndsOfTheRangesAreAccepted() throws IOException {
        site("staff-session-idle-minutes=1\nstaff-session-max-hours=168\n");
        assertEquals(new SessionPolicy(Duration.ofMinutes(1), Duration.ofDays(7)), SessionPolicy.load(config));
        site("staff-session-idle-minutes=1440\nstaff-session-max-hours=1\n");
        assertEquals(new SessionPolicy(Duration.ofDays(1), Duration.ofHours(1)), SessionPolicy.load(config));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "staff-session-idle-minutes|thirty",
        "staff-session-idle-minutes|0",
        "staff-session-idle-minutes|-5",
        "staff-session-idle-minutes|1441",
        "staff-session-idle-minutes|30.5",
        "staff-session-idle-minutes|''",
        "staff-session-idle-minutes|99999999999999999999",
        "staff-session-max-hours|twelve",
        "staff-session-max-hours|0",
        "staff-session-max-hours|169",
        "staff-session-max-hours|12h"})
    void aValueThatIsNotAWholeNumberInRangeNamesTheFileAndTheKey(String key, String value) throws IOException {
        Path file = site(key + "=" + value + "\n");
        IOException e = assertThrows(IOException.class, () -> SessionPolicy.load(config));
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(key), "names the key: " + e.getMessage());
        assertTrue(e.getMessage().contains("'" + value + "'"), "shows the value: " + e.getMessage());
        assertTrue(e.getMessage().matches(".* from \\d+ to \\d+.*"), "says what is accepted: " + e.getMessage());
    }
}
