package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pasokh.account.Accounts;
import pasokh.account.Actor;
import pasokh.account.AuditAction;
import pasokh.account.PasswordHasher;
import pasokh.account.Role;
import pasokh.account.SessionPolicy;
import pasokh.store.Database;
import pasokh.testing.TestClock;

class AuditCommandTest {

    static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.DEFAULT);
    static final String PASSWORD = "the first admin's passphrase";
    static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    static final String OS_USER = "cli:" + System.getProperty("user.name", "?");

    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void folder() {
        data = dir.resolve("data");
    }

    private UserCommandTest.Run audit(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "audit";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return UserCommandTest.run("", all);
    }

    /** The entry's six tab-separated fields: time, actor, action, target, address, detail. */
    private static List<List<String>> entries(String out) {
        return out.lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    /** Accounts over the same folder whose clock the test sets, to write entries on chosen days. */
    private Accounts accountsAt(ZonedDateTime at) throws Exception {
        return Accounts.over(Database.open(data), SessionPolicy.DEFAULT, HASHER, new TestClock(at));
    }

    @Test
    void theCommandLinesChangesArePrintedOldestFirstByTheOperatingSystemUser() {
        assertEquals(0, UserCommandTest.run(PASSWORD + "\n", "user", "add", "maryam", "--role", "admin",
                "--data", data.toString()).code());
        assertEquals(0, UserCommandTest.run(PASSWORD + "\n", "user", "add", "sara", "--role", "editor",
                "--data", data.toString()).code());
        assertEquals(0, UserCommandTest.run("", "user", "disable", "sara", "--data", data.toString()).code());

        UserCommandTest.Run r = audit();
        assertEquals(0, r.code(), r.err());
        List<List<String>> entries = entries(r.out());
        assertEquals(3, entries.size(), r.out());
        for (List<String> e : entries) {
            assertEquals(6, e.size(), "six tab-separated fields: " + e);
            assertTrue(e.get(0).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+03:30"),
                    "Tehran time: " + e.get(0));
            assertEquals(OS_USER, e.get(1));
            assertEquals("local", e.get(4));
        }
        assertEquals(List.of("user-added", "user-added", "user-disabled"),
                entries.stream().map(e -> e.get(2)).toList());
        assertEquals(List.of("maryam", "sara", "sara"), entries.stream().map(e -> e.get(3)).toList());
        assertEquals("roles admin", entries.get(0).get(5));
        assertTrue(entries.get(0).get(0).compareTo(entries.get(2).get(0)) <= 0, "oldest first: " + r.out());
        assertTrue(r.err().contains("3 entries."), r.err());
        assertTrue(!r.out().contains(PASSWORD), "no password in the log");
    }

    @Test
    void anEmptyLogPrintsNothingAndSaysSo() {
        UserCommandTest.Run r = audit();
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("0 entries."), r.err());
    }

    @Test
    void oneEntryIsOneEntry() throws Exception {
        accountsAt(ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, TEHRAN)).users()
                .add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), new Actor("root", "local"));
        UserCommandTest.Run r = audit();
        assertEquals("2026-11-22T10:00:00+03:30\troot\tuser-added\tmaryam\tlocal\troles admin\n", r.out());
        assertTrue(r.err().contains("1 entry."), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1405-09-01", "1405/09/01", "۱۴۰۵-۰۹-۰۱", "2026-11-22", "2026/11/22"})
    void sinceKeepsTheEntriesFromThatDayOnInTehranTime(String since) throws Exception {
        Actor root = new Actor("root", "local");
        // the last second of 1405-08-30 (2026-11-21) and the first of 1405-09-01 (2026-11-22), Tehran time
        accountsAt(ZonedDateTime.of(2026, 11, 21, 23, 59, 59, 0, TEHRAN)).users()
                .add("early", PASSWORD, EnumSet.of(Role.AGENT), root);
        accountsAt(ZonedDateTime.of(2026, 11, 22, 0, 0, 0, 0, TEHRAN)).users()
                .add("midnight", PASSWORD, EnumSet.of(Role.AGENT), root);
        accountsAt(ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, TEHRAN)).users()
                .add("later", PASSWORD, EnumSet.of(Role.AGENT), root);

        UserCommandTest.Run all = audit();
        assertEquals(List.of("early", "midnight", "later"), entries(all.out()).stream().map(e -> e.get(3)).toList());

        UserCommandTest.Run r = audit("--since", since);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("midnight", "later"), entries(r.out()).stream().map(e -> e.get(3)).toList(), r.out());
        assertTrue(r.out().startsWith("2026-11-22T00:00:00+03:30\t"), r.out());
        assertTrue(r.err().contains("2 entries."), r.err());
    }

    @Test
    void aSinceAfterEveryEntryPrintsNothing() throws Exception {
        accountsAt(ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, TEHRAN)).users()
                .add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), new Actor("root", "local"));
        UserCommandTest.Run r = audit("--since", "1405-09-02");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bogus", "1405-13-01", "2026-02-30", "22-11-2026", ""})
    void aSinceThatIsNotADateExits2NamingIt(String since) {
        UserCommandTest.Run r = audit("--since", since);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("--since: '" + since + "' is not a date"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void textInAnEntryCannotForgeLinesOrFields() throws Exception {
        Accounts accounts = accountsAt(ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, TEHRAN));
        // entries name things people typed (article titles, from the editor on); a name tried at sign-in is
        // no longer one of them: unknown names are not written down
        accounts.audit().record(new Actor("(anonymous)", "192.0.2.66"), AuditAction.SIGN_IN_FAILED,
                "x\tmaryam\nuser-added\tevil\rz\\n\u0007", "unknown user");
        UserCommandTest.Run r = audit();
        assertEquals(0, r.code(), r.err());
        List<List<String>> entries = entries(r.out());
        assertEquals(1, entries.size(), "one entry, one line: " + r.out());
        assertEquals(6, entries.getFirst().size(), "six fields: " + entries.getFirst());
        assertEquals("sign-in-failed", entries.getFirst().get(2));
        assertEquals("192.0.2.66", entries.getFirst().get(4));
        assertEquals("x\\tmaryam\\nuser-added\\tevil\\rz\\\\n\\u0007", entries.getFirst().get(3),
                "escaped, and a backslash typed before an n does not read as a line break");
    }
}
