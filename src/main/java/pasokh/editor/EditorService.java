package pasokh.editor;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import pasokh.account.Actor;
import pasokh.account.AuditAction;
import pasokh.account.AuditLog;
import pasokh.article.Article;
import pasokh.article.AtomicFiles;
import pasokh.article.PersianDigits;
import pasokh.article.FrontMatterWriter;
import pasokh.article.ReviewDates;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.store.RevisionRepository;

/**
 * Drafts, review, publishing and revisions. Every text ever saved is a row; a published article is the file
 * {@code articles/<category>/<slug>.md}, written atomically, and the folder stays the source of truth for
 * readers: a file changed by other means (a {@code git pull}, a text editor) is recorded as a revision by
 * «سیستم» the next time the editor looks at it. Knows nothing about HTTP.
 */
public final class EditorService {

    public static final String SYSTEM = "سیستم";
    /** The note of the revision an accepted proposed phrasing makes. */
    public static final String PROPOSED_QUESTION_NOTE = "پرسش پیشنهادی افزوده شد";
    /** A publish is served by the next snapshot; waiting longer than this means something is wrong. */
    private static final long PUBLISH_WAIT_SECONDS = 10;

    public record Summary(String slug, String title, String category, ArticleState state, Instant updated,
                          Optional<java.time.LocalDate> reviewBy, boolean overdue, long version, Optional<String> owner) {}

    public record Current(String slug, ArticleState state, long version, String source) {}

    private final RevisionRepository revisions;
    private final KnowledgeBase knowledge;
    private final AuditLog audit;
    private final Clock clock;

    /** How the warning that asks for a new review date begins. */
    public static final String FIGURES_CHANGED = "عددهای متن تغییر کرده است";

    private final Object folderWrites = new Object();

