package pasokh.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pasokh.article.Article;
import pasokh.article.ArticleNumbers;
import pasokh.article.ArticleParser;
import pasokh.article.FrontMatter;
import pasokh.article.ParseResult;
import pasokh.article.PersianDigits;
import pasokh.article.Problem;
import pasokh.knowledge.Snapshot;

/**
 * Checks an article's source with the same parser the folder is read with, so that the editor, {@code check}
 * and {@code serve} say the same thing about the same text; each problem is tied to the field it is about.
 */
final class SourceChecker {

    private static final Pattern CATEGORY = Pattern.compile("(?m)^category:\\s*[\"']?([a-z0-9-]+)");
    private static final Pattern NUMBER = Pattern.compile("(?m)^number:\\s*[\"']?([0-9۰-۹٠-٩]+)");
    private static final List<String> FIELDS = List.of("title", "category", "number", "audience", "summary", "sms",
            "questions", "legal", "sources", "updated", "review_by", "status", "key_points", "tags", "order",
            "historical", "owner");

    record Checked(Optional<Article> article, List<SourceProblem> problems, Path file) {
        boolean valid() {
            return article.isPresent() && problems.stream().noneMatch(SourceProblem::error);
        }
    }

    static Checked check(Snapshot kb, Path articlesFolder, String slug, String source) {
        Path file = fileOf(articlesFolder, slug, source);
        ParseResult result = parse(kb, file, source);
        int bodyLine = FrontMatter.split(source).map(FrontMatter::bodyLine).orElse(Integer.MAX_VALUE);
        List<Problem> found = new ArrayList<>(result.problems());
        result.article().ifPresent(a -> kb.articles().questionClashes(a).forEach(p ->
                found.add(new Problem(p.path(), lineOf(source, p.message()), p.message(), p.severity()))));
        List<SourceProblem> problems = new ArrayList<>(found.stream()
                .map(p -> new SourceProblem(fieldOf(p, bodyLine), p.line(), p.message(), p.isError())).toList());
        result.article().ifPresent(a -> kb.articles().numberOwner(a).ifPresent(other ->
                problems.add(numberTaken(a.number().getAsInt(), other, source))));
        return new Checked(result.article(), List.copyOf(problems), file);
    }

    /**
     * An error, not an editorial note as {@code check} makes it of two files: a caller told «پاسخ شمارهٔ ۲۳۴» must
     * reach one answer, and the editor is where a second article would be given the number.
     */
    private static SourceProblem numberTaken(int number, Article other, String source) {
        return new SourceProblem("number", lineOfField(source, "number"), "شمارهٔ " + PersianDigits.of(number)
                + " را مقالهٔ «" + other.title() + "» (" + other.slug() + ") دارد؛ هر مقاله شمارهٔ خودش را دارد."
                + " شمارهٔ دیگری بگذارید.", true);
    }

    /** The answer number a source gives its article, read even when the rest of the text does not parse. */
    static OptionalInt numberOf(String source) {
        Optional<FrontMatter> fm = FrontMatter.split(source);
        if (fm.isEmpty()) return OptionalInt.empty();
        Matcher m = NUMBER.matcher(fm.get().yaml());
        return m.find() ? ArticleNumbers.parse(m.group(1)) : OptionalInt.empty();
    }

    /** The line {@code field:} is written on; 1 when it is not. */
    static int lineOfField(String source, String field) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(field + ":")) return i + 1;
        return 1;
    }

    /** The article a source reads as, without the rules that need the whole knowledge base: for listing. */
    static Optional<Article> read(Snapshot kb, Path articlesFolder, String slug, String source) {
        return parse(kb, fileOf(articlesFolder, slug, source), source).article();
    }

    /** Where the text would be published: the folder of the category it names. */
    private static Path fileOf(Path articlesFolder, String slug, String source) {
        return articlesFolder.resolve(categoryOf(source).orElse("uncategorised")).resolve(slug + ".md");
    }

    private static ParseResult parse(Snapshot kb, Path file, String source) {
        String category = file.getParent().getFileName().toString();
        return new ArticleParser(kb.categories(), kb.site().publicUrl()).parse(file, category, source);
    }

    static Optional<String> categoryOf(String source) {
        Optional<FrontMatter> fm = FrontMatter.split(source);
        if (fm.isEmpty()) return Optional.empty();
        Matcher m = CATEGORY.matcher(fm.get().yaml());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static final Pattern QUESTION = Pattern.compile("question «(.*)» is");

    /** The line the question a message quotes is on, so the form points at it; 1 when it cannot be told. */
    private static int lineOf(String source, String message) {
        Matcher m = QUESTION.matcher(message);
        if (!m.lookingAt()) return 1;
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(m.group(1))) return i + 1;
        return 1;
    }

    /** The field a message is about: messages name their field first or in quotes. */
    private static String fieldOf(Problem p, int bodyLine) {
        String m = p.message();
        if (m.startsWith("question «")) return "questions";
        for (String f : FIELDS) {
            if (m.startsWith(f + ":") || m.startsWith(f + " ") || m.contains("'" + f + "'") || m.contains("«" + f + "»")) {
                return f;
            }
        }
        return p.line() >= bodyLine ? "body" : "front matter";
    }
}
