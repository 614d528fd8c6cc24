package pasokh.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pasokh.store.Database;
import pasokh.testing.TestClock;

class AccountServiceTest {

    static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.DEFAULT);
    static final String PASSWORD = "a long enough passphrase";
    static final Actor ROOT = new Actor("root", "local");
    static final Actor WEB_ADMIN = new Actor("maryam", "192.0.2.44");

    @TempDir
    Path dir;

    TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneId.of("Asia/Tehran")));
    Accounts accounts;
    AccountService users;

    @BeforeEach
    void open() throws Exception {
        accounts = Accounts.over(Database.open(dir), SessionPolicy.DEFAULT, HASHER, clock);
        users = accounts.users();
    }

    private InvalidAccountException refused(Runnable r) {
        return assertThrows(InvalidAccountException.class, r::run);
    }

    // --- adding

    @Test
    void addStoresTheNameNormalisedAndTheUserCanSignIn() {
        assertEquals("sara.k", users.add("  Sara.K ", PASSWORD, EnumSet.of(Role.EDITOR), ROOT));
        User sara = users.find("SARA.k").orElseThrow();
        assertEquals("sara.k", sara.name());
        assertEquals(EnumSet.of(Role.EDITOR), sara.roles());
        assertFalse(sara.disabled());
        assertEquals(clock.instant(), sara.createdAt());
        assertTrue(accounts.sessions().signIn("sara.k", PASSWORD, "192.0.2.1") instanceof SignInOutcome.SignedIn);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "a_b-c.d", "user42", "علی", "مریم.احمدی", "۱۲"})
    void validNamesAreAccepted(String name) {
        assertEquals(name, users.add(name, PASSWORD, EnumSet.of(Role.AGENT), ROOT));
    }

    @Test
    void aFortyCharacterNameIsTheLongest() {
        users.add("a".repeat(40), PASSWORD, EnumSet.of(Role.AGENT), ROOT);
        InvalidAccountException e = refused(() -> users.add("b".repeat(41), PASSWORD, EnumSet.of(Role.AGENT), ROOT));
        assertTrue(e.getMessage().contains("2-40"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "sara k", "sara@example.org", "sara/../x", "<b>x</b>", "sara;drop",
        "tab\there", "semi:colon", "قلب♥"})
    void invalidNamesAreRefusedNamingTheName(String name) {
        InvalidAccountException e = refused(() -> users.add(name, PASSWORD, EnumSet.of(Role.AGENT), ROOT));
        assertTrue(e.getMessage().contains("'" + name.strip() + "' is not valid"), e.getMessage());
        assertTrue(users.list().isEmpty());
    }

    @Test
    void aNullNameIsRefusedNotACrash() {
        refused(() -> users.add(null, PASSWORD, EnumSet.of(Role.AGENT), ROOT));
    }

    @Test
    void aPasswordOfNineCharactersIsTooShortAndTenIsEnough() {
        InvalidAccountException e = refused(() -> users.add("sara", "123456789", EnumSet.of(Role.AGENT), ROOT));
        assertTrue(e.getMessage().contains("too short: at least 10 characters"), e.getMessage());
        assertTrue(users.find("sara").isEmpty(), "nothing was added");
        users.add("sara", "1234567890", EnumSet.of(Role.AGENT), ROOT);
    }

    @Test
    void tenPersianLettersAreTenCharacters() {
        String persian = "سلامدنیاخو"; // 10 letters, 20 bytes in UTF-8
        assertEquals(10, persian.codePointCount(0, persian.length()));
        users.add("sara", persian, EnumSet.of(Role.AGENT), ROOT);
        assertTrue(accounts.sessions().signIn("sara", persian, "192.0.2.1") instanceof SignInOutcome.SignedIn);
    }

    @Test
    void charactersAreCountedAsCodePointsNotJavaChars() {
        String fiveEmoji = "🔑🔑🔑🔑🔑"; // ten Java chars, five characters
        assertEquals(10, fiveEmoji.length());
        refused(() -> users.add("sara", fiveEmoji, EnumSet.of(Role.AGENT), ROOT));
        users.add("sara", fiveEmoji + fiveEmoji, EnumSet.of(Role.AGENT), ROOT);
    }

    @Test
    void aPasswordOver200CharactersIsRefused() {
        users.add("sara", "x".repeat(200), EnumSet.of(Role.AGENT), ROOT);
        InvalidAccountException e = refused(() -> users.add("omid", "x".repeat(201), EnumSet.of(Role.AGENT), ROOT));
        assertTrue(e.getMessage().contains("too long"), e.getMessage());
    }

    @Test
    void aUserNeedsAtLeastOneRole() {
        InvalidAccountException e = refused(() -> users.add("sara", PASSWORD, EnumSet.noneOf(Role.class), ROOT));
        assertTrue(e.getMessage().contains("at least one role"), e.getMessage());
        assertTrue(users.find("sara").isEmpty());
    }

    @Test
    void aTakenNameIsRefusedInAnyCaseAndSaysWhichName() {
        users.add("Sara", PASSWORD, EnumSet.of(Role.AGENT), ROOT);
        InvalidAccountException e = refused(
                () -> users.add(" SARA", "another passphrase", EnumSet.of(Role.ADMIN), ROOT));
        assertEquals("a user named 'sara' already exists", e.getMessage());
        assertTrue(e.persian().contains("sara"), e.persian());
        assertEquals(1, users.list().size());
        assertEquals(EnumSet.of(Role.AGENT), users.find("sara").orElseThrow().roles(), "the first one is untouched");
        assertTrue(accounts.sessions().signIn("sara", PASSWORD, "192.0.2.1") instanceof SignInOutcome.SignedIn,
                "its password too");
    }

    // --- listing

    @Test
    void listShowsEveryUserWithRolesAndStateAndNeverAHash() {
        users.add("sara", PASSWORD, EnumSet.of(Role.EDITOR, Role.PUBLISHER), ROOT);
        users.add("omid", PASSWORD, EnumSet.of(Role.ADMIN), ROOT);
        users.add("neda", PASSWORD, EnumSet.of(Role.AGENT), ROOT);
        users.disable("neda", ROOT);

        List<User> list = users.list();
        assertEquals(List.of("neda", "omid", "sara"), list.stream().map(User::name).toList(), "by name");
        assertEquals(EnumSet.of(Role.EDITOR, Role.PUBLISHER), list.get(2).roles());
        assertEquals(EnumSet.of(Role.ADMIN), list.get(1).roles());
        assertTrue(list.get(0).disabled());
        assertFalse(list.get(1).disabled());
        for (User u : list) {
            assertFalse(u.toString().contains("argon2"), u.toString());
            assertFalse(u.toString().contains(PASSWORD), u.toString());
        }
        assertTrue(Arrays.stream(User.class.getRecordComponents())
                .noneMatch(c -> c.getName().toLowerCase().contains("password")
                        || c.getName().toLowerCase().contains("hash")), "a User has no password field to leak");
    }

    @Test
    void findOfAnUnknownOrMalformedNameIsEmptyOrRefused() {
        assertTrue(users.find("nobody").isEmpty());
        refused(() -> users.find("not valid!"));
    }

    // --- the last admin

    @Test
    void theOnlyEnabledAdminCannotBeDisabledOrLoseTheRole() {
        users.add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), ROOT);
        InvalidAccountException disable = refused(() -> users.disable("maryam", WEB_ADMIN));
        assertTrue(disable.getMessage().contains("'maryam' is the only enabled admin"), disable.getMessage());
        InvalidAccountException demote = refused(() -> users.setRoles("maryam", EnumSet.of(Role.EDITOR), WEB_ADMIN));
        assertTrue(demote.getMessage().contains("only enabled admin"), demote.getMessage());

        User maryam = users.find("maryam").orElseThrow();
        assertFalse(maryam.disabled());
        assertEquals(EnumSet.of(Role.ADMIN), maryam.roles());
        users.setRoles("maryam", EnumSet.of(Role.ADMIN, Role.EDITOR), WEB_ADMIN);
        assertEquals(EnumSet.of(Role.ADMIN, Role.EDITOR), users.find("maryam").orElseThrow().roles(),
                "adding roles beside admin is fine");
    }

    @Test
    void aDisabledSecondAdminDoesNotCount() {
        users.add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), ROOT);
        users.add("omid", PASSWORD, EnumSet.of(Role.ADMIN), ROOT);
        users.disable("omid", WEB_ADMIN);
        refused(() -> users.disable("maryam", WEB_ADMIN));
        refused(() -> users.setRoles("maryam", EnumSet.of(Role.AGENT), WEB_ADMIN));
    }

    @Test
    void onceThereIsAnotherAdminTheFirstCanBeDisabledOrDemoted() {
        users.add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), ROOT);
        users.add("omid", PASSWORD, EnumSet.of(Role.ADMIN, Role.MANAGER), ROOT);
        users.setRoles("maryam", EnumSet.of(Role.EDITOR), WEB_ADMIN);
        assertEquals(EnumSet.of(Role.EDITOR), users.find("maryam").orElseThrow().roles());
        refused(() -> users.disable("omid", WEB_ADMIN));

        users.setRoles("maryam", EnumSet.of(Role.ADMIN), WEB_ADMIN);
        users.disable("omid", WEB_ADMIN);
        assertTrue(users.find("omid").orElseThrow().disabled());
    }

    @Test
    void nonAdminsCanBeDisabledEvenWithNoAdminAtAll() {
        users.add("sara", PASSWORD, EnumSet.of(Role.EDITOR), ROOT);
        users.disable("sara", ROOT);
        assertTrue(users.find("sara").orElseThrow().disabled());
        users.enable("sara", ROOT);
        assertFalse(users.find("sara").orElseThrow().disabled());
    }

    // --- changes name the user and are audited

    @Test
    void changesToAnUnknownUserAreRefusedNamingIt() {
        for (Runnable change : List.<Runnable>of(
                () -> users.disable("Ghost", ROOT),
                () -> users.enable("Ghost", ROOT),
                () -> users.changePassword("Ghost", PASSWORD, ROOT),
                () -> users.setRoles("Ghost", EnumSet.of(Role.AGENT), ROOT))) {
            UnknownUserException e = assertThrows(UnknownUserException.class, change::run);
            assertEquals("no user named 'ghost'", e.getMessage());
        }
        assertTrue(audit().isEmpty(), "nothing happened, nothing is logged");
    }

    @Test
    void aShortNewPasswordIsRefusedAndTheOldOneStillWorks() {
        users.add("sara", PASSWORD, EnumSet.of(Role.EDITOR), ROOT);
        refused(() -> users.changePassword("sara", "short", ROOT));
        assertTrue(accounts.sessions().signIn("sara", PASSWORD, "192.0.2.1") instanceof SignInOutcome.SignedIn);
    }

    @Test
    void settingNoRolesIsRefused() {
        users.add("sara", PASSWORD, EnumSet.of(Role.EDITOR), ROOT);
        refused(() -> users.setRoles("sara", EnumSet.noneOf(Role.class), ROOT));
        assertEquals(EnumSet.of(Role.EDITOR), users.find("sara").orElseThrow().roles());
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndWhom() {
        users.add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), ROOT);
        clock.advance(Duration.ofMinutes(1));
        users.add("Sara", PASSWORD, EnumSet.of(Role.EDITOR, Role.AGENT), WEB_ADMIN);
        clock.advance(Duration.ofMinutes(1));
        users.setRoles("sara", EnumSet.of(Role.PUBLISHER), WEB_ADMIN);
        users.disable("SARA", WEB_ADMIN);
        users.enable("sara", WEB_ADMIN);
        users.changePassword("sara", "a new long passphrase", WEB_ADMIN);

        List<AuditEntry> log = audit();
        assertEquals(List.of("user-added", "user-added", "roles-changed", "user-disabled", "user-enabled",
                "password-changed"), log.stream().map(AuditEntry::action).toList());
        assertEquals(List.of("maryam", "sara", "sara", "sara", "sara", "sara"),
                log.stream().map(AuditEntry::target).toList());
        assertEquals("root", log.get(0).actor());
        assertEquals("local", log.get(0).address());
        for (AuditEntry e : log.subList(1, log.size())) {
            assertEquals("maryam", e.actor(), e.toString());
            assertEquals("192.0.2.44", e.address(), e.toString());
        }
        assertEquals(clock.instant().minus(Duration.ofMinutes(1)), log.get(1).at());
        assertTrue(log.get(1).detail().contains("agent,editor"), log.get(1).detail());
        assertTrue(log.get(2).detail().contains("agent,editor") && log.get(2).detail().contains("publisher"),
                "before and after: " + log.get(2).detail());
        assertEquals("افزودن کاربر", log.get(0).actionLabel());
        for (AuditEntry e : log) {
            assertFalse(e.toString().contains("passphrase"), "no password in the log: " + e);
        }
    }

    @Test
    void aRefusedChangeIsNotAudited() {
        users.add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), ROOT);
        refused(() -> users.disable("maryam", WEB_ADMIN));
        refused(() -> users.add("maryam", PASSWORD, EnumSet.of(Role.ADMIN), WEB_ADMIN));
        assertEquals(1, audit().size(), audit().toString());
    }

    @Test
    void disablingAuditsHowManySessionsEnded() {
        users.add("sara", PASSWORD, EnumSet.of(Role.EDITOR), ROOT);
        accounts.sessions().signIn("sara", PASSWORD, "192.0.2.1");
        accounts.sessions().signIn("sara", PASSWORD, "192.0.2.2");
        users.disable("sara", ROOT);
        assertEquals("2 session(s) ended", audit().getLast().detail());
    }

    // --- roles

    @Test
    void roleListsIgnoreSpacesAndCase() {
        assertEquals(EnumSet.of(Role.ADMIN, Role.EDITOR), Role.parseList(" Admin , editor,"));
        assertEquals("editor,admin", Role.format(EnumSet.of(Role.ADMIN, Role.EDITOR)));
        assertEquals(Set.of(Role.values()), Role.parseList(Role.known()));
    }

    @Test
    void anUnknownRoleIsNamedWithTheKnownOnes() {
        InvalidAccountException e = refused(() -> Role.parseList("editor,Wizard"));
        assertTrue(e.getMessage().contains("unknown role 'Wizard'"), e.getMessage());
        assertTrue(e.getMessage().contains("agent, editor, publisher, manager, admin"), e.getMessage());
        assertTrue(e.persian().contains("Wizard"), e.persian());
    }

    @Test
    void anEmptyRoleListAsksForOne() {
        for (String empty : new String[] {null, "", " , ,"}) {
            InvalidAccountException e = refused(() -> Role.parseList(empty));
            assertTrue(e.getMessage().contains("at least one role"), e.getMessage());
        }
    }

    private List<AuditEntry> audit() {
        List<AuditEntry> entries = new ArrayList<>();
        accounts.audit().forEachSince(Instant.EPOCH, entries::add);
        return entries;
    }
}
