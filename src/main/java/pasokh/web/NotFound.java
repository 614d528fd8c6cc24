package pasokh.web;

/** No such page or article; rendered as a Persian 404 page, or a JSON error under /api. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
