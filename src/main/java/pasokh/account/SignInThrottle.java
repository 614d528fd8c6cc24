package pasokh.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import pasokh.store.SignInThrottleRepository;

/**
 * Limits password guessing. Per account: 5 failures within 15 minutes lock the account for 15 minutes,
 * and while it is locked even the right password is refused. Per address: 20 failures within 15 minutes
 * lock the address, so one machine cannot try a few passwords on every account.
 */
final class SignInThrottle {

    record Rule(int failures, Duration window, Duration lock) {}

    static final Rule PER_ACCOUNT = new Rule(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final Rule PER_ADDRESS = new Rule(20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final SignInThrottleRepository repository;

    SignInThrottle(SignInThrottleRepository repository) {
        this.repository = repository;
    }

    /** When the later of the two locks ends, if either holds at {@code now}. */
    Optional<Instant> lockedUntil(String account, String address, Instant now) {
        long until = Math.max(repository.lockedUntil(accountKey(account)), repository.lockedUntil(addressKey(address)));
        return until > now.toEpochMilli() ? Optional.of(Instant.ofEpochMilli(until)) : Optional.empty();
    }

    /** Counts a failure against both; returns the account's lock if this failure set one. */
    Optional<Instant> failed(String account, String address, Instant now) {
        long at = now.toEpochMilli();
        long accountLock = record(accountKey(account), at, PER_ACCOUNT);
        long addressLock = record(addressKey(address), at, PER_ADDRESS);
        long until = Math.max(accountLock, addressLock);
        return until > at ? Optional.of(Instant.ofEpochMilli(until)) : Optional.empty();
    }

    /** A right password forgets the account's failures; the address's stay counted. */
    void succeeded(String account) {
        repository.clear(accountKey(account));
    }

    /** An admin who resets a password also lifts the lock. */
    void unlock(String account) {
        repository.clear(accountKey(account));
    }

    private long record(String key, long at, Rule rule) {
        return repository.recordFailure(key, at, rule.window().toMillis(), rule.failures(), rule.lock().toMillis());
    }

    /** Hashed: the name tried may be a password typed into the name box, and must not be stored as typed. */
    private static String accountKey(String account) {
        return "account:" + java.util.HexFormat.of().formatHex(SessionTokens.sha256("throttle\0" + account));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
