package pasokh.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pasokh.account.Actor;
import pasokh.account.AuditAction;
import pasokh.account.AuditLog;
import pasokh.analysis.CharFolding;
import pasokh.analysis.Letters;
import pasokh.analysis.PersianAnalysis;
import pasokh.article.Article;
import pasokh.knowledge.KnowledgeBase;
import pasokh.knowledge.Snapshot;
import pasokh.questions.Channel;
import pasokh.questions.QuestionText;
import pasokh.store.PhrasingDecisionRepository;
import pasokh.store.QuestionRepository;

/**
 * «پرسش‌های پیشنهادی»: how callers really ask, taken from the questions whose row names the article that
 * answered them (imported CRM rows with an article column, questions agents record). Rows are grouped by their
 * analysed form and article; a group asked at least {@link PhrasingSettings#minCount()} times is proposed as one
 * more of the article's {@code questions}, unless that article is not published, the wording (after the same
 * analysis) is already a question of it or of another article, or an editor already accepted or dismissed it
 * for that article. Knows nothing about HTTP.
 *
 * <p>The portal's own searches are left out even when the reader then opened an article: the search listed that
 * article for the wording already, so adding it teaches the search nothing, and anyone could repeat a search and
 * a click to put words into an article's proposals.
 */
public final class ProposedPhrasings {

    static final String ACCEPTED = "accepted";
    static final String DISMISSED = "dismissed";
    private static final Set<String> NOT_EVIDENCE = Set.of(Channel.SITE_SEARCH.id(), Channel.NOT_HELPFUL.id());

