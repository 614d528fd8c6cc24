package pasokh.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.account.Accounts;
import pasokh.account.Actor;
import pasokh.account.PasswordHasher;
import pasokh.account.Role;
import pasokh.account.SessionPolicy;
import pasokh.account.SignInOutcome;
import pasokh.testing.TestClock;

/** What a stolen copy of the data folder gives away: no password and no session id, only hashes of them. */
class AccountTablesTest {

    static final String FIRST_PASSWORD = "first secret passphrase";
    static final String SECOND_PASSWORD = "گذرواژهٔ دوم و بسیار محرمانه";

    @TempDir
    Path data;

    Database db;
    final List<String> secrets = new ArrayList<>();
    SignInOutcome.SignedIn live;

    @BeforeEach
    void useTheAccounts() throws Exception {
        db = Database.open(data);
        TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneId.of("Asia/Tehran")));
        Accounts accounts = Accounts.over(db, SessionPolicy.DEFAULT, new PasswordHasher(PasswordHasher.DEFAULT), clock);
        Actor root = new Actor("root", "local");
        accounts.users().add("sara", FIRST_PASSWORD, EnumSet.of(Role.ADMIN), root);
        accounts.sessions().signIn("sara", "a wrong guess of sara's", "192.0.2.9");
        var first = assertInstanceOf(SignInOutcome.SignedIn.class,
                accounts.sessions().signIn("sara", FIRST_PASSWORD, "192.0.2.1"));
        accounts.users().changePassword("sara", SECOND_PASSWORD, root);
        live = assertInstanceOf(SignInOutcome.SignedIn.class,
                accounts.sessions().signIn("sara", SECOND_PASSWORD, "192.0.2.1"));
        assertTrue(accounts.sessions().resume(live.sessionId()).isPresent());
        secrets.addAll(List.of(FIRST_PASSWORD, SECOND_PASSWORD, "a wrong guess of sara's", first.sessionId(),
                live.sessionId(), first.session().csrfToken(), live.session().csrfToken()));
    }

    @Test
    void noFileInTheDataFolderHoldsAPasswordOrASessionId() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(data)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.contains(data.resolve(Database.FILE_NAME)), files.toString());
        long scanned = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            scanned += bytes.length;
            for (String secret : secrets) {
                assertFalse(contains(bytes, secret.getBytes(StandardCharsets.UTF_8)),
                        file.getFileName() + " holds '" + secret + "'");
            }
        }
        assertTrue(scanned > 0);
    }

    @Test
    void theScanWouldSeeATextWrittenToTheDatabase() throws Exception {
        // the scan above must be able to fail: a text stored in a column is found in the files as UTF-8
        new AuditRepository(db).add(1, "probe", "probe", "", "", SECOND_PASSWORD + live.sessionId());
        byte[] all = new byte[0];
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                byte[] joined = new byte[all.length + b.length];
                System.arraycopy(all, 0, joined, 0, all.length);
                System.arraycopy(b, 0, joined, all.length, b.length);
                all = joined;
            }
        }
        assertTrue(contains(all, live.sessionId().getBytes(StandardCharsets.UTF_8)));
        assertTrue(contains(all, SECOND_PASSWORD.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noColumnOfAnyTableHoldsAPasswordOrASessionId() throws SQLException {
        int values = 0;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            assertTrue(tables.containsAll(List.of("users", "sessions", "sign_in_throttle", "audit_log")),
                    tables.toString());
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            String value = rs.getString(i);
                            if (value == null) continue;
                            values++;
                            for (String secret : secrets) {
                                assertFalse(value.contains(secret), table + "." + meta.getColumnName(i)
                                        + " holds '" + secret + "'");
                            }
                        }
                    }
                }
            }
        }
        assertTrue(values > 20, "the tables were read: " + values + " values");
    }

    @Test
    void theSessionsTableHoldsA64HexHashOfTheLiveSession() throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id_hash, address FROM sessions")) {
            while (rs.next()) rows.add(Map.of("id_hash", rs.getString(1), "address", rs.getString(2)));
        }
        assertEquals(1, rows.size(), "the session from before the password change was deleted: " + rows);
        String hash = (String) rows.getFirst().get("id_hash");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains(live.sessionId()));
        assertEquals("192.0.2.1", rows.getFirst().get("address"));
    }

    @Test
    void theUsersTableHoldsOnlyTheArgon2idHashOfTheNewPassword() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT password_hash FROM users WHERE name = 'sara'")) {
            assertTrue(rs.next());
            String stored = rs.getString(1);
            assertTrue(stored.matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}"),
                    stored);
            PasswordHasher check = new PasswordHasher(PasswordHasher.DEFAULT);
            assertTrue(check.matches(SECOND_PASSWORD, stored));
            assertFalse(check.matches(FIRST_PASSWORD, stored));
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
