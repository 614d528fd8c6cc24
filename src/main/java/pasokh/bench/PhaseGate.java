package pasokh.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Decides, request by request, whether a phase goes on; one gate is shared by all connections. */
final class PhaseGate {

    private final Budget budget;
    private final AtomicLong tickets = new AtomicLong();
    private volatile long deadline;

    PhaseGate(Budget budget) {
        this.budget = budget;
    }

    /** Starts the clock of a timed phase. */
    void start(long nanoTime) {
        if (budget instanceof Budget.Time time) deadline = nanoTime + time.duration().toNanos();
    }

    /** Whether one more request belongs to this phase; a counted phase hands out exactly its count. */
    boolean admit(long nanoTime) {
        return switch (budget) {
            case Budget.Time ignored -> nanoTime - deadline < 0;
            case Budget.Requests requests -> tickets.getAndIncrement() < requests.count();
        };
    }
}
