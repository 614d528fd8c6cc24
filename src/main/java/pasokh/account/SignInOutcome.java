package pasokh.account;

import java.time.Instant;

/** What a sign-in attempt came to. */
public sealed interface SignInOutcome {

    /** {@code sessionId} goes into the cookie and nowhere else. */
    record SignedIn(StaffSession session, String sessionId) implements SignInOutcome {}

    /** Wrong name, wrong password or a disabled account: deliberately one answer for all three. */
    record Refused() implements SignInOutcome {}

    /** Too many failures for this account or this address; nothing was checked. */
    record Throttled(Instant retryAt) implements SignInOutcome {}
}
