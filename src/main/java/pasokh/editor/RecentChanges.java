package pasokh.editor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pasokh.account.AuditAction;
import pasokh.account.AuditEntry;
import pasokh.account.AuditLog;
import pasokh.article.Article;
import pasokh.article.ArticleParser;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.store.RevisionRepository;

/**
 * «تغییرات اخیر» for the agents' weekly briefing: the published articles changed in the last days, and what
 * changed in each since the text readers saw before it (the parts, and the figures that came and went), so an
 * agent learns that an amount moved without reading the article again.
 */
public final class RecentChanges {

    public static final int DAYS = 30;

    /** A part of an article that changed, named as the agents know it. */
    public enum Part {
        TITLE("عنوان"), SUMMARY("خلاصه"), KEY_POINTS("نکته‌های کلیدی"), SMS("متن پیامک"), LEGAL("مبنای قانونی"),
        QUESTIONS("پرسش‌ها"), BODY("متن مقاله");

        private final String label;

        Part(String label) { this.label = label; }

        public String label() { return label; }
    }

    /**
     * @param parts   empty when the earlier text is not known (the article was changed before it was first seen
     *                here); then only the date is news
     * @param added   figures in the new text that the earlier one did not have, e.g. a new yearly amount
     * @param removed figures the earlier text had and the new one has not
     */
    public record Change(Article article, LocalDate on, List<Part> parts, List<String> added, List<String> removed) {
        public boolean detailsKnown() { return !parts.isEmpty(); }
    }

    // a figure as written in an article: Persian or Latin digits, with thousands separators or a decimal point
    private static final Pattern FIGURE = Pattern.compile("[0-9۰-۹]+(?:[٬,.٫/][0-9۰-۹]+)*");
    private static final Pattern VERSION = Pattern.compile("version (\\d+)");
    private static final int MAX_FIGURES = 6;
    private static final long CACHE_MILLIS = 60_000;

    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final KnowledgeBase knowledge;
    private final Clock clock;
    private volatile Cached cached;

    private record Cached(long generation, long at, int days, List<Change> changes) {}

    public RecentChanges(RevisionRepository revisions, AuditLog audit, KnowledgeBase knowledge, Clock clock) {
        this.revisions = revisions;
        this.audit = audit;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Newest first. Worked out again at most once a minute, or when the knowledge base changes. */
    public List<Change> lastDays(int days) {
        Snapshot kb = knowledge.current();
        Cached c = cached;
        long now = clock.millis();
        if (c != null && c.generation() == kb.generation() && c.days() == days && now - c.at() < CACHE_MILLIS) {
            return c.changes();
        }
        List<Change> changes = compute(kb, days);
        cached = new Cached(kb.generation(), now, days, changes);
        return changes;
    }

    private List<Change> compute(Snapshot kb, int days) {
        ZoneId zone = clock.getZone();
        LocalDate since = LocalDate.now(clock).minusDays(days);
        Map<String, RevisionRepository.StateRow> states = revisions.states().stream()
                .collect(Collectors.toMap(RevisionRepository.StateRow::slug, Function.identity()));
        ArticleParser parser = new ArticleParser(kb.categories(), kb.site().publicUrl());
        List<Change> out = new ArrayList<>();
        for (Article a : kb.articles().published()) {
            Long published = Optional.ofNullable(states.get(a.slug())).map(RevisionRepository.StateRow::publishedVersion)
                    .orElse(null);
            Shown shown = published == null ? Shown.NONE : shown(a.slug());
            LocalDate on = Optional.ofNullable(published == null ? null : shown.at().get(published)).map(t -> t.atZone(zone).toLocalDate())
                    .filter(d -> d.isAfter(a.updated())).orElse(a.updated());
            if (on.isBefore(since)) continue;
            Optional<Article> before = published == null ? Optional.empty() : previouslyShown(a.slug(), published, shown)
                    .flatMap(source -> parser.parse(a.source(), a.category(), source).article());
            out.add(before.map(b -> compare(b, a, on)).orElseGet(() -> new Change(a, on, List.of(), List.of(), List.of())));
        }
        out.sort(Comparator.comparing(Change::on).reversed().thenComparing(ch -> ch.article().title()));
        return List.copyOf(out);
    }

    /** The versions readers were shown, and when each was put before them: from the audit log. */
    private record Shown(Map<Long, Instant> at) {
        static final Shown NONE = new Shown(Map.of());
    }

    private Shown shown(String slug) {
        Map<Long, Instant> at = new java.util.HashMap<>();
        for (AuditEntry e : audit.about(slug, 200)) {
            if (!e.action().equals(AuditAction.PUBLISHED.id()) && !e.action().equals(AuditAction.CHANGED_ON_DISK.id())) {
                continue;
            }
            Matcher m = VERSION.matcher(e.detail());
            // newest first: the first time seen for a version is its latest showing
            if (m.find()) at.putIfAbsent(Long.parseLong(m.group(1)), e.at());
        }
        return new Shown(at);
    }

    /**
     * The text readers saw before the published version: the newest earlier version that was published by an
     * editor or read from the folder (taken in, or changed on disk), skipping any with the same text.
     */
    private Optional<String> previouslyShown(String slug, long published, Shown shown) {
        Set<Long> versions = new LinkedHashSet<>(shown.at().keySet());
        List<RevisionRepository.RevisionRow> all = revisions.all(slug);
        all.stream().filter(r -> !r.refused() && EditorService.SYSTEM.equals(r.author())).forEach(r -> versions.add(r.version()));
        String current = all.stream().filter(r -> Objects.equals(r.version(), published)).findFirst()
                .map(RevisionRepository.RevisionRow::source).orElse(null);
        if (current == null) return Optional.empty();
        return all.stream()
                .filter(r -> !r.refused() && r.version() != null && r.version() < published && versions.contains(r.version()))
                .filter(r -> !r.source().equals(current))
                .max(Comparator.comparing(RevisionRepository.RevisionRow::version))
                .map(RevisionRepository.RevisionRow::source);
    }

    static Change compare(Article before, Article after, LocalDate on) {
        List<Part> parts = new ArrayList<>();
        if (!before.title().equals(after.title())) parts.add(Part.TITLE);
        if (!before.summary().equals(after.summary())) parts.add(Part.SUMMARY);
        if (!before.keyPoints().equals(after.keyPoints())) parts.add(Part.KEY_POINTS);
        if (!before.sms().equals(after.sms())) parts.add(Part.SMS);
        if (!before.legal().equals(after.legal())) parts.add(Part.LEGAL);
        if (!before.questions().equals(after.questions())) parts.add(Part.QUESTIONS);
        if (!before.body().equals(after.body())) parts.add(Part.BODY);
        Set<String> old = figures(before);
        Set<String> now = figures(after);
        List<String> added = now.stream().filter(f -> !old.contains(f)).limit(MAX_FIGURES).toList();
        List<String> removed = old.stream().filter(f -> !now.contains(f)).limit(MAX_FIGURES).toList();
        return new Change(after, on, parts, added, removed);
    }

    /** The figures an agent reads out: of the summary, the key points, the SMS and the body. */
    private static Set<String> figures(Article a) {
        String text = String.join("\n", a.summary(), String.join("\n", a.keyPoints()), a.sms().orElse(""), a.body());
        Set<String> out = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            // a lone digit is a list number or a day count, not news
            if (m.group().length() > 1) out.add(m.group());
        }
        return out;
    }
}
