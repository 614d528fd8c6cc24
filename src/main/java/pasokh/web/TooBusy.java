package pasokh.web;

/**
 * A request shed under load: 429 when its own address asks too much at once, 503 when everyone together
 * does. Rendered like every other error, with {@code Retry-After}.
 */
final class TooBusy extends RuntimeException {

    final int status;
    final int retryAfterSeconds;

    TooBusy(int status, int retryAfterSeconds, String message) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
