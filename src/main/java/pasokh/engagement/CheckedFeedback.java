package pasokh.engagement;

/**
 * An answer that passed {@link FeedbackService#check}: a published article, yes or no, a cleaned comment of
 * allowed length. Only the service makes one, so {@link FeedbackService#store} never sees raw input.
 */
public final class CheckedFeedback {

    private final String slug;
    private final boolean helpful;
    private final String comment;

    CheckedFeedback(String slug, boolean helpful, String comment) {
        this.slug = slug;
        this.helpful = helpful;
        this.comment = comment;
    }

    public String slug() { return slug; }

    public boolean helpful() { return helpful; }

    /** Null when the reader wrote nothing. */
    public String comment() { return comment; }
}