    public EditorService(RevisionRepository revisions, KnowledgeBase knowledge, AuditLog audit, Clock clock) {
        this.revisions = revisions;
        this.knowledge = knowledge;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every article the folder or the database knows, with its state. */
    public List<Summary> list() {
        Snapshot kb = knowledge.current();
        Map<String, Article> files = kb.articles().all().stream()
                .collect(Collectors.toMap(Article::slug, Function.identity(), (a, b) -> a));
        Set<String> slugs = new HashSet<>(files.keySet());
        revisions.states().forEach(s -> slugs.add(s.slug()));
        List<Summary> out = new ArrayList<>();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        for (String slug : slugs) {
            Current c = current(slug).orElse(null);
            if (c == null) continue;
            Optional<Article> parsed = SourceChecker.read(kb, knowledge.articlesFolder(), slug, c.source());
            Article shown = parsed.orElse(files.get(slug));
            Instant updated = revisions.state(slug).map(s -> Instant.ofEpochMilli(s.updatedAt())).orElse(Instant.EPOCH);
            Optional<java.time.LocalDate> reviewBy = shown == null ? Optional.empty() : shown.reviewBy();
            out.add(new Summary(slug, shown == null ? slug : shown.title(), shown == null ? "" : shown.category(),
                    c.state(), updated, reviewBy, reviewBy.map(today::isAfter).orElse(false), c.version(),
                    shown == null ? Optional.empty() : shown.owner()));
        }
        out.sort(java.util.Comparator.comparing(Summary::slug));
        return out;
    }

    /** The latest revision; an article known only from its file is taken in as version 1 by «سیستم». */
    public Optional<Current> current(String slug) {
        recordFileChanges(slug);
        return revisions.state(slug).flatMap(s -> revisions.get(slug, s.latestVersion())
                .map(r -> new Current(slug, ArticleState.byId(s.state()).orElse(ArticleState.DRAFT), s.latestVersion(),
                        r.source())));
    }

    /**
     * The version of the revision readers (and agents) are shown now, for a record made against it: the published
     * version, 0 for a file on the site never taken into revisions; empty when the article is not on the site.
     * Only reads: an agent's look at an article must not make revisions.
     */
    public OptionalLong shownVersion(String slug) {
        if (knowledge.current().articles().findPublished(slug).isEmpty()) return OptionalLong.empty();
        Long published = revisions.state(slug).map(RevisionRepository.StateRow::publishedVersion).orElse(null);
        return OptionalLong.of(published == null ? 0 : published);
    }

    /** Saves a draft revision; {@code baseVersion} 0 creates the article. */
    public SaveOutcome save(String slug, String source, long baseVersion, Actor by) {
        recordFileChanges(slug);
        SourceChecker.Checked checked = SourceChecker.check(knowledge.current(), knowledge.articlesFolder(), slug, source);
        if (!checked.valid()) return new SaveOutcome.Invalid(checked.problems());
        Optional<SourceProblem> numberUsed = numberUsedBefore(slug, source, checked);
        if (numberUsed.isPresent()) {
            List<SourceProblem> problems = new ArrayList<>(checked.problems());
            problems.add(numberUsed.get());
            return new SaveOutcome.Invalid(problems);
        }
        // asked for, not enforced: a corrected typo in a number must not be held up
        Optional<SourceProblem> reviewDate = staleReviewDate(slug, baseVersion, checked);
        Stored stored = storeDraft(slug, baseVersion, source, by, "");
        return switch (stored.saved()) {
            case RevisionRepository.Accepted a -> {
                audit.record(by, AuditAction.DRAFT_SAVED, slug, "version " + a.version());
                List<SourceProblem> warnings = new ArrayList<>(checked.problems());
                reviewDate.ifPresent(warnings::add);
                yield new SaveOutcome.Saved(a.version(), stored.state(), List.copyOf(warnings));
            }
            case RevisionRepository.Stale stale -> {
                audit.record(by, AuditAction.EDIT_REFUSED, slug, "based on version " + baseVersion + ", latest is "
                        + stale.current().version());
                yield new SaveOutcome.Conflict(revision(stale.current()), diff(stale.current().source(), source));
            }
        };
    }

    private record Stored(RevisionRepository.Saved saved, ArticleState state) {}

    /** Saves a checked source as the next draft revision (in review, it stays in review). */
    private Stored storeDraft(String slug, long baseVersion, String source, Actor by, String note) {
        Optional<RevisionRepository.StateRow> state = revisions.state(slug);
        // an edit of a published article is a draft until it is published again; the file stays as it was
        ArticleState next = state.map(s -> ArticleState.byId(s.state()).orElse(ArticleState.DRAFT))
                .filter(s -> s == ArticleState.REVIEW).orElse(ArticleState.DRAFT);
        RevisionRepository.Saved saved = revisions.save(slug, baseVersion, source, SourceChecker.numberOf(source),
                by.name(), clock.millis(), next.id(), note);
        // the published file is still what readers see: keep that state visible until a new publish
        if (saved instanceof RevisionRepository.Accepted && state.map(s -> s.publishedVersion() != null).orElse(false)) {
            revisions.setState(slug, next.id(), null, false, clock.millis());
        }
        return new Stored(saved, next);
    }

    /**
     * A proposed phrasing accepted: {@code question} is added to the questions of the article's latest revision,
     * saved as a new draft revision by {@code by} (in review, it stays in review) for a publisher to publish. The
     * front matter is written again from its parsed fields, so field order and quoting stay as the form keeps them.
     *
     * @return the new revision's version
     */
    public long addProposedQuestion(String slug, String question, Actor by) {
        Current latest = current(slug).orElseThrow(() -> new EditorException(EditorException.Kind.NOT_FOUND,
                "مقاله‌ای با نشانی «" + slug + "» نیست."));
        if (latest.state() == ArticleState.ARCHIVED) {
            throw new EditorException(EditorException.Kind.NOT_ALLOWED_NOW, "این مقاله بایگانی شده است.");
        }
        Article article = SourceChecker.check(knowledge.current(), knowledge.articlesFolder(), slug, latest.source())
                .article().orElseThrow(() -> new EditorException(EditorException.Kind.NOT_ALLOWED_NOW,
                        "آخرین نسخهٔ این مقاله خطا دارد؛ نخست آن را در ویرایشگر درست و ذخیره کنید."));
        FrontMatterWriter.Fields fields = FrontMatterWriter.of(article);
        List<String> questions = new ArrayList<>(fields.lists().getOrDefault("questions", List.of()));
        questions.add(question);
        Map<String, List<String>> lists = new LinkedHashMap<>(fields.lists());
        lists.put("questions", questions);
        String source = FrontMatterWriter.write(new FrontMatterWriter.Fields(fields.values(), lists, fields.body()));
        SourceChecker.Checked checked = SourceChecker.check(knowledge.current(), knowledge.articlesFolder(), slug, source);
        if (!checked.valid()) {
            throw new EditorException(EditorException.Kind.NOT_ALLOWED_NOW, "با این پرسش مقاله خطا پیدا می‌کند: "
                    + checked.problems().stream().filter(SourceProblem::error).map(SourceProblem::message).findFirst()
                    .orElse(""));
        }
        Stored stored = storeDraft(slug, latest.version(), source, by, PROPOSED_QUESTION_NOTE);
        if (!(stored.saved() instanceof RevisionRepository.Accepted a)) {
            throw new EditorException(EditorException.Kind.CONFLICT, "هم‌زمان نسخهٔ تازه‌ای ذخیره شد؛ دوباره تلاش کنید.");
        }
        audit.record(by, AuditAction.PHRASING_ACCEPTED, slug, "version " + a.version() + ": " + question);
        return a.version();
    }

    /**
     * The answer number a new article is offered: one above every number an article in the folder has or any
     * text ever saved here gave (archived articles', withdrawn drafts'), so a number a caller was once told never
     * leads to another answer. Once the last number is reached, the lowest never used.
     */
    public int nextNumber() {
        int highest = Math.max(revisions.highestNumber(), knowledge.current().articles().all().stream()
                .mapToInt(a -> a.number().orElse(0)).max().orElse(0));
        if (highest < Article.MAX_NUMBER) return highest + 1;
        Set<Integer> used = new HashSet<>(revisions.numbers());
        knowledge.current().articles().all().forEach(a -> a.number().ifPresent(used::add));
        for (int n = 1; n <= Article.MAX_NUMBER; n++) if (!used.contains(n)) return n;
        throw new EditorException(EditorException.Kind.NOT_ALLOWED_NOW,
                "همهٔ شماره‌های پاسخ تا " + PersianDigits.of(Article.MAX_NUMBER) + " به کار رفته است.");
    }

    /**
     * A number a text of another article once had, though no article in the folder has it now (that one was
     * archived or withdrawn, or is a draft here only): giving it again would send a caller who kept it elsewhere.
     */
    private Optional<SourceProblem> numberUsedBefore(String slug, String source, SourceChecker.Checked checked) {
        OptionalInt number = checked.article().orElseThrow().number();
        if (number.isEmpty()) return Optional.empty();
        List<String> others = revisions.otherSlugsNumbered(number.getAsInt(), slug);
        if (others.isEmpty()) return Optional.empty();
        return Optional.of(new SourceProblem("number", SourceChecker.lineOfField(source, "number"), "شمارهٔ "
                + PersianDigits.of(number.getAsInt())
                + " پیش‌تر به مقالهٔ «" + others.getFirst() + "» داده شده است و شماره‌ها دوباره به کار نمی‌روند؛"
                + " شمارهٔ آزاد بعدی " + PersianDigits.of(nextNumber()) + " است.", true));
    }

    /**
     * Circulars change amounts every year: a text whose figures changed while its review date stayed the same
     * (or has passed) asks for a new {@code review_by}, so the next re-check is planned for the new figures.
     */
    private Optional<SourceProblem> staleReviewDate(String slug, long baseVersion, SourceChecker.Checked checked) {
        // against the version the editor started from; a save on an older one is a conflict, answered as such
        Optional<RevisionRepository.RevisionRow> previous = revisions.latest(slug)
                .filter(r -> r.version() != null && r.version() == baseVersion);
        if (previous.isEmpty()) return Optional.empty();
        Article now = checked.article().orElseThrow();
        // both read by the parser, so quoting or folding in the YAML never reads as a changed figure
        List<String> before = SourceChecker.read(knowledge.current(), knowledge.articlesFolder(), slug,
                previous.get().source()).map(a -> ReviewDates.figures(a.body() + " " + a.summary()))
                .orElseGet(() -> figuresOf(previous.get().source()));
        if (ReviewDates.figures(now.body() + " " + now.summary()).equals(before)) {
            return Optional.empty();
        }
        Optional<java.time.LocalDate> reviewBefore = SourceChecker.read(knowledge.current(), knowledge.articlesFolder(),
                slug, previous.get().source()).flatMap(Article::reviewBy);
        boolean unchanged = now.reviewBy().equals(reviewBefore);
        boolean passed = now.reviewBy().map(d -> d.isBefore(java.time.LocalDate.now(clock))).orElse(true);
        if (!unchanged && !passed) return Optional.empty();
        return Optional.of(new SourceProblem("review_by", 1, FIGURES_CHANGED + ": تاریخ بازبینی تازه‌ای"
                + " (review_by) بگذارید تا این عددها سر موعد دوباره بررسی شوند.", false));
    }

    private List<String> figuresOf(String source) {
        return pasokh.article.FrontMatter.split(source).map(fm -> {
            String summary = java.util.regex.Pattern.compile("(?m)^summary:(.*)$").matcher(fm.yaml()).results()
                    .map(r -> r.group(1)).findFirst().orElse("");
            return ReviewDates.figures(fm.body() + " " + summary.strip());
        }).orElse(List.of());
    }

    public void sendToReview(String slug, Actor by) {
        RevisionRepository.StateRow s = stateOf(slug);
        if (!s.state().equals(ArticleState.DRAFT.id())) {
            throw new EditorException(EditorException.Kind.NOT_ALLOWED_NOW, "فقط پیش‌نویس را می‌توان برای بازبینی فرستاد.");
        }
        revisions.setState(slug, ArticleState.REVIEW.id(), null, false, clock.millis());
        audit.record(by, AuditAction.SENT_TO_REVIEW, slug, "version " + s.latestVersion());
    }

    /**
     * Writes the version's text as the article's file and waits until the next snapshot serves it, so that
     * when this returns the article is found by search.
     */
    public long publish(String slug, long version, Actor by) {
        RevisionRepository.StateRow s = stateOf(slug);
        if (s.state().equals(ArticleState.ARCHIVED.id())) {
            throw new EditorException(EditorException.Kind.NOT_ALLOWED_NOW,
                    "این مقاله بایگانی شده است؛ برای انتشار دوباره، نخست آن را ویرایش و به‌عنوان پیش‌نویس ذخیره کنید.");
        }
        if (version != s.latestVersion()) {
            throw new EditorException(EditorException.Kind.CONFLICT, "نسخهٔ " + version + " آخرین نسخه نیست (آخرین: "
                    + s.latestVersion() + "). نسخهٔ آخر را بازبینی و منتشر کنید.");
        }
        String source = revisions.get(slug, version).orElseThrow().source();
        SourceChecker.Checked checked = SourceChecker.check(knowledge.current(), knowledge.articlesFolder(), slug, source);
        // what check would report must not reach the folder: a published article check rejects is a broken build
        if (!checked.valid() || !checked.problems().isEmpty()) {
            throw new EditorException(EditorException.Kind.NOT_ALLOWED_NOW, "این نسخه ایرادی دارد که check هم گزارش"
                    + " می‌کند و منتشر نمی‌شود؛ آن را در ویرایشگر رفع و ذخیره کنید: " + checked.problems().stream()
                    .sorted(java.util.Comparator.comparing(p -> !p.error())).map(SourceProblem::message).findFirst()
                    .orElse(""));
        }
        if (!checked.article().orElseThrow().isPublished()) {
            throw new EditorException(EditorException.Kind.NOT_ALLOWED_NOW,
                    "برای انتشار، فیلد status باید published باشد.");
        }
        List<Path> touched = new ArrayList<>();
        // one publish or withdrawal at a time: two in one folder would otherwise race on its temporary files
        synchronized (folderWrites) {
            try {
                Path old = fileOf(slug).orElse(null);
                // what an earlier publish killed half-way left in this folder
                AtomicFiles.sweep(checked.file().getParent());
                AtomicFiles.write(checked.file(), source);
                touched.add(checked.file());
                if (old != null && !same(old, checked.file())) {
                    AtomicFiles.delete(old);
                    touched.add(old);
                }
            } catch (IOException e) {
                throw notWritten(checked.file(), e);
            }
            revisions.setState(slug, ArticleState.PUBLISHED.id(), version, false, clock.millis());
            // recorded before waiting for the index: the file is what readers see from now on
            audit.record(by, AuditAction.PUBLISHED, slug, "version " + version);
        }
        served(touched);
        return version;
    }

    /** Takes the article off the site; its revisions stay. {@code archive}: for good, not back to draft. */
    public void withdraw(String slug, boolean archive, Actor by) {
        RevisionRepository.StateRow s = stateOf(slug);
        Optional<Path> file = fileOf(slug);
        synchronized (folderWrites) {
            try {
                if (file.isPresent()) AtomicFiles.delete(file.get());
            } catch (IOException e) {
                throw notWritten(file.get(), e);
            }
        }
        ArticleState next = archive ? ArticleState.ARCHIVED : ArticleState.DRAFT;
        revisions.setState(slug, next.id(), null, true, clock.millis());
        file.ifPresent(f -> served(List.of(f)));
        audit.record(by, archive ? AuditAction.ARCHIVED : AuditAction.UNPUBLISHED, slug, "version " + s.latestVersion());
    }

    public List<Revision> revisions(String slug) {
        recordFileChanges(slug);
        return revisions.all(slug).stream().filter(r -> !r.refused()).map(EditorService::revision).toList();
    }

    public Optional<Revision> revision(String slug, long version) {
        return revisions.get(slug, version).map(EditorService::revision);
    }

    public String diff(String slug, long from, long to) {
        String a = revisions.get(slug, from).orElseThrow(() -> missingVersion(slug, from)).source();
        String b = revisions.get(slug, to).orElseThrow(() -> missingVersion(slug, to)).source();
        return diff(a, b, "v" + from, "v" + to);
    }

    /** A new revision with an old version's text; nothing is overwritten. */
    public long restore(String slug, long version, Actor by) {
        String source = revisions.get(slug, version).orElseThrow(() -> missingVersion(slug, version)).source();
        RevisionRepository.StateRow s = stateOf(slug);
        RevisionRepository.Saved saved = revisions.save(slug, s.latestVersion(), source,
                SourceChecker.numberOf(source), by.name(), clock.millis(), ArticleState.DRAFT.id(),
                "restored from version " + version);
        if (!(saved instanceof RevisionRepository.Accepted a)) {
            throw new EditorException(EditorException.Kind.CONFLICT, "هم‌زمان نسخهٔ تازه‌ای ذخیره شد؛ دوباره تلاش کنید.");
        }
        audit.record(by, AuditAction.RESTORED, slug, "version " + version + " as " + a.version());
        return a.version();
    }

    /** What an article's source would look like, and what is wrong with it. */
    public Preview preview(String slug, String source) {
        SourceChecker.Checked c = SourceChecker.check(knowledge.current(), knowledge.articlesFolder(), slug, source);
        return new Preview(c.article(), c.problems());
    }

    /**
     * The file on disk is what readers see. When its text is not the published revision (changed by git or a
     * text editor, or never edited here), it becomes a new published revision by «سیستم».
     */
    private void recordFileChanges(String slug) {
        Optional<Path> file = fileOf(slug);
        if (file.isEmpty()) return;
        String text;
        try {
            text = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        Optional<RevisionRepository.StateRow> state = revisions.state(slug);
        Optional<String> published = state.flatMap(s -> Optional.ofNullable(s.publishedVersion()))
                .flatMap(v -> revisions.get(slug, v)).map(RevisionRepository.RevisionRow::source);
        if (published.filter(text::equals).isPresent()) return;
        long base = state.map(RevisionRepository.StateRow::latestVersion).orElse(0L);
        // a publish killed after its file was written and before the database heard of it: finish it
        if (state.isPresent() && revisions.get(slug, base).filter(r -> r.source().equals(text)).isPresent()) {
            revisions.setState(slug, ArticleState.PUBLISHED.id(), base, false, clock.millis());
            audit.record(new Actor(SYSTEM, "local"), AuditAction.PUBLISHED, slug, "version " + base
                    + " (a publish stopped after its file was written, finished on the next start)");
            return;
        }
        RevisionRepository.Saved saved = revisions.save(slug, base, text, SourceChecker.numberOf(text), SYSTEM,
                clock.millis(), ArticleState.PUBLISHED.id(), state.isEmpty() ? "from the articles folder"
                        : "changed on disk");
        if (saved instanceof RevisionRepository.Accepted a) {
            revisions.setState(slug, ArticleState.PUBLISHED.id(), a.version(), false, clock.millis());
            if (state.isPresent()) {
                audit.record(new Actor(SYSTEM, "local"), AuditAction.CHANGED_ON_DISK, slug, "version " + a.version());
            }
        }
    }

    private static EditorException notWritten(Path file, IOException e) {
        return new EditorException(EditorException.Kind.STORAGE, "فایل مقاله (" + file.getFileName() + ") نوشته نشد: "
                + e.getMessage() + ". چیزی از دست نرفته است: نسخه در پایگاه داده هست؛ پس از رفع مشکل (مثلاً پر بودن"
                + " دیسک) دوباره منتشر کنید.");
    }

    private Optional<Path> fileOf(String slug) {
        return knowledge.current().articles().find(slug).map(Article::source).filter(Files::isRegularFile)
                .or(() -> {
                    // published a moment ago and not yet in the snapshot, or in no snapshot because it is broken
                    try (var cats = Files.list(knowledge.articlesFolder())) {
                        return cats.map(c -> c.resolve(slug + ".md")).filter(Files::isRegularFile).findFirst();
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                });
    }

    private void served(List<Path> files) {
        try {
            knowledge.refresh(files).get(PUBLISH_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the file is written; the watcher serves it when the rebuild succeeds
        }
    }

    private RevisionRepository.StateRow stateOf(String slug) {
        recordFileChanges(slug);
        return revisions.state(slug).orElseThrow(() -> new EditorException(EditorException.Kind.NOT_FOUND,
                "مقاله‌ای با نشانی «" + slug + "» نیست."));
    }

    private static EditorException missingVersion(String slug, long version) {
        return new EditorException(EditorException.Kind.NOT_FOUND, "نسخهٔ " + version + " از «" + slug + "» نیست.");
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Revision revision(RevisionRepository.RevisionRow r) {
        return new Revision(r.slug(), r.version() == null ? 0 : r.version(), r.source(), r.author(),
                Instant.ofEpochMilli(r.at()), r.state(), r.note());
    }

    static String diff(String a, String b) {
        return diff(a, b, "current", "yours");
    }

    private static String diff(String a, String b, String nameA, String nameB) {
        List<String> left = a.lines().toList();
        List<String> right = b.lines().toList();
        Patch<String> patch = DiffUtils.diff(left, right);
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(nameA, nameB, left, patch, 3));
    }
}
