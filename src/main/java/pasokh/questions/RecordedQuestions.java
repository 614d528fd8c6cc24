package pasokh.questions;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import pasokh.account.Actor;
import pasokh.account.AuditAction;
import pasokh.account.AuditLog;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.PersianDigits;
import pasokh.store.QuestionRepository;

/**
 * «ثبت پرسش»: the question a caller put to an agent, in one line, with the article that answered it (if any) and
 * the channel the caller came by. Scrubbed exactly as an imported row is ({@link PersonalData}, then one line),
 * analysed by the same chain, and stored as one more question of the log with source
 * {@value QuestionRepository#RECORDED_SOURCE}: the gap report counts it with the rest, and the article it names
 * is evidence for its group. The version of the article's published revision at that moment is kept beside it,
 * so that an editor can tell which text the caller was given.
 */
public final class RecordedQuestions {

    public static final int MAX_TEXT = 500;
    /** How callers reach an agent; the portal's own demand (site search, «مفید نبود») is counted by the portal. */
    private static final Set<Channel> CALLERS = EnumSet.of(Channel.PHONE, Channel.SMS, Channel.PORTAL,
            Channel.IN_PERSON, Channel.VOICEMAIL);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A question as stored.
     *
     * @param version the article's published version when it was recorded (0: never taken into revisions);
     *                empty without an article
     */
    public record Recorded(long id, String text, Channel channel, Optional<String> slug, OptionalLong version) {}

    private final QuestionRepository repository;
    private final Supplier<PersianAnalysis> analysis;
    private final Function<String, OptionalLong> shownVersion;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * @param shownVersion the version of a published article readers see now; empty for a slug not on the site
     * @param clock        its zone says which day a question belongs to
     */
    public RecordedQuestions(QuestionRepository repository, Supplier<PersianAnalysis> analysis,
                             Function<String, OptionalLong> shownVersion, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.analysis = analysis;
        this.shownVersion = shownVersion;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param channel an id or name {@link Channel#parse} reads; null or blank: the 1420 line
     * @param slug    the article that answered; null or blank: none did
     * @throws InvalidRecordException for an empty or over-long text, an unknown channel, or a slug not on the site
     */
    public Recorded record(String text, String channel, String slug, Actor by) {
        String typed = text == null ? "" : RowChecker.oneLine(lineBreaksAsSpaces(text));
        if (typed.isEmpty()) throw new InvalidRecordException("متن پرسش را بنویسید.");
        if (typed.codePointCount(0, typed.length()) > MAX_TEXT) {
            throw new InvalidRecordException("پرسش بیش از " + PersianDigits.of(MAX_TEXT)
                    + " نویسه است؛ کوتاه‌ترش کنید.");
        }
        Channel via = channel(channel);
        Optional<String> article = slug == null || slug.isBlank() ? Optional.empty() : Optional.of(slug.strip());
        OptionalLong version = OptionalLong.empty();
        if (article.isPresent()) {
            version = shownVersion.apply(article.get());
            if (version.isEmpty()) throw new InvalidRecordException("مقاله‌ای با این نشانی (slug) در سایت منتشر نشده است.");
        }
        // as an imported row: the numbers go before anything else is done with the text
        String stored = RowChecker.oneLine(PersonalData.scrub(lineBreaksAsSpaces(text)));
        QuestionText read = QuestionText.read(analysis.get(), stored);
        Instant at = clock.instant();
        long id = repository.addOne(new QuestionRepository.NewQuestion(key(at), at.toEpochMilli(),
                at.atZone(clock.getZone()).toLocalDate().toEpochDay(), via.id(), QuestionRepository.RECORDED_SOURCE,
                "", "", "", article.orElse(""), read.normal(), read.signature(), stored,
                version.isPresent() ? version.getAsLong() : null));
        // who recorded what about which article, never the caller's words
        audit.record(by, AuditAction.QUESTION_RECORDED, article.orElse(""), "question " + id + ", channel " + via.id()
                + (version.isPresent() ? ", version " + version.getAsLong() : ""));
        return new Recorded(id, stored, via, article, version);
    }

    /** How many questions agents recorded on days {@code from} to {@code to}. */
    public long count(LocalDate from, LocalDate to) {
        return repository.countRecorded(from.toEpochDay(), to.toEpochDay());
    }

    private static Channel channel(String text) {
        if (text == null || text.isBlank()) return Channel.PHONE;
        return Channel.parse(text).filter(CALLERS::contains).orElseThrow(() -> {
            String shown = PersonalData.scrub(text.strip());
            return new InvalidRecordException("مجرای «" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                    + "» شناخته نیست؛ یکی از این‌ها را بنویسید: " + Channel.importable());
        });
    }

    /** Unicode's own line and paragraph separators, which {@link RowChecker#oneLine} leaves in place. */
    private static String lineBreaksAsSpaces(String text) {
        return text.replace('\u2028', ' ').replace('\u2029', ' ').replace('\u0085', ' ');
    }

    /**
     * The time and a random nonce: two agents recording the same words in the same millisecond are two calls.
     * Never a hash of the text, which before scrubbing held the caller's numbers.
     */
    private static byte[] key(Instant at) {
        byte[] nonce = new byte[8];
        RANDOM.nextBytes(nonce);
        return ByteBuffer.allocate(16).putLong(at.toEpochMilli()).put(nonce).array();
    }
}
