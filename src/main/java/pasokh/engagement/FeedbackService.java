package pasokh.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import pasokh.article.PersianDigits;
import pasokh.engagement.EngagementHealth.Kind;
import pasokh.store.FeedbackRepository;
import pasokh.store.StorageFullException;

/**
 * Checks and records «آیا این پاسخ مفید بود؟» answers. Checking and storing are two steps so that the web
 * layer can count only well-formed answers against a sender's limit, between the two.
 */
public final class FeedbackService {

    private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

    public static final int MAX_COMMENT_LENGTH = 1000;

    /**
     * Answers stored per day (the readers' day, in the clock's zone), from everyone together. Honest
     * feedback is a small share of the reads, a few hundred a day even on a busy national portal; 5,000
     * leaves room for a news-driven rush, while a crowd of addresses, each within its own limit, can add
     * at most about 15 MB a day (a row with a full 1,000-character Persian comment is under 3 KB).
     */
    public static final int MAX_PER_DAY = 5_000;

    /**
     * Answers stored in all: a year and more of honest feedback, at most about 300 MB on disk even if every
     * comment were full length. Reaching it means someone must read, export and prune what is there.
     */
    public static final int MAX_STORED = 100_000;

    /** Nobody knows when a full disk will have room again; half an hour keeps retries sparse. */
    static final Duration RETRY_WHEN_DISK_FULL = Duration.ofMinutes(30);

    /** Room after the total cap only comes from an operator pruning; ask again tomorrow. */
    static final Duration RETRY_WHEN_ALL_STORED = Duration.ofDays(1);

    /** How many answers may be stored; tests use small ones. */
    public record Caps(long perDay, long total) {
        public static final Caps DEFAULT = new Caps(MAX_PER_DAY, MAX_STORED);
    }

    private final FeedbackRepository repository;
    private final Predicate<String> publishedSlug;
    private final Clock clock;
    private final Caps caps;
    private final EngagementHealth health;

    /** @param clock its zone says when the readers' day begins, for {@link #MAX_PER_DAY} */
    public FeedbackService(FeedbackRepository repository, Predicate<String> publishedSlug, Clock clock, Caps caps,
                           EngagementHealth health) {
        this.repository = repository;
        this.publishedSlug = publishedSlug;
        this.clock = clock;
        this.caps = caps;
        this.health = health;
    }

    /**
     * @param helpful null when the reader did not choose yes or no
     * @throws InvalidFeedbackException with a message the reader can act on
     */
    public CheckedFeedback check(String slug, Boolean helpful, String comment) {
        if (slug == null || slug.isBlank()) throw new InvalidFeedbackException("نشانی مقاله (slug) مشخص نیست.");
        if (!publishedSlug.test(slug)) throw new InvalidFeedbackException("مقاله‌ای با این نشانی وجود ندارد.");
        if (helpful == null) throw new InvalidFeedbackException("لطفاً «بله» یا «خیر» را انتخاب کنید.");
        String cleaned = cleanComment(comment);
        if (cleaned != null && cleaned.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidFeedbackException("توضیح شما بیش از " + PersianDigits.of(MAX_COMMENT_LENGTH)
                    + " نویسه است؛ لطفاً کوتاه‌ترش کنید.");
        }
        return new CheckedFeedback(slug, helpful, cleaned);
    }

    /**
     * @throws FeedbackNotStoredException when today's or the total cap is reached, or the disk is full:
     *     the reader is asked to send it again later, and the rest of the portal goes on
     */
    public void store(CheckedFeedback feedback) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Instant today = now.toLocalDate().atStartOfDay(clock.getZone()).toInstant();
        boolean stored;
        try {
            stored = repository.addWithinCaps(feedback.slug(), feedback.helpful(), feedback.comment(), now.toInstant(),
                    today, caps.perDay(), caps.total());
        } catch (StorageFullException e) {
            if (health.report(Kind.FEEDBACK_STORAGE, "feedback storage full since " + now.toInstant()
                    + ": answers are refused until the disk has room")) {
                log.warn("Feedback storage is full, answers are refused until a write succeeds: {}", e.getMessage());
            }
            throw new FeedbackNotStoredException(FeedbackNotStoredException.Reason.STORAGE_FULL, RETRY_WHEN_DISK_FULL,
                    "فضای ذخیره نظرها در این لحظه پر است و نظر شما ثبت نشد.");
        }
        if (!stored) throw overCap(now);
        for (Kind kind : new Kind[] {Kind.FEEDBACK_STORAGE, Kind.FEEDBACK_TOTAL_CAP, Kind.FEEDBACK_DAY_CAP}) {
            if (health.clear(kind)) log.info("Feedback is stored again ({} cleared)",
                    kind.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Checks and stores in one call, for callers with no limit of their own to apply in between. */
    public void submit(String slug, Boolean helpful, String comment) {
        store(check(slug, helpful, comment));
    }

    private FeedbackNotStoredException overCap(ZonedDateTime now) {
        long total = repository.count();
        if (total >= caps.total()) {
            if (health.report(Kind.FEEDBACK_TOTAL_CAP, "feedback total cap reached (" + total
                    + " stored): export and prune old feedback to accept more")) {
                log.warn("Feedback total cap of {} answers reached; new answers are refused until old ones are pruned",
                        caps.total());
            }
            return new FeedbackNotStoredException(FeedbackNotStoredException.Reason.TOTAL_CAP, RETRY_WHEN_ALL_STORED,
                    "ظرفیت ذخیره نظرها پر شده است و نظر شما ثبت نشد.");
        }
        LocalDate day = now.toLocalDate();
        ZonedDateTime tomorrow = day.plusDays(1).atStartOfDay(clock.getZone());
        if (health.report(Kind.FEEDBACK_DAY_CAP, "feedback daily cap reached (" + caps.perDay()
                + " today): more are accepted from " + tomorrow.toOffsetDateTime(), tomorrow.toInstant())) {
            log.warn("Feedback daily cap of {} answers reached for {}; new answers are refused until {}",
                    caps.perDay(), day, tomorrow.toOffsetDateTime());
        }
        return new FeedbackNotStoredException(FeedbackNotStoredException.Reason.DAY_CAP,
                Duration.between(now, tomorrow),
                "امروز بیش از اندازه معمول نظر رسیده و ثبت نظرهای تازه تا پایان امروز متوقف شده است؛ نظر شما ثبت نشد.");
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