    private final QuestionRepository questions;
    private final PhrasingDecisionRepository decisions;
    private final EditorService editor;
    private final KnowledgeBase knowledge;
    private final PhrasingSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    public ProposedPhrasings(QuestionRepository questions, PhrasingDecisionRepository decisions, EditorService editor,
                             KnowledgeBase knowledge, PhrasingSettings settings, AuditLog audit, Clock clock) {
        this.questions = questions;
        this.decisions = decisions;
        this.editor = editor;
        this.knowledge = knowledge;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** One group while the rows are read: its count, newest question and its most asked kept wording. */
    private static final class Group {
        final String normal;
        long count;
        long newest;
        String text;
        long textCount;
        long textNewest;

        Group(String normal) {
            this.normal = normal;
        }

        void add(QuestionRepository.AnsweredRow row) {
            count += row.count();
            newest = Math.max(newest, row.newest());
            if (row.text() == null || QuestionText.hasPlaceholder(row.text()) || !writtenInPersian(row.text())) return;
            // the most asked wording; of two asked as often, the more recent
            if (text == null || row.count() > textCount || (row.count() == textCount && row.newest() > textNewest)) {
                text = row.text();
                textCount = row.count();
                textNewest = row.newest();
            }
        }
    }

    /**
     * Finglish and Persian typed on an English keyboard are counted with their group but never shown: the search
     * reads them already ({@code QueryRescue}), and among an article's questions they would read as gibberish.
     */
    private static boolean writtenInPersian(String text) {
        int persian = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Letters.isPersianLetter(c)) persian++;
            else if (Letters.isLatinLetter(c)) latin++;
        }
        return persian > latin;
    }

    private record GroupKey(long textId, String slug) {}

    /** The published articles' questions: their analysed forms, and their letters alone. */
    private record Asked(Set<String> normals, Set<String> letters) {

        /**
         * A wording another article already has is left out too: it would be one question of two articles, which
         * {@code check} reports.
         */
        static Asked by(Snapshot kb) {
            PersianAnalysis analysis = kb.analysis();
            Set<String> normals = new HashSet<>();
            Set<String> letters = new HashSet<>();
            for (Article a : kb.articles().published()) {
                for (String q : a.questions()) {
                    normals.add(QuestionText.normalOf(analysis, q));
                    letters.add(lettersOf(q));
                }
            }
            return new Asked(normals, letters);
        }

        /**
         * Whether the wording is one of the questions. The analysis leaves a word glued to the next where a
         * half-space was dropped («همدوره‌ایم»): the same question, which its letters alone still tell.
         */
        boolean has(String normal, String wording) {
            return normals.contains(normal) || letters.contains(lettersOf(wording));
        }

        private static String lettersOf(String text) {
            String folded = CharFolding.fold(text);
            StringBuilder b = new StringBuilder(folded.length());
            for (int i = 0; i < folded.length(); i++) {
                if (Character.isLetterOrDigit(folded.charAt(i))) b.append(folded.charAt(i));
            }
            return b.toString();
        }
    }

    /** The proposals, the most asked first, then the most recently asked. */
    public List<Proposal> list() {
        Map<GroupKey, Group> groups = new HashMap<>();
        questions.forEachAnswered(NOT_EVIDENCE, settings.minCount(), row -> groups.computeIfAbsent(
                new GroupKey(row.textId(), row.article()), k -> new Group(row.normal())).add(row));
        Snapshot kb = knowledge.current();
        Asked asked = Asked.by(kb);
        Set<PhrasingDecisionRepository.Key> decided = decisions.all();
        List<Proposal> out = new ArrayList<>();
        groups.forEach((key, group) -> {
            // a group whose every wording retention deleted has nothing left to show
            if (group.text == null || asked.has(group.normal, group.text)) return;
            Optional<Article> article = kb.articles().findPublished(key.slug());
            if (article.isEmpty()) return;
            if (decided.contains(new PhrasingDecisionRepository.Key(group.normal, key.slug()))) return;
            out.add(new Proposal(persianLetters(group.text), group.normal, key.slug(), article.get().title(),
                    group.count, Instant.ofEpochMilli(group.newest)));
        });
        out.sort(Comparator.comparingLong(Proposal::count).reversed()
                .thenComparing(Proposal::newest, Comparator.reverseOrder())
                .thenComparing(Proposal::slug).thenComparing(Proposal::text));
        return out;
    }

    /**
     * Adds the proposal to the article's questions as a new draft revision by {@code by}.
     *
     * @param text the wording as shown, or one that reads the same after analysis (a half-space put right)
     * @return the new revision's version
     * @throws EditorException NOT_FOUND for an article that is not published, NOT_PROPOSED for a wording that is
     *                         not (or no longer) proposed for it
     */
    public long accept(String text, String slug, Actor by) {
        Proposal p = proposed(text, slug);
        PhrasingDecisionRepository.Key key = new PhrasingDecisionRepository.Key(p.normal(), slug);
        if (!decisions.decide(key, ACCEPTED, by.name(), clock.millis())) throw decidedMeanwhile();
        String wording = text.strip().replaceAll("\\s+", " ");
        String question = QuestionText.hasPlaceholder(wording) ? p.text() : persianLetters(wording);
        try {
            return editor.addProposedQuestion(slug, question, by);
        } catch (RuntimeException e) {
            // nothing was added: the wording stays proposed
            decisions.forget(key);
            throw e;
        }
    }

    /** Remembers that editors do not want the wording among the article's questions; it is not proposed again. */
    public void dismiss(String text, String slug, Actor by) {
        Proposal p = proposed(text, slug);
        if (!decisions.decide(new PhrasingDecisionRepository.Key(p.normal(), slug), DISMISSED, by.name(),
                clock.millis())) {
            throw decidedMeanwhile();
        }
        audit.record(by, AuditAction.PHRASING_DISMISSED, slug, p.text());
    }

    private Proposal proposed(String text, String slug) {
        if (knowledge.current().articles().findPublished(slug).isEmpty()) {
            throw new EditorException(EditorException.Kind.NOT_FOUND, "مقالهٔ منتشرشده‌ای با نشانی «" + slug + "» نیست.");
        }
        String wording = persianLetters(text.strip().replaceAll("\\s+", " "));
        String normal = QuestionText.normalOf(knowledge.current().analysis(), wording);
        return list().stream().filter(p -> p.slug().equals(slug))
                .filter(p -> p.text().equals(wording) || p.normal().equals(normal)).findFirst()
                .orElseThrow(() -> new EditorException(EditorException.Kind.NOT_PROPOSED,
                        "این پرسش برای این مقاله پیشنهاد نشده است (یا پیش‌تر به آن رسیدگی شده است)."));
    }

    /** A Windows-1256 export writes Arabic ي and ك, which an article's text must not have. */
    private static String persianLetters(String text) {
        return text.replace('ي', 'ی').replace('ك', 'ک');
    }

    private static EditorException decidedMeanwhile() {
        return new EditorException(EditorException.Kind.NOT_PROPOSED, "هم‌زمان کس دیگری به این پیشنهاد رسیدگی کرد.");
    }
}
