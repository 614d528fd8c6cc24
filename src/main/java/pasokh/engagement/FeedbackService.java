package pasokh.engagement;

import java.time.Clock;
import java.util.function.Predicate;
import pasokh.article.PersianDigits;
import pasokh.store.FeedbackRepository;

/** Checks and records «آیا این پاسخ مفید بود؟» answers. */
public final class FeedbackService {

    public static final int MAX_COMMENT_LENGTH = 1000;

    private final FeedbackRepository repository;
    private final Predicate<String> publishedSlug;
    private final Clock clock;

    public FeedbackService(FeedbackRepository repository, Predicate<String> publishedSlug, Clock clock) {
        this.repository = repository;
        this.publishedSlug = publishedSlug;
        this.clock = clock;
    }

    /**
     * @param helpful null when the reader did not choose yes or no
     * @throws InvalidFeedbackException with a message the reader can act on
     */
    public void submit(String slug, Boolean helpful, String comment) {
        if (slug == null || slug.isBlank()) throw new InvalidFeedbackException("نشانی مقاله (slug) مشخص نیست.");
        if (!publishedSlug.test(slug)) throw new InvalidFeedbackException("مقاله‌ای با این نشانی وجود ندارد.");
        if (helpful == null) throw new InvalidFeedbackException("لطفاً «بله» یا «خیر» را انتخاب کنید.");
        String cleaned = cleanComment(comment);
        if (cleaned != null && cleaned.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidFeedbackException("توضیح شما بیش از " + PersianDigits.of(MAX_COMMENT_LENGTH)
                    + " نویسه است؛ لطفاً کوتاه‌ترش کنید.");
        }
        repository.add(slug, helpful, cleaned, clock.instant());
    }

    /** How readers have answered for one article so far. */
    public FeedbackRepository.Tally tally(String slug) {
        return repository.tally(slug);
    }

    /** Keeps line breaks, drops other control characters, and stores nothing for an empty comment. */
    static String cleanComment(String comment) {
        if (comment == null) return null;
        String cleaned = comment.replaceAll("[\\p{Cc}&&[^\\n]]", "").replace("\r", "").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
