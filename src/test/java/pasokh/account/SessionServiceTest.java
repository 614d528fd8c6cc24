package pasokh.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pasokh.store.Database;
import pasokh.store.SessionRepository;
import pasokh.testing.TestClock;

class SessionServiceTest {

    static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.DEFAULT);
    static final String PASSWORD = "sara's long passphrase";
    static final String HERE = "192.0.2.10";
    static final Actor ADMIN = new Actor("root", "local");

    @TempDir
    Path dir;

    TestClock clock = new TestClock(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneId.of("Asia/Tehran")));
    Database db;
    Accounts accounts;
    SessionService sessions;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        accounts = Accounts.over(db, new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12)), HASHER, clock);
        sessions = accounts.sessions();
        accounts.users().add("sara", PASSWORD, EnumSet.of(Role.EDITOR, Role.AGENT), ADMIN);
    }

    private SignInOutcome.SignedIn signIn(String name, String password) {
        return assertInstanceOf(SignInOutcome.SignedIn.class, sessions.signIn(name, password, HERE));
    }

    private int rowsOfSara() {
        return new SessionRepository(db).countOf("sara");
    }

    // --- signing in

    @Test
    void theRightPasswordSignsInWithTheUsersRolesAndA43CharacterId() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        assertEquals("sara", in.session().user());
        assertEquals(EnumSet.of(Role.EDITOR, Role.AGENT), in.session().roles());
        assertEquals(43, in.sessionId().length(), in.sessionId());
        assertTrue(in.sessionId().matches("[A-Za-z0-9_-]{43}"), "fits a cookie as it is: " + in.sessionId());
        assertEquals(in.session(), sessions.resume(in.sessionId()).orElseThrow());
    }

    @Test
    void theNameIsCaseAndSpaceInsensitive() {
        assertEquals("sara", signIn("  SaRa ", PASSWORD).session().user());
    }

    @Test
    void theLastSignInIsRecorded() {
        assertTrue(accounts.users().find("sara").orElseThrow().lastSignIn().isEmpty());
        signIn("sara", PASSWORD);
        assertEquals(Optional.of(clock.instant()), accounts.users().find("sara").orElseThrow().lastSignIn());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameRefusal() {
        assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("sara", PASSWORD + "!", HERE));
        assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("nobody", PASSWORD, HERE));
        assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("not a valid name!", PASSWORD, HERE));
        assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn(null, null, HERE));
        assertEquals(0, rowsOfSara());
    }

    @Test
    void aFailedSignInIsAuditedWithTheNameTriedAsTargetAndNoActor() {
        sessions.signIn("sara", "hunter2-secret-guess", HERE);
        AuditEntry failed = audit().getLast();
        assertEquals(AuditAction.SIGN_IN_FAILED.id(), failed.action());
        assertEquals("sara", failed.target());
        assertEquals(HERE, failed.address());
        assertNotEquals("sara", failed.actor(), "nobody has shown who they are");
        assertFalse(failed.toString().contains("hunter2"), "the password tried is not logged: " + failed);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntil15MinutesAfterTheFifth() {
        for (int i = 1; i <= 4; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("sara", "guess number " + i, HERE));
            clock.advance(Duration.ofMinutes(1));
        }
        Instant fifth = clock.instant();
        SignInOutcome locking = sessions.signIn("sara", "guess number 5", HERE);
        Instant retryAt = fifth.plus(Duration.ofMinutes(15));
        assertEquals(retryAt, assertInstanceOf(SignInOutcome.Throttled.class, locking).retryAt());
        assertEquals(AuditAction.ACCOUNT_LOCKED.id(), audit().getLast().action());

        clock.advance(Duration.ofMinutes(2));
        SignInOutcome sixth = sessions.signIn("sara", PASSWORD, HERE);
        assertEquals(retryAt, assertInstanceOf(SignInOutcome.Throttled.class, sixth).retryAt(),
                "even the right password waits");
        assertInstanceOf(SignInOutcome.Throttled.class, sessions.signIn("SARA", PASSWORD, "198.51.100.1"),
                "the account is locked, whatever the address or the case of the name");
        assertEquals(0, rowsOfSara());

        clock.set(retryAt.minusSeconds(1).atZone(clock.getZone()));
        assertInstanceOf(SignInOutcome.Throttled.class, sessions.signIn("sara", PASSWORD, HERE));
        clock.set(retryAt.plusSeconds(1).atZone(clock.getZone()));
        signIn("sara", PASSWORD);
    }

    @Test
    void aLockedAccountDoesNotLockAnotherAccount() throws Exception {
        accounts.users().add("omid", "omid's long passphrase", EnumSet.of(Role.AGENT), ADMIN);
        for (int i = 1; i <= 5; i++) sessions.signIn("sara", "guess number " + i, HERE);
        assertInstanceOf(SignInOutcome.Throttled.class, sessions.signIn("sara", PASSWORD, HERE));
        signIn("omid", "omid's long passphrase");
    }

    @Test
    void failuresSpreadOverMoreThan15MinutesDoNotLock() {
        for (int i = 1; i <= 8; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("sara", "guess number " + i, HERE),
                    "failure " + i);
            clock.advance(Duration.ofMinutes(4));
        }
        signIn("sara", PASSWORD);
    }

    @Test
    void aSuccessResetsTheAccountsCount() {
        for (int i = 1; i <= 4; i++) sessions.signIn("sara", "guess number " + i, HERE);
        signIn("sara", PASSWORD);
        for (int i = 5; i <= 8; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("sara", "guess number " + i, HERE),
                    "failure " + i + " is the " + (i - 4) + "th since the success");
        }
        signIn("sara", PASSWORD);
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryAccountButNotOtherAddresses() {
        String guesser = "203.0.113.7";
        SignInOutcome last = null;
        for (int i = 1; i <= 20; i++) {
            // a few tries on many names: no single account reaches its own limit
            last = sessions.signIn("user" + (i % 7), "guess number " + i, guesser);
            if (i < 20) assertInstanceOf(SignInOutcome.Refused.class, last, "failure " + i);
        }
        Instant retryAt = clock.instant().plus(Duration.ofMinutes(15));
        assertEquals(retryAt, assertInstanceOf(SignInOutcome.Throttled.class, last).retryAt());

        clock.advance(Duration.ofMinutes(1));
        assertEquals(retryAt, assertInstanceOf(SignInOutcome.Throttled.class,
                sessions.signIn("sara", PASSWORD, guesser)).retryAt(), "sara never failed, but the address did");
        assertInstanceOf(SignInOutcome.SignedIn.class, sessions.signIn("sara", PASSWORD, "198.51.100.9"),
                "another address is not locked");

        clock.set(retryAt.plusSeconds(1).atZone(clock.getZone()));
        assertInstanceOf(SignInOutcome.SignedIn.class, sessions.signIn("sara", PASSWORD, guesser));
    }

    @Test
    void aDisabledUserWithTheRightPasswordIsRefusedAndTheirLiveSessionEnds() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        accounts.users().disable("sara", ADMIN);
        assertTrue(sessions.resume(in.sessionId()).isEmpty(), "disabling ends the session at once");
        assertEquals(0, rowsOfSara());
        assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("sara", PASSWORD, HERE));

        accounts.users().enable("sara", ADMIN);
        assertTrue(sessions.resume(in.sessionId()).isEmpty(), "enabling again does not bring the old session back");
        signIn("sara", PASSWORD);
    }

    // --- timeouts

    @Test
    void aSessionLastsWhileUsedWithinTheIdleTimeoutAndEndsAfterIt() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.resume(in.sessionId()).isPresent(), "29 minutes idle");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.resume(in.sessionId()).isPresent(), "58 minutes in, but the last request refreshed it");
        clock.advance(Duration.ofMinutes(31));
        assertEquals(1, rowsOfSara());
        assertTrue(sessions.resume(in.sessionId()).isEmpty(), "31 minutes idle");
        assertEquals(0, rowsOfSara(), "the dead session is deleted");
        clock.advance(Duration.ofMinutes(-31));
        assertTrue(sessions.resume(in.sessionId()).isEmpty(), "gone for good, not just hidden");
    }

    @Test
    void theIdleTimeoutIsExactlyThePolicy() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        clock.advance(Duration.ofMinutes(30));
        assertTrue(sessions.resume(in.sessionId()).isEmpty(), "30 minutes idle is the end");
    }

    @Test
    void aSessionEndsAt12HoursEvenWhenUsedEvery20Minutes() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        for (int i = 1; i <= 35; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(sessions.resume(in.sessionId()).isPresent(), "after " + i * 20 + " minutes");
        }
        clock.advance(Duration.ofMinutes(19));
        assertTrue(sessions.resume(in.sessionId()).isPresent(), "11 h 59 min");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(sessions.resume(in.sessionId()).isEmpty(), "12 h after sign-in, however active");
        assertEquals(0, rowsOfSara());
    }

    @Test
    void aNewSignInCleansUpExpiredSessionsOfEveryone() throws Exception {
        SignInOutcome.SignedIn old = signIn("sara", PASSWORD);
        clock.advance(Duration.ofHours(1));
        assertEquals(1, rowsOfSara(), "nobody has asked for it yet");
        accounts.users().add("omid", "omid's long passphrase", EnumSet.of(Role.AGENT), ADMIN);
        signIn("omid", "omid's long passphrase");
        assertEquals(0, rowsOfSara(), "removed by someone else's sign-in");
        assertTrue(sessions.resume(old.sessionId()).isEmpty());
    }

    // --- ids, sign-out, tokens

    @Test
    void everySignInGetsANewIdAndEachSessionLivesOnItsOwn() {
        Set<String> ids = new HashSet<>();
        List<SignInOutcome.SignedIn> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
            assertTrue(ids.add(in.sessionId()), "a new id: " + in.sessionId());
            all.add(in);
        }
        assertEquals(3, rowsOfSara());
        sessions.signOut(all.get(1).sessionId(), all.get(1).session(), HERE);
        assertTrue(sessions.resume(all.get(0).sessionId()).isPresent());
        assertTrue(sessions.resume(all.get(1).sessionId()).isEmpty());
        assertTrue(sessions.resume(all.get(2).sessionId()).isPresent());
    }

    @Test
    void signOutEndsTheSessionOnTheServerAndIsAudited() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        sessions.signOut(in.sessionId(), in.session(), HERE);
        assertTrue(sessions.resume(in.sessionId()).isEmpty(), "the same cookie replayed finds nothing");
        assertEquals(0, rowsOfSara());
        AuditEntry out = audit().getLast();
        assertEquals(AuditAction.SIGN_OUT.id(), out.action());
        assertEquals("sara", out.actor());
    }

    @Test
    void idsThatAreNotOursResumeNothing() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        String id = in.sessionId();
        String other = (id.charAt(0) == 'A' ? "B" : "A") + id.substring(1);
        String storageKey = SessionTokens.storageKey(id);
        for (String wrong : new String[] {null, "", "x", other, id + "A", id.substring(1), storageKey,
                "' OR 1=1 --"}) {
            assertTrue(sessions.resume(wrong).isEmpty(), String.valueOf(wrong));
        }
        assertTrue(sessions.resume(id).isPresent());
    }

    @Test
    void theCsrfTokenMatchesOnlyItsOwnSession() {
        SignInOutcome.SignedIn first = signIn("sara", PASSWORD);
        SignInOutcome.SignedIn second = signIn("sara", PASSWORD);
        String token = first.session().csrfToken();
        assertTrue(sessions.tokenMatches(first.sessionId(), token));
        assertEquals(token, sessions.resume(first.sessionId()).orElseThrow().csrfToken(), "the same on every request");
        assertFalse(sessions.tokenMatches(first.sessionId(), second.session().csrfToken()), "another session's token");
        assertFalse(sessions.tokenMatches(second.sessionId(), token));
        assertFalse(sessions.tokenMatches(first.sessionId(), null));
        assertFalse(sessions.tokenMatches(first.sessionId(), ""));
        assertFalse(sessions.tokenMatches(first.sessionId(), first.sessionId()), "the id itself is not the token");
        assertFalse(sessions.tokenMatches(first.sessionId(), "A".repeat(token.length())), "forged");
        assertFalse(sessions.tokenMatches(first.sessionId(), token.substring(1)));
        assertFalse(sessions.tokenMatches(first.sessionId(), token + "A"));
        assertFalse(sessions.tokenMatches(null, token));
        assertFalse(sessions.tokenMatches("", token));
        assertNotEquals(first.sessionId(), token, "the token does not give the id away");
    }

    // --- account changes reach live sessions

    @Test
    void changingThePasswordEndsExistingSessionsAndOnlyTheNewPasswordWorks() {
        SignInOutcome.SignedIn a = signIn("sara", PASSWORD);
        SignInOutcome.SignedIn b = signIn("sara", PASSWORD);
        accounts.users().changePassword("sara", "a brand new passphrase", ADMIN);
        assertTrue(sessions.resume(a.sessionId()).isEmpty());
        assertTrue(sessions.resume(b.sessionId()).isEmpty());
        assertInstanceOf(SignInOutcome.Refused.class, sessions.signIn("sara", PASSWORD, HERE));
        signIn("sara", "a brand new passphrase");
    }

    @Test
    void changingThePasswordLiftsTheLock() {
        for (int i = 1; i <= 5; i++) sessions.signIn("sara", "guess number " + i, HERE);
        assertInstanceOf(SignInOutcome.Throttled.class, sessions.signIn("sara", PASSWORD, HERE));
        accounts.users().changePassword("sara", "a brand new passphrase", ADMIN);
        signIn("sara", "a brand new passphrase");
    }

    @Test
    void roleChangesApplyToALiveSessionAtOnce() {
        SignInOutcome.SignedIn in = signIn("sara", PASSWORD);
        accounts.users().setRoles("sara", EnumSet.of(Role.PUBLISHER), ADMIN);
        assertEquals(EnumSet.of(Role.PUBLISHER), sessions.resume(in.sessionId()).orElseThrow().roles(),
                "no need to sign in again, and no time to wait");
        accounts.users().setRoles("sara", EnumSet.of(Role.AGENT, Role.MANAGER), ADMIN);
        assertEquals(EnumSet.of(Role.AGENT, Role.MANAGER), sessions.resume(in.sessionId()).orElseThrow().roles());
    }

    @Test
    void aSuccessfulSignInIsAudited() {
        signIn("sara", PASSWORD);
        AuditEntry in = audit().getLast();
        assertEquals(AuditAction.SIGN_IN.id(), in.action());
        assertEquals("sara", in.actor());
        assertEquals("sara", in.target());
        assertEquals(HERE, in.address());
        assertEquals(clock.instant(), in.at());
    }

    @Test
    void aPasswordTypedIntoTheNameBoxIsWrittenNowhere() throws Exception {
        String typedAsName = "MySecretPass2026";
        for (int i = 0; i < 6; i++) sessions.signIn(typedAsName, "", HERE);
        for (AuditEntry e : audit()) assertFalse(e.toString().toLowerCase().contains("mysecretpass"), e.toString());
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("SELECT key FROM sign_in_throttle")) {
            while (rs.next()) assertFalse(rs.getString(1).contains("mysecretpass"), rs.getString(1));
        }
    }

    private List<AuditEntry> audit() {
        List<AuditEntry> entries = new ArrayList<>();
        accounts.audit().forEachSince(Instant.EPOCH, entries::add);
        return entries;
    }
}
