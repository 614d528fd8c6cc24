package pasokh.account;

import java.time.Instant;

/** One line of the audit log. */
public record AuditEntry(Instant at, String actor, String action, String target, String address, String detail) {

    public String actionLabel() {
        return AuditAction.labelOf(action);
    }
}
