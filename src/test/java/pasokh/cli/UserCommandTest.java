package pasokh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pasokh.account.Accounts;
import pasokh.account.Actor;
import pasokh.account.PasswordHasher;
import pasokh.account.Role;
import pasokh.account.SessionPolicy;
import pasokh.account.SignInOutcome;
import pasokh.account.User;
import pasokh.store.Database;

class UserCommandTest {

    static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.DEFAULT);
    static final String PASSWORD = "the first admin's passphrase";

    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void folder() {
        data = dir.resolve("data");
    }

    record Run(int code, String out, String err) {}

    /** Runs the command line with {@code stdin} as standard input (not a terminal), restoring it afterwards. */
    static Run run(String stdin, String... args) {
        InputStream before = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(before);
        }
    }

    private Run user(String stdin, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "user";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--data";
        all[args.length + 2] = data.toString();
        return run(stdin, all);
    }

    /** The accounts over the same folder, as `serve` would see them. */
    private Accounts accounts() throws Exception {
        return Accounts.over(Database.open(data), SessionPolicy.DEFAULT, HASHER, Clock.systemUTC());
    }

    private SignInOutcome signIn(String name, String password) throws Exception {
        return accounts().sessions().signIn(name, password, "192.0.2.1");
    }

    private Optional<User> find(String name) throws Exception {
        return accounts().users().find(name);
    }

    private void addDirectly(String name, Role... roles) throws Exception {
        accounts().users().add(name, PASSWORD, EnumSet.of(roles[0], roles), new Actor("test", "local"));
    }

    // --- add

    @Test
    void addTakesThePasswordFromStandardInputAndTheUserCanSignIn() throws Exception {
        Run r = user(PASSWORD + "\n", "add", "Maryam", "--role", "admin,editor");
        assertEquals(0, r.code(), r.err());
        assertEquals("Added maryam (editor,admin).\n", r.out());
        assertFalse((r.out() + r.err()).contains(PASSWORD), "the password is never printed");

        var in = assertInstanceOf(SignInOutcome.SignedIn.class, signIn("MARYAM", PASSWORD));
        assertEquals(EnumSet.of(Role.ADMIN, Role.EDITOR), in.session().roles());
        assertInstanceOf(SignInOutcome.Refused.class, signIn("maryam", PASSWORD + "\n"));
    }

    @Test
    void onlyTheFirstLineIsThePasswordAndAWindowsLineEndIsNotPartOfIt() throws Exception {
        Run r = user(PASSWORD + "\r\nsomething else\n", "add", "maryam", "--role", "admin");
        assertEquals(0, r.code(), r.err());
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn("maryam", PASSWORD));
    }

    @Test
    void aPersianPasswordFromStandardInputIsReadAsUtf8() throws Exception {
        String persian = "گذرواژهٔ مدیر سامانه";
        assertEquals(0, user(persian + "\n", "add", "مریم", "--role", "admin").code());
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn("مریم", persian));
    }

    @Test
    void anExistingNameInAnotherCaseExits2NamingItBeforeAskingForAPassword() throws Exception {
        addDirectly("sara", Role.EDITOR);
        Run r = user("", "add", "SARA", "--role", "admin");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("a user named 'sara' already exists"), r.err());
        assertFalse(r.err().contains("standard input"), "not asked for a password first: " + r.err());
        assertEquals(EnumSet.of(Role.EDITOR), find("sara").orElseThrow().roles(), "untouched");
    }

    @Test
    void anUnknownRoleExits2NamingIt() throws Exception {
        Run r = user(PASSWORD + "\n", "add", "sara", "--role", "editor,wizard");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown role 'wizard'"), r.err());
        assertTrue(r.err().contains("agent, editor, publisher, manager, admin"), "lists the known ones: " + r.err());
        assertEquals("", r.out());
        assertTrue(find("sara").isEmpty());
    }

    @Test
    void aMissingRoleOptionExits2() throws Exception {
        Run r = user(PASSWORD + "\n", "add", "sara");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--role"), r.err());
        assertTrue(find("sara").isEmpty());
    }

    @Test
    void aShortPasswordExits2AndAddsNobody() throws Exception {
        Run r = user("qwerty7\n", "add", "sara", "--role", "editor");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the password is too short: at least 10 characters"), r.err());
        assertFalse(r.err().contains("qwerty7"), "not echoed: " + r.err());
        assertTrue(find("sara").isEmpty());
    }

    @Test
    void emptyStandardInputExits2WithAClearMessage() throws Exception {
        Run r = user("", "add", "sara", "--role", "editor");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no password on standard input"), r.err());
        assertFalse(r.err().contains("Exception"), "a message, not a stack trace: " + r.err());
        assertTrue(find("sara").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "sara k", "sara@example.org"})
    void anInvalidNameExits2NamingIt(String name) throws Exception {
        Run r = user(PASSWORD + "\n", "add", name, "--role", "editor");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("the user name '" + name + "' is not valid"), r.err());
        assertTrue(accounts().users().list().isEmpty());
    }

    // --- list

    @Test
    void listPrintsNameRolesAndState() throws Exception {
        addDirectly("maryam", Role.ADMIN);
        addDirectly("sara", Role.EDITOR, Role.PUBLISHER);
        accounts().users().disable("sara", new Actor("test", "local"));
        signIn("maryam", PASSWORD);

        Run r = user("", "list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertEquals(List.of("NAME", "ROLES", "STATE", "CREATED", "LAST", "SIGN-IN"),
                List.of(lines.get(0).split(" +")));
        List<String> maryam = List.of(lines.get(1).split(" +"));
        List<String> sara = List.of(lines.get(2).split(" +"));
        assertEquals(List.of("maryam", "admin", "enabled"), maryam.subList(0, 3), lines.get(1));
        assertEquals(List.of("sara", "editor,publisher", "disabled"), sara.subList(0, 3), lines.get(2));
        assertTrue(lines.get(1).matches(".* \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"),
                "created and last sign-in: " + lines.get(1));
        assertTrue(lines.get(2).endsWith(" never"), lines.get(2));
        assertFalse(r.out().contains("argon2"), r.out());
    }

    @Test
    void listWithNoUsersSaysHowToAddOne() {
        Run r = user("", "list");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("pasokh user add NAME --role admin"), r.err());
    }

    // --- disable, enable, passwd, roles

    @Test
    void disableEndsTheSessionsAndSaysSoAndEnableUndoesIt() throws Exception {
        addDirectly("maryam", Role.ADMIN);
        addDirectly("sara", Role.EDITOR);
        var in = assertInstanceOf(SignInOutcome.SignedIn.class, signIn("sara", PASSWORD));

        Run off = user("", "disable", "Sara");
        assertEquals(0, off.code(), off.err());
        assertEquals("Disabled sara; their sessions have ended.\n", off.out());
        assertTrue(find("sara").orElseThrow().disabled());
        assertTrue(accounts().sessions().resume(in.sessionId()).isEmpty());
        assertInstanceOf(SignInOutcome.Refused.class, signIn("sara", PASSWORD));

        Run on = user("", "enable", "sara");
        assertEquals(0, on.code(), on.err());
        assertEquals("Enabled sara.\n", on.out());
        assertFalse(find("sara").orElseThrow().disabled());
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn("sara", PASSWORD));
    }

    @Test
    void theOnlyAdminCannotBeDisabledFromTheCommandLineEither() throws Exception {
        addDirectly("maryam", Role.ADMIN);
        Run r = user("", "disable", "maryam");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'maryam' is the only enabled admin"), r.err());
        assertFalse(find("maryam").orElseThrow().disabled());
    }

    @Test
    void passwdSetsTheNewPasswordFromStandardInputAndEndsTheSessions() throws Exception {
        addDirectly("sara", Role.EDITOR);
        var in = assertInstanceOf(SignInOutcome.SignedIn.class, signIn("sara", PASSWORD));

        Run r = user("sara's brand new passphrase\n", "passwd", "SARA");
        assertEquals(0, r.code(), r.err());
        assertEquals("Changed the password of sara; their sessions have ended.\n", r.out());
        assertFalse(r.out().contains("brand new"), r.out());
        assertTrue(accounts().sessions().resume(in.sessionId()).isEmpty());
        assertInstanceOf(SignInOutcome.Refused.class, signIn("sara", PASSWORD));
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn("sara", "sara's brand new passphrase"));
    }

    @Test
    void passwdWithAShortPasswordExits2AndKeepsTheOldOne() throws Exception {
        addDirectly("sara", Role.EDITOR);
        Run r = user("tiny\n", "passwd", "sara");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("too short"), r.err());
        assertInstanceOf(SignInOutcome.SignedIn.class, signIn("sara", PASSWORD));
    }

    @Test
    void rolesReplacesTheRolesAndSaysWhatTheyAreNow() throws Exception {
        addDirectly("sara", Role.EDITOR);
        Run r = user("", "roles", "Sara", "publisher, AGENT");
        assertEquals(0, r.code(), r.err());
        assertEquals("sara now has the roles agent,publisher.\n", r.out());
        assertEquals(EnumSet.of(Role.AGENT, Role.PUBLISHER), find("sara").orElseThrow().roles());
    }

    @Test
    void rolesWithAnUnknownRoleExits2AndChangesNothing() throws Exception {
        addDirectly("sara", Role.EDITOR);
        Run r = user("", "roles", "sara", "agent,boss");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown role 'boss'"), r.err());
        assertEquals(EnumSet.of(Role.EDITOR), find("sara").orElseThrow().roles());
    }

    @ParameterizedTest
    @ValueSource(strings = {"disable", "enable", "passwd", "roles"})
    void anUnknownUserExits2WithNoUserNamed(String command) throws Exception {
        addDirectly("maryam", Role.ADMIN);
        Run r = command.equals("roles") ? user(PASSWORD + "\n", command, "Ghost", "agent")
                : user(PASSWORD + "\n", command, "Ghost");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("no user named 'ghost'"), r.err());
        assertEquals("", r.out());
        assertTrue(find("ghost").isEmpty());
    }

    // --- the command itself

    @Test
    void userAloneListsItsCommandsAndExits2() {
        Run r = run("", "user");
        assertEquals(2, r.code());
        for (String command : List.of("add", "list", "disable", "enable", "passwd", "roles")) {
            assertTrue(r.err().contains("\n  " + command + " "), command + " in: " + r.err());
        }
    }

    @Test
    void theTopLevelHelpListsUserAndAudit() {
        Run r = run("", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\n  user "), r.out());
        assertTrue(r.out().contains("\n  audit "), r.out());
    }
}
