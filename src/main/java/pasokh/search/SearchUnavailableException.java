package pasokh.search;

/** Searching is impossible for a moment (the index is being rebuilt); pages say so rather than fail. */
public final class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
