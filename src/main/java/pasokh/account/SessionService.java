package pasokh.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import pasokh.store.SessionRepository;
import pasokh.store.UserRepository;

/** Signing staff in and out, and recognising them on later requests. Knows nothing about HTTP. */
public final class SessionService {

    /** Writing last-seen on every request would make each staff page a database write; a minute is enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Longer names are not ours; cut so that a hostile name cannot bloat the throttle and audit tables. */
    private static final int MAX_NAME_KEPT = 40;
    static final String ANONYMOUS = "(anonymous)";

    private final UserRepository users;
    private final SessionRepository sessions;
    private final SignInThrottle throttle;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final SessionPolicy policy;
    private final Clock clock;
    private final SessionTokens tokens = new SessionTokens();

    SessionService(UserRepository users, SessionRepository sessions, SignInThrottle throttle, PasswordHasher hasher,
                   AuditLog audit, SessionPolicy policy, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    public SessionPolicy policy() {
        return policy;
    }

    /**
     * Checks the name and password and, when they are right and the account is enabled, starts a new
     * session (always a new id: an id fixed by someone else before sign-in is never promoted).
     */
    public SignInOutcome signIn(String name, String password, String address) {
        Instant now = clock.instant();
        String account = throttleName(name);
        Optional<Instant> locked = throttle.lockedUntil(account, address, now);
        if (locked.isPresent()) return new SignInOutcome.Throttled(locked.get());

        Optional<UserRepository.UserRow> user = findQuietly(name);
        boolean right;
        if (user.isEmpty()) {
            hasher.matchNothing(password == null ? "" : password);
            right = false;
        } else {
            right = hasher.matches(password == null ? "" : password, user.get().passwordHash());
        }
        if (!right || user.get().disabled()) {
            // nobody has shown who they are: the name tried is the target, not the actor
            Actor actor = new Actor(ANONYMOUS, address);
            // a name no account has is often a password typed into the wrong box: it is not written down
            String target = user.isEmpty() ? "" : account;
            audit.record(actor, AuditAction.SIGN_IN_FAILED, target,
                    user.isEmpty() ? "unknown user" : right ? "account disabled" : "wrong password");
            Optional<Instant> lock = throttle.failed(account, address, now);
            if (lock.isPresent()) {
                audit.record(actor, AuditAction.ACCOUNT_LOCKED, target, "until " + lock.get());
                return new SignInOutcome.Throttled(lock.get());
            }
            return new SignInOutcome.Refused();
        }
        throttle.succeeded(account);
        sessions.deleteExpired(now.minus(policy.idle()).toEpochMilli(), now.minus(policy.absolute()).toEpochMilli());
        String id = tokens.newId();
        sessions.add(SessionTokens.storageKey(id), account, now.toEpochMilli(), address);
        users.recordSignIn(account, now.toEpochMilli());
        audit.record(new Actor(account, address), AuditAction.SIGN_IN, account, "");
        return new SignInOutcome.SignedIn(
                new StaffSession(account, Role.parseList(user.get().roles()), SessionTokens.csrfToken(id)), id);
    }

    /**
     * The session the id names, if it is still alive: not idle past the policy, not past its absolute
     * end, and its user not disabled. A dead session is deleted on the spot.
     */
    public Optional<StaffSession> resume(String sessionId) {
        if (!SessionTokens.wellFormed(sessionId)) return Optional.empty();
        String key = SessionTokens.storageKey(sessionId);
        Optional<SessionRepository.SessionRow> found = sessions.find(key);
        if (found.isEmpty()) return Optional.empty();
        SessionRepository.SessionRow row = found.get();
        long now = clock.millis();
        boolean idle = now - row.lastSeenAt() >= policy.idle().toMillis();
        boolean tooOld = now - row.createdAt() >= policy.absolute().toMillis();
        if (idle || tooOld || row.userDisabled()) {
            sessions.delete(key);
            return Optional.empty();
        }
        if (now - row.lastSeenAt() >= TOUCH_EVERY.toMillis()) sessions.touch(key, now);
        return Optional.of(new StaffSession(row.userName(), Role.parseList(row.roles()),
                SessionTokens.csrfToken(sessionId)));
    }

    /** Whether {@code token} is the CSRF token of this session id. */
    public boolean tokenMatches(String sessionId, String token) {
        return SessionTokens.wellFormed(sessionId) && SessionTokens.csrfMatches(sessionId, token);
    }

    /** Ends the session on the server: the same cookie replayed later finds nothing. */
    public void signOut(String sessionId, StaffSession session, String address) {
        if (!SessionTokens.wellFormed(sessionId)) return;
        if (sessions.delete(SessionTokens.storageKey(sessionId))) {
            audit.record(new Actor(session.user(), address), AuditAction.SIGN_OUT, session.user(), "");
        }
    }

    private Optional<UserRepository.UserRow> findQuietly(String name) {
        try {
            return users.find(Usernames.normalize(name));
        } catch (InvalidAccountException malformed) {
            return Optional.empty();
        }
    }

    private static String throttleName(String name) {
        String normal = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return normal.length() > MAX_NAME_KEPT ? normal.substring(0, MAX_NAME_KEPT) : normal;
    }
}
