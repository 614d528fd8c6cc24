package pasokh.account;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** A staff account as admins see it: never its password hash. */
public record User(String name, Set<Role> roles, boolean disabled, Instant createdAt, Optional<Instant> lastSignIn) {}
