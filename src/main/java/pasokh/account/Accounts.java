package pasokh.account;

import java.time.Clock;
import pasokh.store.AuditRepository;
import pasokh.store.Database;
import pasokh.store.SessionRepository;
import pasokh.store.SignInThrottleRepository;
import pasokh.store.UserRepository;

/** The account services wired over one database: what the composition root and the CLI take from. */
public record Accounts(AccountService users, SessionService sessions, AuditLog audit) {

    public static Accounts over(Database db, SessionPolicy policy, PasswordHasher hasher, Clock clock) {
        UserRepository users = new UserRepository(db);
        SessionRepository sessions = new SessionRepository(db);
        SignInThrottle throttle = new SignInThrottle(new SignInThrottleRepository(db));
        AuditLog audit = new AuditLog(new AuditRepository(db), clock);
        return new Accounts(new AccountService(users, sessions, throttle, hasher, audit, clock),
                new SessionService(users, sessions, throttle, hasher, audit, policy, clock), audit);
    }
}
