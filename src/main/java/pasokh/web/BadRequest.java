package pasokh.web;

/** Input we cannot serve; the message is shown to the person (in Persian) and the status is 400. */
public final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
