package pasokh.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pasokh.store.SessionRepository;
import pasokh.store.UserRepository;

/** Staff accounts: adding, listing, disabling, passwords and roles. Every change is audited. */
public final class AccountService {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final SignInThrottle throttle;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserRepository users, SessionRepository sessions, SignInThrottle throttle, PasswordHasher hasher,
                   AuditLog audit, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return the stored (normalised) name */
    public String add(String name, String password, Set<Role> roles, Actor by) {
        String normal = Usernames.normalize(name);
        PasswordRules.check(password);
        Role.requireAny(roles);
        if (!users.add(normal, hasher.hash(password), Role.format(roles), clock.millis())) {
            throw new InvalidAccountException("a user named '" + normal + "' already exists",
                    "کاربری با نام «" + normal + "» از پیش وجود دارد.");
        }
        audit.record(by, AuditAction.USER_ADDED, normal, "roles " + Role.format(roles));
        return normal;
    }

    public List<User> list() {
        return users.all().stream().map(AccountService::user).toList();
    }

    public Optional<User> find(String name) {
        return users.find(Usernames.normalize(name)).map(AccountService::user);
    }

    /** Disables the account and ends its sessions at once. */
    public void disable(String name, Actor by) {
        String normal = existing(name);
        keepAnAdmin(normal, Set.of());
        users.setDisabled(normal, true);
        int ended = sessions.deleteAllOf(normal);
        audit.record(by, AuditAction.USER_DISABLED, normal, ended == 0 ? "" : ended + " session(s) ended");
    }

    public void enable(String name, Actor by) {
        String normal = existing(name);
        users.setDisabled(normal, false);
        audit.record(by, AuditAction.USER_ENABLED, normal, "");
    }

    /** Sets a new password, ends the user's sessions (a stolen one dies with the old password) and lifts a lock. */
    public void changePassword(String name, String password, Actor by) {
        String normal = existing(name);
        PasswordRules.check(password);
        users.setPasswordHash(normal, hasher.hash(password));
        int ended = sessions.deleteAllOf(normal);
        throttle.unlock(normal);
        audit.record(by, AuditAction.PASSWORD_CHANGED, normal, ended == 0 ? "" : ended + " session(s) ended");
    }

    public void setRoles(String name, Set<Role> roles, Actor by) {
        String normal = existing(name);
        Role.requireAny(roles);
        keepAnAdmin(normal, roles);
        String before = users.find(normal).map(UserRepository.UserRow::roles).orElse("");
        users.setRoles(normal, Role.format(roles));
        audit.record(by, AuditAction.ROLES_CHANGED, normal, before + " -> " + Role.format(roles));
    }

    private String existing(String name) {
        String normal = Usernames.normalize(name);
        if (users.find(normal).isEmpty()) throw new UnknownUserException(normal);
        return normal;
    }

    /**
     * Nobody could manage users any more if the last enabled admin lost the role or the account: refused
     * (the command line could still add a new admin, but a web admin would lock themselves out by a click).
     */
    private void keepAnAdmin(String changed, Set<Role> newRoles) {
        if (newRoles.contains(Role.ADMIN)) return;
        boolean otherAdmin = users.all().stream().anyMatch(u -> !u.name().equals(changed) && !u.disabled()
                && Role.parseList(u.roles()).contains(Role.ADMIN));
        boolean changedIsAdmin = users.find(changed).map(u -> !u.disabled()
                && Role.parseList(u.roles()).contains(Role.ADMIN)).orElse(false);
        if (changedIsAdmin && !otherAdmin) {
            throw new InvalidAccountException("'" + changed + "' is the only enabled admin: add another admin first",
                    "«" + changed + "» تنها مدیر سامانهٔ فعال است؛ نخست مدیر دیگری تعریف کنید.");
        }
    }

    private static User user(UserRepository.UserRow row) {
        return new User(row.name(), Role.parseList(row.roles()), row.disabled(), Instant.ofEpochMilli(row.createdAt()),
                Optional.ofNullable(row.lastSignInAt()).map(Instant::ofEpochMilli));
    }
}
