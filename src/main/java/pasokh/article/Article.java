package pasokh.article;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.OptionalInt;

/**
 * One validated knowledge-base article. The slug is the file name; {@code source} is where it was read
 * from, kept so every later problem can still be reported as path:line.
 *
 * @param number     the article's short answer number («پاسخ شمارهٔ ۲۳۴»), which a caller can say on the phone:
 *                   given once and never given to another article, even after this one is archived
 * @param order      the editor's place for it within its category, lower first; see {@link ArticleSet#publishedIn}
 * @param historical about a measure that has ended (the COVID-era ones), kept for reference and listed last
 */
public record Article(
        String slug,
        String category,
        OptionalInt number,
        String title,
        List<Audience> audience,
        String summary,
        Optional<String> sms,
        List<String> questions,
        List<String> legal,
        List<String> sources,
        LocalDate updated,
        Optional<LocalDate> reviewBy,
        ArticleStatus status,
        List<String> keyPoints,
        List<String> tags,
        OptionalInt order,
        boolean historical,
        Optional<String> owner,
        String body,
        int bodyLine,
        Path source) {

    /** The highest answer number: six digits are still quick to say, and leave room for a million answers. */
    public static final int MAX_NUMBER = 999_999;

    public Article {
        audience = List.copyOf(audience);
        questions = List.copyOf(questions);
        legal = List.copyOf(legal);
        sources = List.copyOf(sources);
        keyPoints = List.copyOf(keyPoints);
        tags = List.copyOf(tags);
    }

    /** An article without an answer number: the shape callers built before that field. */
    public Article(String slug, String category, String title, List<Audience> audience, String summary,
                   Optional<String> sms, List<String> questions, List<String> legal, List<String> sources,
                   LocalDate updated, Optional<LocalDate> reviewBy, ArticleStatus status, List<String> keyPoints,
                   List<String> tags, OptionalInt order, boolean historical, Optional<String> owner, String body,
                   int bodyLine, Path source) {
        this(slug, category, OptionalInt.empty(), title, audience, summary, sms, questions, legal, sources, updated,
                reviewBy, status, keyPoints, tags, order, historical, owner, body, bodyLine, source);
    }

    /** An article nobody is named to re-check ({@code owner}). */
    public Article(String slug, String category, String title, List<Audience> audience, String summary,
                   Optional<String> sms, List<String> questions, List<String> legal, List<String> sources,
                   LocalDate updated, Optional<LocalDate> reviewBy, ArticleStatus status, List<String> keyPoints,
                   List<String> tags, OptionalInt order, boolean historical, String body, int bodyLine, Path source) {
        this(slug, category, title, audience, summary, sms, questions, legal, sources, updated, reviewBy, status,
                keyPoints, tags, order, historical, Optional.empty(), body, bodyLine, source);
    }

    /** An article with no editor-set order that is not historical: the shape callers built before those fields. */
    public Article(String slug, String category, String title, List<Audience> audience, String summary,
                   Optional<String> sms, List<String> questions, List<String> legal, List<String> sources,
                   LocalDate updated, Optional<LocalDate> reviewBy, ArticleStatus status, List<String> keyPoints,
                   List<String> tags, String body, int bodyLine, Path source) {
        this(slug, category, title, audience, summary, sms, questions, legal, sources, updated, reviewBy, status,
                keyPoints, tags, OptionalInt.empty(), false, Optional.empty(), body, bodyLine, source);
    }

    public boolean isPublished() { return status == ArticleStatus.PUBLISHED; }

    /** A Markdown link to another article: {@code [label](/articles/slug)}; group 1 is the slug. */
    public static final Pattern INTERNAL_LINK = Pattern.compile("\\]\\(\\s*/articles/([^)\\s#?]*)");

    /** The site address of an article, used by the site, the API and SMS links alike. */
    public static String urlOf(String slug) { return "/articles/" + slug; }

    public String url() { return urlOf(slug); }
}
