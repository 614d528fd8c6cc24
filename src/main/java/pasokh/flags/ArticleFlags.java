package pasokh.flags;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import pasokh.account.Actor;
import pasokh.account.AuditAction;
import pasokh.account.AuditLog;
import pasokh.article.Article;
import pasokh.article.PersianDigits;
import pasokh.questions.PersonalData;
import pasokh.store.FlagRepository;

/** Agents flag articles; editors read the open flags and mark them resolved. */
public final class ArticleFlags {

    public static final int MAX_TEXT = 300;

    public enum Resolution { RESOLVED, ALREADY_RESOLVED, NOT_FOUND }

    private final FlagRepository repository;
    private final Function<String, Optional<Article>> published;
    private final Function<String, OptionalLong> shownVersion;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * @param published    the article readers see under a slug, if it is on the site
     * @param shownVersion the version of that article's published revision (0: never taken into revisions)
     */
    public ArticleFlags(FlagRepository repository, Function<String, Optional<Article>> published,
                        Function<String, OptionalLong> shownVersion, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.published = published;
        this.shownVersion = shownVersion;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws InvalidFlagException for a slug not on the site, a part it does not have, an empty or long text */
    public Flag flag(String slug, String target, String text, Actor by) {
        Article article = (slug == null || slug.isBlank() ? Optional.<Article>empty() : published.apply(slug.strip()))
                .orElseThrow(() -> new InvalidFlagException("مقاله‌ای با این نشانی (slug) در سایت منتشر نشده است."));
        FlagTarget part = FlagTarget.parse(target).orElseThrow(() -> new InvalidFlagException(
                "بخش مقاله (target) باید article، summary، key_point:N یا paragraph:N باشد (N از ۱)."));
        checkExists(article, part);
        String typed = text == null ? "" : oneLine(text);
        if (typed.isEmpty()) throw new InvalidFlagException("بنویسید چه چیزی در مقاله نادرست یا قدیمی است.");
        if (typed.codePointCount(0, typed.length()) > MAX_TEXT) {
            throw new InvalidFlagException("متن گزارش بیش از " + PersianDigits.of(MAX_TEXT) + " نویسه است؛ کوتاه‌ترش کنید.");
        }
        String stored = oneLine(PersonalData.scrub(text));
        long version = shownVersion.apply(article.slug()).orElse(0);
        Instant at = clock.instant();
        long id = repository.add(article.slug(), part.id(), stored, by.name(), at.toEpochMilli(), version);
        audit.record(by, AuditAction.ARTICLE_FLAGGED, article.slug(), "flag " + id + ", " + part.id() + ", version "
                + version);
        return new Flag(id, article.slug(), part, stored, by.name(), at, version);
    }

    /** Every open flag, oldest first. */
    public List<Flag> open() {
        return repository.open().stream().map(ArticleFlags::flag).toList();
    }

    /** The open flags of one article, oldest first. */
    public List<Flag> openOf(String slug) {
        return repository.openOf(slug).stream().map(ArticleFlags::flag).toList();
    }

    /** Open flags per article; an article without one is not in the map. */
    public Map<String, Long> openCounts() {
        return repository.openCounts();
    }

    public Resolution resolve(String slug, long id, Actor by) {
        Optional<FlagRepository.FlagRow> row = repository.get(id).filter(r -> r.slug().equals(slug));
        if (row.isEmpty()) return Resolution.NOT_FOUND;
        if (!repository.resolve(id, slug, by.name(), clock.millis())) return Resolution.ALREADY_RESOLVED;
        audit.record(by, AuditAction.FLAG_RESOLVED, slug, "flag " + id);
        return Resolution.RESOLVED;
    }

    /**
     * A key point must be one the article has. Paragraphs are numbered by whoever shows the article; no count
     * of them is above its body's lines that hold text.
     */
    private static void checkExists(Article article, FlagTarget target) {
        int has = switch (target.part()) {
            case KEY_POINT -> article.keyPoints().size();
            case PARAGRAPH -> (int) article.body().lines().filter(l -> !l.isBlank()).count();
            default -> Integer.MAX_VALUE;
        };
        if (target.number() > has) {
            throw new InvalidFlagException("این مقاله " + target.persian() + " ندارد"
                    + (target.part() == FlagTarget.Part.KEY_POINT ? " (" + PersianDigits.of(has) + " نکتهٔ کلیدی دارد)."
                    : "."));
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
    }

    private static Flag flag(FlagRepository.FlagRow r) {
        // only parsed targets are stored; one this version cannot read stands for the whole article
        FlagTarget target = FlagTarget.parse(r.target()).orElse(new FlagTarget(FlagTarget.Part.ARTICLE, 0));
        return new Flag(r.id(), r.slug(), target, r.text(), r.user(), Instant.ofEpochMilli(r.at()), r.articleVersion());
    }
}
