package pasokh.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import pasokh.article.Article;
import pasokh.article.ArticleStatus;
import pasokh.article.Audience;

/** Article files as editors write them, for tests. */
public final class ArticleText {

    private ArticleText() {}

    public static String valid(String category, String title, String summary, List<String> questions, String body) {
        return "---\n"
                + "title: " + title + "\n"
                + "category: " + category + "\n"
                + "audience: [citizen]\n"
                + "summary: " + summary + "\n"
                + "sms: \"" + summary.substring(0, Math.min(40, summary.length())) + " {link}\"\n"
                + "questions:\n" + questions.stream().map(q -> "  - " + q + "\n").collect(Collectors.joining())
                + "legal:\n  - ماده ۷۶ قانون تأمین اجتماعی\n"
                + "sources:\n  - https://www.tamin.ir/\n"
                + "updated: 1403-05-12\n"
                + "review_by: 1420-05-12\n"
                + "status: published\n"
                + "---\n"
                + body + "\n";
    }

    /** A published article built in memory, for tests below the file format (index, search). */
    public static Article article(String category, String slug) {
        return new Article(slug, category, "عنوان " + slug, List.of(Audience.CITIZEN), "خلاصه " + slug,
                Optional.empty(), questions("پرسش " + slug), List.of(), List.of("https://www.tamin.ir/"),
                LocalDate.of(2024, 8, 2), Optional.empty(),
                ArticleStatus.PUBLISHED, List.of(), List.of(), "متن مقاله " + slug + " درباره مستمری", 10,
                Path.of("articles", category, slug + ".md"));
    }

    /** Six distinct questions derived from a stem, enough to satisfy the house rule. */
    public static List<String> questions(String stem) {
        return List.of(stem + " چیست؟", stem + " چطوری", stem + " چقدر", stem + " شرایط", stem + " مدارک",
                "من " + stem + " میخوام");
    }
}
